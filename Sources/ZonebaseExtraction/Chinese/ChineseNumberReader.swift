import ZonebaseModel

/// Reads a Chinese number at a token: Arabic digits (`46.34`, `1,002`) or Chinese numerals
/// (`一百二十`, `两`, `十余`), with the scale characters after them (`3.5万亿`, `600个亿`) and the
/// "more than" marks 余 / 多 (`十余家`, `2000余人`).
struct ChineseNumberReader {
    let text: ChineseText

    /// A number as read.
    struct Reading: Sendable {
        /// The value, scales applied (3.5万亿 → 3.5e12).
        var value: Double
        /// The token after the number and its scale.
        var end: Int
        /// Whether a scale character (万, 亿, …) multiplied the value.
        var hasScale: Bool
        /// Whether 余 or 多 follows ("more than").
        var isMoreThan: Bool
        /// Whether the number was written in Chinese numerals.
        var isNumeral: Bool
        /// Whether the number is the lower end of a range ("3-5个").
        var isRange: Bool
        /// Whether the digits alone look like a year (1990–2100, no decimals, no scale).
        var isYearLike: Bool
    }

    /// The number starting at `index`, if one does.
    func read(at index: Int, limit: Int) -> Reading? {
        guard index < limit else { return nil }
        var value: Double
        var position = index + 1
        var isNumeral = false
        var isRange = false
        var yearLike = false
        if text.codes[index] == ChineseText.number {
            let (digits, end) = text.digits(at: index, limit: limit)
            guard let number = Double(String(digits.filter { $0 != "," })) else { return nil }
            value = number
            position = end
            yearLike = digits.count == 4 && !digits.contains(".") && (1990...2100).contains(Int(number))
            // "3-5个", "3—5家", "3至5个": a range is read by its lower end.
            if position + 1 < limit, text.codes[position + 1] == ChineseText.number,
                Self.rangeMarks.contains(text.codes[position])
            {
                isRange = true
                position += 2
            }
        } else if let numeral = readNumeral(at: index, limit: limit) {
            value = numeral.value
            position = numeral.end
            isNumeral = true
        } else {
            return nil
        }
        var isMoreThan = false
        if position < limit, Self.moreThanMarks.contains(text.codes[position]) {
            isMoreThan = true
            position += 1
        }
        var hasScale = false
        // "600个亿": a measure word may stand between the number and 亿.
        if position + 1 < limit, text.codes[position] == Self.ge, text.codes[position + 1] == Self.yi { position += 1 }
        for (scale, factor) in Self.scales where text.matches(scale, at: position, limit: limit) {
            value *= factor
            position += scale.count
            hasScale = true
            break
        }
        if !isMoreThan, position < limit, Self.moreThanMarks.contains(text.codes[position]) {
            isMoreThan = true
            position += 1
        }
        return Reading(
            value: value, end: position, hasScale: hasScale, isMoreThan: isMoreThan, isNumeral: isNumeral,
            isRange: isRange, isYearLike: yearLike && !hasScale)
    }

    /// A run of Chinese numerals: 一百二十 → 120, 两 → 2, 十 → 10, 三千五百万 → 35,000,000. The
    /// large units 万 (10⁴) and 亿 (10⁸) close a section: everything read so far is multiplied.
    func readNumeral(at index: Int, limit: Int) -> (value: Double, end: Int)? {
        var total = 0.0
        var section = 0.0
        var digit: Double?
        var position = index
        while position < limit {
            let code = text.codes[position]
            if let value = Self.digits[code] {
                if digit != nil { break }  // 二〇二二, 十四五: digits in a row are no one number
                digit = value
            } else if let unit = Self.smallUnits[code] {
                section += (digit ?? 1) * unit
                digit = nil
            } else if let unit = Self.largeUnits[code], position > index {
                // 万 and 亿 after an Arabic number are scales, read by the caller; here only inside numerals.
                total = (total + section + (digit ?? 0)) * unit
                section = 0
                digit = nil
            } else {
                break
            }
            position += 1
        }
        guard position > index else { return nil }
        return (total + section + (digit ?? 0), position)
    }

    private static let ge = ChinesePhrase.codes("个")[0]
    private static let yi = ChinesePhrase.codes("亿")[0]
    private static let rangeMarks: CodeSet = CodeSet(ChinesePhrase.codes("-~至到"))
    private static let moreThanMarks: CodeSet = CodeSet(ChinesePhrase.codes("余多"))
    /// Scales after a number, longest first. 万 is 10⁴ and 亿 is 10⁸: Chinese groups digits by four.
    private static let scales: [([UInt32], Double)] = ([
        ("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("千", 1e3),
    ] as [(String, Double)]).map { (ChinesePhrase.codes($0.0), $0.1) }
    private static let digits: [UInt32: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ].reduce(into: [:]) { $0[ChinesePhrase.codes($1.key)[0]] = $1.value }
    private static let smallUnits: [UInt32: Double] = ["十": 10, "百": 100, "千": 1000]
        .reduce(into: [:]) { $0[ChinesePhrase.codes($1.key)[0]] = $1.value }
    private static let largeUnits: [UInt32: Double] = ["万": 1e4, "亿": 1e8]
        .reduce(into: [:]) { $0[ChinesePhrase.codes($1.key)[0]] = $1.value }
}
