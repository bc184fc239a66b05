import ZonebaseModel

/// Finds the quantities of a Chinese sentence: money (元, 美元, a bare 亿), areas (平方公里, 公顷,
/// 亩), percentages (%, 成) and counts (个, 家, 项, 人) whose counted noun is a figure's. Years,
/// ranks (第22位), multiples (1.4倍), percentage points (个百分点) and units outside the schema
/// (吨, 台, 公里) are not quantities.
struct ChineseQuantityReader {
    let text: ChineseText

    /// A quantity with what its own characters say of its bound.
    struct Found: Sendable {
        var quantity: Quantity
        /// The bound the number's own marks give (十余家, 3-5个): at least.
        var isMoreThan: Bool
        /// The token after the quantity's unit.
        var end: Int { quantity.tokens.upperBound }
    }

    /// The quantities in `range`, in text order.
    func quantities(in range: Range<Int>) -> [Found] {
        let reader = ChineseNumberReader(text: text)
        var found: [Found] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let code = text.codes[index]
            guard code == ChineseText.number || Self.numeralStarts.contains(code),
                let reading = reader.read(at: index, limit: range.upperBound)
            else {
                index += 1
                continue
            }
            if let quantity = quantity(reading, at: index, range: range) {
                found.append(Found(quantity: quantity, isMoreThan: reading.isMoreThan || reading.isRange))
                index = quantity.tokens.upperBound
            } else {
                index = max(index + 1, reading.end)
            }
        }
        return found
    }

    private func quantity(_ reading: ChineseNumberReader.Reading, at index: Int, range: Range<Int>) -> Quantity? {
        let limit = range.upperBound
        // Ordinals and ranks: 第22位, 第一.
        if index > range.lowerBound, text.codes[index - 1] == Self.di { return nil }
        var end = reading.end
        func make(_ value: Double, _ unit: FigureUnit, metric: Metric? = nil, zones: Bool = false) -> Quantity? {
            guard value.isFinite else { return nil }
            return Quantity(
                value: value, unit: unit, tokens: index..<end, numberToken: index, countMetric: metric, countsZones: zones)
        }
        if end < limit, text.isMark(end, "%") {
            end += 1
            return make(reading.value, .percent)
        }
        if text.matches(Self.points, at: end, limit: limit) || text.matches(Self.bareLPoints, at: end, limit: limit) {
            return nil  // 个百分点: a difference of rates, not a figure
        }
        if reading.isNumeral, end < limit, text.codes[end] == Self.cheng {
            end += 1
            return make(reading.value * 10, .percent)  // 三成 = 30 %
        }
        if text.matches(Self.squareMetres, at: end, limit: limit) { return nil }
        // 千亿元, 百亿元: a round amount named in numerals is a class or a milestone (迈上千亿元台阶),
        // not a figure.
        let isRoundNumeral = reading.isNumeral && Self.roundNumerals.contains(text.codes[index])
            && !(index + 1 < reading.end && Self.numeralDigits.contains(text.codes[index + 1]))
        for (unit, figureUnit, factor) in Self.units where text.matches(unit, at: end, limit: limit) {
            if isRoundNumeral, figureUnit != .squareKilometres { return nil }
            end += unit.count
            return make(reading.value * factor, figureUnit)
        }
        if end < limit, Self.notFigureUnits.contains(text.codes[end]) { return nil }
        if let counter = Self.counters.first(where: { text.matches($0, at: end, limit: limit) }) {
            end += counter.count
            guard reading.value == reading.value.rounded(), let noun = countedNoun(before: index, after: end, range: range)
            else { return nil }
            guard let metric = noun.metric else { return nil }
            // People are counted by 人 and 名: jobs or population, as the noun says.
            if Self.people.contains(counter), metric != .jobs, metric != .population { return nil }
            if noun.after > end { end = noun.after }
            return make(reading.value, .count, metric: metric, zones: noun.isZone)
        }
        if reading.isYearLike { return nil }
        // A bare 亿 is money ("600亿", "5万亿"): no other unit is counted in hundreds of millions.
        if reading.hasScale, !reading.isNumeral, text.codes[end - 1] == Self.yi || reading.value >= 1e8, !isRoundNumeral {
            return make(reading.value, .cny)
        }
        return nil
    }

    /// The noun a count counts: right after its counter (4000家科技型中小企业, up to the clause's
    /// end) or before the number in its clause (高新技术企业2959家, 项目107个), the nearest first.
    private func countedNoun(before start: Int, after end: Int, range: Range<Int>) -> (metric: Metric?, isZone: Bool, after: Int)? {
        var position = end
        while position < range.upperBound, position - end < 12, !Self.isClauseBreak(text, position) {
            if text.codes[position] == ChineseText.number { break }
            if let modifier = ChineseLexicon.countModifiers.first(where: { text.matches($0, at: position, limit: range.upperBound) }) {
                position += modifier.count
                continue
            }
            for noun in ChineseLexicon.countNouns where text.matches(noun.phrase, at: position, limit: range.upperBound) {
                return (noun.metric, noun.isZone, position + noun.phrase.count)
            }
            position += 1
        }
        position = start
        while position > range.lowerBound, start - position < 14, !Self.isClauseBreak(text, position - 1) {
            for noun in ChineseLexicon.countNouns where text.matches(noun.phrase, endingAt: position, lowerLimit: range.lowerBound) {
                return (noun.metric, noun.isZone, end)
            }
            position -= 1
        }
        return nil
    }

    /// Whether the token at `index` ends a clause: ，；。：! ? and a line break before it.
    static func isClauseBreak(_ text: ChineseText, _ index: Int) -> Bool {
        clauseMarks.contains(text.codes[index])
    }

    private static let clauseMarks: CodeSet = CodeSet(",;.:!?".unicodeScalars.map(\.value))
    private static let numeralStarts: CodeSet = CodeSet(ChinesePhrase.codes("一二两三四五六七八九十百千"))
    private static let di = ChinesePhrase.codes("第")[0]
    private static let roundNumerals = CodeSet(ChinesePhrase.codes("十百千万"))
    private static let numeralDigits = CodeSet(ChinesePhrase.codes("一二两三四五六七八九"))
    private static let cheng = ChinesePhrase.codes("成")[0]
    private static let yi = ChinesePhrase.codes("亿")[0]
    private static let people: [[UInt32]] = [ChinesePhrase.codes("人"), ChinesePhrase.codes("名")]
    private static let squareMetres = ChinesePhrase.codes("平方米")
    private static let points = ChinesePhrase.codes("个百分点")
    private static let bareLPoints = ChinesePhrase.codes("百分点")
    /// Units of money and area with their factors to yuan, dollars and km². A 亩 is 666.67 m².
    private static let units: [([UInt32], FigureUnit, Double)] = ([
        ("美元", .usd, 1), ("元人民币", .cny, 1), ("元", .cny, 1), ("平方公里", .squareKilometres, 1),
        ("平方千米", .squareKilometres, 1), ("平方", .squareKilometres, 1), ("公顷", .squareKilometres, 0.01),
        ("亩", .squareKilometres, 666.6667 / 1e6),
    ] as [(String, FigureUnit, Double)]).map { (ChinesePhrase.codes($0.0), $0.1, $0.2) }.sorted { $0.0.count > $1.0.count }
    /// Counters of things a figure counts (people by 人 / 名 / 人次 only when the noun says jobs or population).
    private static let counters: [[UInt32]] = ChinesePhrase.list(["个", "家", "项", "户", "人", "名", "余家", "多家"])
    /// Units outside the schema and words that make a number no quantity: 年 (a year), 月, 日, 倍 (a
    /// multiple), 吨, 台, 公里, 米, 位 (a rank), 次, 届, 期, 号, 条, 所, 座, 批, 周年, 季度.
    private static let notFigureUnits: CodeSet = CodeSet(ChinesePhrase.codes("年月日倍吨台公米位次届期号条所座批周季天小栋套辆件款只"))
}
