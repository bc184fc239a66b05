import ZonebaseModel

/// Times that parallel clauses share: "从2000年的3.02亿元增加到2012年的120.9亿元,年均递增36%;固定资产投资
/// 从6.27亿元增加到137亿元" (every 从 takes the first year, every 到 the second, and the average
/// rates the span), and "2016年至2018年,分别完成…236.3亿元、314.5亿元、365亿元" (分别 hands one year of
/// the span to each amount of the list, in order).
extension ChineseFigureReader {
    /// The periods parallel clauses give the quantities of `analyzed`, by quantity index.
    func parallelPeriods(_ analyzed: ChineseSentence) -> [Int: Period] {
        var periods: [Int: Period] = [:]
        let quantities = analyzed.quantities
        // 从 Y1 … 到 Y2.
        if let (first, second) = fromToYears(analyzed) {
            for (position, found) in quantities.enumerated() {
                let start = found.quantity.tokens.lowerBound
                var clause = start
                while clause > analyzed.range.lowerBound, !text.isMark(clause - 1, ";"), !text.isMark(clause - 1, ",") { clause -= 1 }
                let before = clause..<start
                if let from = text.lastIndex(of: Self.from, in: before) {
                    let to = Self.toWords.compactMap { text.lastIndex(of: $0, in: from..<start) }.max()
                    periods[position] = Period(start: PartialDate(year: to == nil ? first : second))
                } else if found.quantity.unit == .percent, text.contains(Self.average, in: before) {
                    periods[position] = Period(start: PartialDate(year: first), end: PartialDate(year: second))
                }
            }
        }
        // Y1年至Y2年, 分别 A、B、C: one year each.
        for time in analyzed.times {
            let period = time.expression.period
            guard let end = period.end, end.month == nil, period.start.month == nil, end.year > period.start.year,
                let respectively = text.firstIndex(of: Self.respectively, in: time.expression.tokens.upperBound..<analyzed.range.upperBound)
            else { continue }
            let years = end.year - period.start.year + 1
            var run: [Int] = []
            for (position, found) in quantities.enumerated() where found.quantity.tokens.lowerBound > respectively {
                if let last = run.last, !joinsList(quantities[last].quantity.tokens.upperBound, found.quantity.tokens.lowerBound) {
                    if run.count == years { break }
                    run = []
                }
                run.append(position)
                if run.count == years {
                    for (offset, index) in run.enumerated() { periods[index] = Period(start: PartialDate(year: period.start.year + offset)) }
                    run = []
                }
            }
        }
        return periods
    }

    /// 从2000年 … 到2012年 in one sentence: the two years.
    private func fromToYears(_ analyzed: ChineseSentence) -> (Int, Int)? {
        for (index, time) in analyzed.times.enumerated() where time.expression.period.end == nil {
            let start = time.expression.tokens.lowerBound
            guard start > analyzed.range.lowerBound, text.codes[start - 1] == Self.from[0] else { continue }
            for later in analyzed.times[(index + 1)...] where later.expression.period.end == nil {
                let laterStart = later.expression.tokens.lowerBound
                if later.expression.isDeadline || Self.toWords.contains(where: { text.matches($0, endingAt: laterStart, lowerLimit: start) }) {
                    return (time.expression.period.start.year, later.expression.period.start.year)
                }
            }
        }
        return nil
    }

    /// Whether only a list mark (、) stands between two quantities.
    private func joinsList(_ end: Int, _ start: Int) -> Bool {
        (end..<start).allSatisfy { text.codes[$0] == ChineseText.enumerationComma || text.isMark($0, ",") } && start - end <= 1
    }

    private static let from = ChinesePhrase.codes("从")
    private static let toWords = ChinesePhrase.list(["增加到", "增长到", "提高到", "扩大到", "发展到", "上升到", "到"])
    private static let average = ChinesePhrase.codes("年均")
    private static let respectively = ChinesePhrase.codes("分别")
}

extension ChineseFigureReader {
    /// "地区生产总值、第二产业增加值、第三产业增加值增速,分别达到16.8%、17.4%和14.1%": 分别 ("respectively")
    /// hands the measures listed before it to the numbers listed after it, in order. The measures,
    /// by quantity index.
    func respectiveMeasures(_ analyzed: ChineseSentence) -> [Int: (tokens: Range<Int>, metric: Metric, isGrowth: Bool)] {
        var result: [Int: (tokens: Range<Int>, metric: Metric, isGrowth: Bool)] = [:]
        var from = analyzed.range.lowerBound
        while let at = text.firstIndex(of: Self.respectivelyWord, in: from..<analyzed.range.upperBound) {
            from = at + Self.respectivelyWord.count
            let numbers = analyzed.quantities.indices.filter { analyzed.quantities[$0].quantity.tokens.lowerBound > at }
            var run: [Int] = []
            for index in numbers {
                if let last = run.last {
                    let gap = analyzed.quantities[last].quantity.tokens.upperBound..<analyzed.quantities[index].quantity.tokens.lowerBound
                    guard gap.count <= 1 || text.matches(Self.and, at: gap.lowerBound, limit: gap.upperBound) && gap.count == 1 else { break }
                }
                run.append(index)
            }
            // The measures: back from 分别 clause by clause (to a semicolon at most) until as many are
            // named as numbers follow ("工业总产值、高新技术产业产值、税收总额分别占…32.03%、51.09%、42.88%").
            var start = at
            var measures: [(tokens: Range<Int>, metric: Metric)] = []
            while start > analyzed.range.lowerBound, !text.isMark(start - 1, ";"), !text.isMark(start - 1, ".") {
                start -= 1
                guard start == analyzed.range.lowerBound || ChineseQuantityReader.isClauseBreak(text, start - 1) else { continue }
                measures = analyzed.metrics.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= at }
                if measures.count >= run.count { break }
            }
            guard run.count >= 2, run.count == measures.count, let lastMeasure = measures.last else { continue }
            // "…增加值增速,分别达到…": the rates of the listed measures.
            let tail = lastMeasure.tokens.upperBound..<at
            let isGrowth = ChineseLexicon.growthWords.contains { text.contains($0, in: tail) }
            for (index, measure) in zip(run, measures) { result[index] = (measure.tokens, measure.metric, isGrowth) }
        }
        return result
    }

    private static let respectivelyWord = ChinesePhrase.codes("分别")
    private static let and = ChinesePhrase.codes("和")
}
