import ZonebaseModel

/// Finds the times of a Chinese sentence: 2022年, 2022年上半年, 1-9月, 前三季度, 一季度, 年底 / 年末,
/// 截至…, 十二五 / 十三五 / 十四五, 到2025年, 五年来, and 今年 / 去年 / 上年 against the page's year.
/// Comparison bases (比上年, 同比, 较2019年同期) are marked, not taken as the figure's time.
struct ChineseTimeReader {
    let text: ChineseText
    /// The year of the page's own date, for 今年 / 去年.
    let documentYear: Int?

    /// A time as read, with what kind of time it is.
    struct Found: Sendable {
        var expression: TimeExpression
        /// A day or month of an event ("1992年11月", "6月28日"), as a date.
        var date: PartialDate?
        /// Whether it is "so far" (截至目前) or a vague span (近年来, 多年来): no period.
        var isVague: Bool = false
    }

    /// The times in `range`, in text order. `contextYear` is the last year stated before (for
    /// 上半年 or 1-9月 without a year) and is updated.
    func times(in range: Range<Int>, contextYear: inout Int?) -> [Found] {
        var found: [Found] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if Self.starts.contains(text.codes[index]), let time = time(at: index, range: range, contextYear: &contextYear) {
                found.append(time)
                index = time.expression.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func year(_ value: Int) -> PartialDate { PartialDate(year: value) }

    private func time(at index: Int, range: Range<Int>, contextYear: inout Int?) -> Found? {
        let limit = range.upperBound
        let codes = text.codes
        let start = index
        var isDeadline = false
        var position = index
        // 到2025年, 至2025年, 力争到, 截至2002年底: a deadline or a point in time.
        var isAsOf = false
        if let word = Self.deadlineWords.first(where: { text.matches($0, at: position, limit: limit) }) {
            position += word.count
            isDeadline = true
        } else if let word = Self.asOfWords.first(where: { text.matches($0, at: position, limit: limit) }) {
            position += word.count
            isAsOf = true
            if let vague = Self.nowWords.first(where: { text.matches($0, at: position, limit: limit) }) {
                return vagueTime(start..<(position + vague.count))
            }
        }
        guard position < limit else { return nil }
        let isComparison = isComparisonBase(before: start, range: range)
        func expression(_ end: Int, _ period: Period, statedYear: Bool = true) -> TimeExpression {
            TimeExpression(
                tokens: start..<end, period: period, hasStatedYear: statedYear, isComparisonBase: isComparison,
                isDeadline: isDeadline)
        }
        // A year: 2022年, then what part of it.
        if codes[position] == ChineseText.number, let (value, afterYear) = yearValue(position), afterYear < limit,
            codes[afterYear] == Self.nian
        {
            let end = afterYear + 1
            // 2000年至2012年, 2016-2020年: a span of years.
            if end + 2 < limit, Self.spanMarks.contains(codes[end]), codes[end + 1] == ChineseText.number,
                let (last, afterLast) = yearValue(end + 1), afterLast < limit, codes[afterLast] == Self.nian
            {
                return Found(expression: expression(afterLast + 1, Period(start: year(value), end: year(last))))
            }
            if !isComparison { contextYear = value }
            if let (part, partEnd) = partOfYear(value, at: end, limit: limit) {
                var found = Found(expression: expression(partEnd, part))
                // 截至2010年11月: the year up to that month (flows are counted from January).
                if isAsOf, part.end == nil, let month = part.start.month, part.start.day == nil, month < 12 {
                    found.expression.period = Period(start: PartialDate(year: value, month: 1), end: PartialDate(year: value, month: month))
                } else if isAsOf, let month = part.end?.month {
                    found.expression.period = Period(start: PartialDate(year: value, month: month))
                }
                if part.end == nil, part.start.month != nil { found.date = part.start }
                return found
            }
            if end < limit, text.matches(Self.since, at: end, limit: limit) { return vagueTime(start..<(end + 2)) }
            return Found(expression: expression(end, Period(start: year(value))), date: year(value))
        }
        // 2018上半年, 2021年 without its 年: a year followed by a part of it.
        if codes[position] == ChineseText.number, let (value, afterYear) = yearValue(position), afterYear < limit,
            codes[afterYear] != Self.nian, let (part, partEnd) = partOfYear(value, at: afterYear, limit: limit),
            part.start.month != nil, codes[afterYear] != ChineseText.number
        {
            if !isComparison { contextYear = value }
            return Found(expression: expression(partEnd, part))
        }
        // 十四五, “十三五”: a five-year plan.
        if let (ordinal, end) = planOrdinal(at: position, limit: limit) {
            return Found(expression: expression(end, FiveYearPlans.period(ordinal: ordinal)))
        }
        // 五年来, 19年来, 近五年: the years up to the page's year.
        if let (count, end) = yearsSince(at: position, limit: limit), let current = documentYear {
            return Found(expression: expression(end, Period(start: year(current - count), end: year(current))))
        }
        if let word = Self.vagueWords.first(where: { text.matches($0, at: position, limit: limit) }) {
            return vagueTime(start..<(position + word.count))
        }
        // 今年, 去年, 上年, 明年 against the page's year.
        for (word, offset, inContext) in Self.relativeYears where text.matches(word, at: position, limit: limit) {
            guard let current = inContext ? contextYear ?? documentYear : documentYear else { return nil }
            let value = current + offset
            if !isComparison { contextYear = value }
            let end = position + word.count
            if let (part, partEnd) = partOfYear(value, at: end, limit: limit) {
                return Found(expression: expression(partEnd, part))
            }
            return Found(expression: expression(end, Period(start: year(value))))
        }
        // 上半年, 1-9月, 前三季度 without a year: the year stated before, else the page's.
        if let current = contextYear ?? documentYear, let (part, end) = partOfYear(current, at: position, limit: limit) {
            var found = Found(expression: expression(end, part, statedYear: contextYear != nil))
            if part.end == nil, part.start.month != nil { found.date = part.start }
            if isAsOf, let month = part.end?.month { found.expression.period = Period(start: PartialDate(year: current, month: month)) }
            return found
        }
        return nil
    }

    private func vagueTime(_ tokens: Range<Int>) -> Found {
        Found(
            expression: TimeExpression(
                tokens: tokens, period: Period(start: PartialDate(year: 0)), hasStatedYear: false, isComparisonBase: false,
                isDeadline: false),
            isVague: true)
    }

    /// A four-digit year at a number token, and the token after it.
    private func yearValue(_ index: Int) -> (Int, Int)? {
        let (digits, end) = text.digits(at: index, limit: text.codes.count)
        guard digits.count == 4, let value = Int(digits), (1949...2100).contains(value) else { return nil }
        return (value, end)
    }

    /// What part of the year `value` the words at `index` name: 上半年, 前三季度, 一季度, 1-9月, 6月,
    /// 6月28日, 年底 / 年末.
    private func partOfYear(_ value: Int, at index: Int, limit: Int) -> (Period, Int)? {
        guard index < limit else { return nil }
        let codes = text.codes
        if text.matches(Self.firstHalf, at: index, limit: limit) {
            return (Period(start: PartialDate(year: value, month: 1), end: PartialDate(year: value, month: 6)), index + 3)
        }
        if text.matches(Self.secondHalf, at: index, limit: limit) {
            return (Period(start: PartialDate(year: value, month: 7), end: PartialDate(year: value, month: 12)), index + 3)
        }
        if let word = Self.yearEnd.first(where: { text.matches($0, at: index, limit: limit) }) {
            return (Period(start: PartialDate(year: value, month: 12)), index + word.count)
        }
        if let word = Self.wholeYear.first(where: { text.matches($0, at: index, limit: limit) }) {
            return (Period(start: PartialDate(year: value)), index + word.count)
        }
        // 前三季度 (the first three quarters), 一季度 / 第一季度, 二季度.
        var position = index
        let cumulative = codes[position] == Self.qian
        if cumulative || codes[position] == Self.di { position += 1 }
        if position + 1 < limit, let quarter = Self.quarterNumbers[codes[position]], text.matches(Self.quarter, at: position + 1, limit: limit) {
            let end = position + 1 + Self.quarter.count
            let first = cumulative ? 1 : quarter * 3 - 2
            return (Period(start: PartialDate(year: value, month: first), end: PartialDate(year: value, month: quarter * 3)), end)
        }
        // 1-9月, 1至9月, 6月, 6月28日.
        guard codes[index] == ChineseText.number, let first = Int(text.tokens[index].text), (1...12).contains(first) else {
            return nil
        }
        position = index + 1
        if position + 2 < limit, Self.spanMarks.contains(codes[position]), codes[position + 1] == ChineseText.number,
            let last = Int(text.tokens[position + 1].text), (first...12).contains(last), codes[position + 2] == Self.yue
        {
            return (Period(start: PartialDate(year: value, month: first), end: PartialDate(year: value, month: last)), position + 3)
        }
        guard position < limit, codes[position] == Self.yue else { return nil }
        position += 1
        if position + 1 < limit, codes[position] == ChineseText.number, let day = Int(text.tokens[position].text),
            (1...31).contains(day), codes[position + 1] == Self.ri || codes[position + 1] == Self.hao
        {
            return (Period(start: PartialDate(year: value, month: first, day: day)), position + 2)
        }
        // "1月份", "6月底".
        if position < limit, codes[position] == Self.fen { position += 1 }
        if let word = Self.monthEnd.first(where: { text.matches($0, at: position, limit: limit) }) { position += word.count }
        return (Period(start: PartialDate(year: value, month: first)), position)
    }

    /// 十二五 → 12 (the twelfth five-year plan), with its closing quote and 期间 / 时期.
    private func planOrdinal(at index: Int, limit: Int) -> (Int, Int)? {
        var position = index
        if position < limit, text.isMark(position, "\"") { position += 1 }
        guard position + 2 < limit, text.codes[position] == Self.shi, let unit = Self.quarterNumbers[text.codes[position + 1]],
            text.codes[position + 2] == Self.wu
        else { return nil }
        position += 3
        if position < limit, text.isMark(position, "\"") { position += 1 }
        if let word = Self.planTails.first(where: { text.matches($0, at: position, limit: limit) }) { position += word.count }
        return (10 + unit, position)
    }

    /// 五年来, 19年来, 近五年, 五年累计: how many years back from now.
    private func yearsSince(at index: Int, limit: Int) -> (Int, Int)? {
        var position = index
        if text.codes[position] == Self.jin { position += 1 }
        guard position < limit else { return nil }
        let count: Int
        if text.codes[position] == ChineseText.number, let value = Int(text.tokens[position].text), (1...60).contains(value) {
            count = value
            position += 1
        } else if let numeral = ChineseNumberReader(text: text).readNumeral(at: position, limit: limit), numeral.value >= 1,
            numeral.value <= 60
        {
            count = Int(numeral.value)
            position = numeral.end
        } else {
            return nil
        }
        guard position < limit, text.codes[position] == Self.nian else { return nil }
        position += 1
        if position < limit, text.codes[position] == Self.lai { return (count, position + 1) }
        if text.matches(Self.cumulative, at: position, limit: limit) { return (count, position) }
        if index < position - 2, text.codes[index] == Self.jin { return (count, position) }
        return nil
    }

    /// Whether the time at `index` only names a comparison base: 比上年, 较2019年同期, 同比, 与…相比.
    private func isComparisonBase(before index: Int, range: Range<Int>) -> Bool {
        guard index > range.lowerBound else { return false }
        return Self.comparisonMarks.contains(text.codes[index - 1])
    }

    private static func code(_ text: String) -> UInt32 { ChinesePhrase.codes(text)[0] }
    /// The characters a time can start with: a number, a numeral, and the first character of each word.
    private static let starts: CodeSet = {
        var codes: [UInt32] = [ChineseText.number, UInt32(UInt8(ascii: "\""))]
        codes += ChinesePhrase.codes("一二两三四五六七八九十前第上下近年全")
        for list in [deadlineWords, asOfWords, vagueWords, relativeYears.map(\.0)] { codes += list.map { $0[0] } }
        return CodeSet(codes)
    }()
    private static let nian = code("年"), yue = code("月"), ri = code("日"), hao = code("号"), fen = code("份")
    private static let qian = code("前"), di = code("第"), shi = code("十"), wu = code("五"), jin = code("近"), lai = code("来")
    private static let spanMarks: CodeSet = CodeSet(ChinesePhrase.codes("-~至到"))
    /// 比上年, 较2019年同期, 同比: a comparison base. (于 is not one: 于1992年 is "in 1992".)
    private static let comparisonMarks: CodeSet = CodeSet(ChinesePhrase.codes("比较同"))
    private static let quarterNumbers: [UInt32: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5]
        .reduce(into: [:]) { $0[code($1.key)] = $1.value }
    private static let quarter = ChinesePhrase.codes("季度")
    private static let firstHalf = ChinesePhrase.codes("上半年")
    private static let secondHalf = ChinesePhrase.codes("下半年")
    private static let since = ChinesePhrase.codes("以来")
    private static let cumulative = ChinesePhrase.codes("累计")
    private static let yearEnd = ChinesePhrase.list(["年底", "年末", "底", "末"])
    private static let wholeYear = ChinesePhrase.list(["全年", "度"])
    private static let monthEnd = ChinesePhrase.list(["底", "末"])
    private static let planTails = ChinesePhrase.list(["期间", "时期", "末", "规划"])
    private static let deadlineWords = ChinesePhrase.list(["力争到", "到", "至"])
    private static let asOfWords = ChinesePhrase.list(["截至", "截止", "截止到", "截至到"])
    private static let nowWords = ChinesePhrase.list(["目前", "现在", "今日", "当前"])
    private static let vagueWords = ChinesePhrase.list(["近年来", "多年来", "近些年", "这些年", "历年", "建区以来", "成立以来", "设立以来"])
    /// Years relative to the page's own: 今年 this year, 去年 / 上年 last year, 明年 next year.
    /// 当年 ("that year") and 全年 ("the whole year") are the year the text is speaking of.
    private static let relativeYears: [([UInt32], Int, Bool)] = ([
        ("今年", 0, false), ("本年", 0, false), ("当年", 0, true), ("全年", 0, true), ("去年", -1, false),
        ("上年", -1, false), ("上一年", -1, false), ("明年", 1, false),
    ] as [(String, Int, Bool)]).map { (ChinesePhrase.codes($0.0), $0.1, $0.2) }
}
