import ZonebaseModel

/// Finds the time expressions of a sentence and resolves them to periods. Relative words ("last
/// year", "this year", "over the next decade") are resolved against the document's own date; a
/// month without a year takes the latest year the text stated before it.
struct TimeRecognizer {
    let tokens: [Token]
    /// The year of the document's own date, when it states one.
    let documentYear: Int?

    /// The time expressions in `range`, in text order. `contextYear` is the latest year stated so
    /// far in the document; it is updated as years are read.
    func expressions(in range: Range<Int>, contextYear: inout Int?) -> [TimeExpression] {
        var found: [TimeExpression] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            let mayStart = token.kind == .number || token.kind == .word && Self.startWords.contains(token)
            if mayStart, let expression = expression(at: index, limit: range.upperBound, contextYear: contextYear) {
                found.append(expression)
                if expression.hasStatedYear, !expression.isComparisonBase {
                    contextYear = expression.period.end?.year ?? expression.period.start.year
                }
                index = expression.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func expression(at start: Int, limit: Int, contextYear: Int?) -> TimeExpression? {
        var index = start
        var isDeadline = false
        var isComparison = false
        // Leading prepositions belong to the expression's quote and tell what kind it is.
        while index < limit, tokens[index].kind == .word {
            let word = tokens[index]
            if word.hasText("by") || word.hasText("until") || word.hasText("till") { isDeadline = true }
            // "as of August 31"
            if word.hasText("as"), index + 1 < limit, tokens[index + 1].isWord("of") { isDeadline = true }
            if word.hasText("than") || word.hasText("over") && isPreviousPeriod(index + 1, limit) { isComparison = true }
            if Self.prepositions.contains(word) {
                index += 1
            } else {
                break
            }
        }
        guard index < limit else { return nil }
        guard var result = core(at: index, limit: limit, contextYear: contextYear) else { return nil }
        // "159 times the 1999 amount", "the 2012 level": a year naming the base of a comparison.
        let after = result.tokens.upperBound
        if after < limit, ["amount", "level", "levels", "figure", "figures"].contains(tokens[after]) { isComparison = true }
        result.tokens = start..<result.tokens.upperBound
        result.isDeadline = result.isDeadline || isDeadline
        result.isComparisonBase = result.isComparisonBase || isComparison
        return result
    }

    private func isPreviousPeriod(_ index: Int, _ limit: Int) -> Bool {
        index + 2 < limit && tokens[index].isWord("the")
            && (tokens[index + 1].isWord("previous") || tokens[index + 1].isWord("same"))
    }

    /// The expression proper, after any prepositions.
    private func core(at index: Int, limit: Int, contextYear: Int?) -> TimeExpression? {
        var position = index
        if tokens[position].isWord("the") { position += 1 }
        // "the “twelfth five-year” period": quotes around the plan's name.
        if position + 1 < limit, tokens[position].isPunctuation("\""), FiveYearPlans.ordinals[tokens[position + 1]] != nil {
            position += 1
        }
        guard position < limit else { return nil }
        let word = tokens[position]
        let isWord = word.kind == .word

        if isWord && (word.hasText("end") || word.hasText("beginning") || word.hasText("start") || word.hasText("middle")) {
            return endOf(at: position, limit: limit, contextYear: contextYear, from: index)
        }
        if isWord, Self.partOrdinals.contains(word), position + 1 < limit,
            let span = partOfYear(at: position, limit: limit, contextYear: contextYear, from: index)
        {
            return span
        }
        if isWord, let ordinal = FiveYearPlans.ordinals[word], isFiveYear(position + 1, limit) {
            return make(index, afterFiveYear(position + 1, limit), FiveYearPlans.period(ordinal: ordinal), stated: true)
        }
        if tokens[position].kind == .number, let ordinal = Int(tokens[position].text), position + 1 < limit,
            tokens[position + 1].isWord("th"), isFiveYear(position + 2, limit)
        {
            return make(index, afterFiveYear(position + 2, limit), FiveYearPlans.period(ordinal: ordinal), stated: true)
        }
        if isWord && (word.hasText("next") || word.hasText("past") || word.hasText("last")) && position + 1 < limit {
            return relativeSpan(at: position, limit: limit, from: index)
        }
        if isWord && (word.hasText("previous") || word.hasText("same") && position + 1 < limit && tokens[position + 1].isWord("period")) {
            guard position + 1 < limit, tokens[position + 1].isWord("year") || tokens[position + 1].isWord("period")
            else { return nil }
            let year = (documentYear ?? contextYear ?? 2000) - 1
            // "the same period last year", "the same period of the previous year": all one comparison.
            var end = position + 2
            // "the same period of 2021", "compared to the same period in 2021"
            if end < limit, tokens[end].isWord("of") || tokens[end].isWord("in") { end += 1 }
            if end < limit, tokens[end].isWord("the") { end += 1 }
            if end + 1 < limit, tokens[end].isWord("last") || tokens[end].isWord("previous"), tokens[end + 1].isWord("year") {
                end += 2
            } else if end < limit, let (_, after, _) = yearPhrase(at: end, limit: limit, contextYear: contextYear) {
                end = after
            }
            var expression = make(index, end, .year(year), stated: false)
            expression.isComparisonBase = true
            return expression
        }
        if isWord && word.hasText("from"), let span = fromTo(at: position + 1, limit: limit, contextYear: contextYear, from: index) {
            return span
        }
        if let month = MonthNames.month(tokens, at: position) {
            return monthExpression(month, at: position, limit: limit, contextYear: contextYear, from: index)
        }
        if let (year, end, stated) = yearPhrase(at: position, limit: limit, contextYear: contextYear) {
            // "2011-2015" or "2011 to 2015"
            if end + 1 < limit, tokens[end].isPunctuation("-") || tokens[end].isWord("to"),
                let (last, afterLast, _) = yearPhrase(at: end + 1, limit: limit, contextYear: year), last > year
            {
                return make(index, afterLast, Period(start: PartialDate(year: year), end: PartialDate(year: last)), stated: true)
            }
            // "2018-05-25"
            if end + 3 < limit, tokens[end].isPunctuation("-"), tokens[end + 1].kind == .number,
                tokens[end + 2].isPunctuation("-"), tokens[end + 3].kind == .number,
                let month = Int(tokens[end + 1].text), let day = Int(tokens[end + 3].text), !tokens[end].hasSpaceBefore
            {
                return make(index, end + 4, Period(start: PartialDate(year: year, month: month, day: day)), stated: true)
            }
            return make(index, end, .year(year), stated: stated)
        }
        return nil
    }

    /// Prepositions that may open a time expression ("in 2011", "by the end of 2018", "as of …").
    static let prepositions: WordSet = [
        "in", "during", "for", "by", "since", "until", "till", "at", "on", "of", "as", "than", "over", "within",
    ]

    /// Ordinals that open a part of a year ("the first three quarters").
    static let partOrdinals: WordSet = ["first", "second", "third", "fourth", "last"]

    /// Every word a time expression may start with; other words are skipped without parsing.
    static let startWords = WordSet(
        ["in", "during", "for", "by", "since", "until", "till", "at", "on", "of", "as", "than", "over", "within",
         "first", "second", "third", "fourth", "last", "the", "end", "beginning", "start", "middle", "next", "past",
         "previous", "same", "from", "this", "following", "may"]
            + MonthNames.numbers.keys + FiveYearPlans.ordinals.keys)

    func make(_ start: Int, _ end: Int, _ period: Period, stated: Bool) -> TimeExpression {
        TimeExpression(tokens: start..<end, period: period, hasStatedYear: stated, isComparisonBase: false, isDeadline: false)
    }

    /// A year: `2011`, `200l` (a letter l typed for the digit 1), `199 1` (digits split by machine
    /// translation), `this year`, `last year`, `the same year`, `the following year`.
    func yearPhrase(at index: Int, limit: Int, contextYear: Int?) -> (Int, Int, Bool)? {
        let token = tokens[index]
        if token.kind == .number, !token.text.contains(","), !token.text.contains(".") {
            if index + 1 < limit, tokens[index + 1].kind == .word, !tokens[index + 1].hasSpaceBefore {
                if token.text.count == 3, tokens[index + 1].hasText("l"), let value = Int(token.text + "1"),
                    (1949...2100).contains(value)
                {
                    return (value, index + 2, true)
                }
                return nil
            }
            if token.text.count == 4, let value = Int(token.text), (1949...2100).contains(value) {
                return (value, index + 1, true)
            }
            if token.text.count == 3, ["199", "200", "201", "202"].contains(token), index + 1 < limit,
                tokens[index + 1].kind == .number, tokens[index + 1].text.count == 1,
                let value = Int(token.text + tokens[index + 1].text)
            {
                return (value, index + 2, true)
            }
            return nil
        }
        guard token.kind == .word, index + 1 < limit else { return nil }
        let next = tokens[index + 1]
        switch token.text {
        case "this" where next.isWord("year"):
            guard let year = documentYear ?? contextYear else { return nil }
            return (year, index + 2, documentYear != nil)
        case "last" where next.isWord("year"):
            guard let year = documentYear ?? contextYear else { return nil }
            return (year - 1, index + 2, documentYear != nil)
        case "same" where next.isWord("year"):
            guard let contextYear else { return nil }
            return (contextYear, index + 2, true)
        case "following" where next.isWord("year"), "next" where next.isWord("year"):
            guard let contextYear else { return nil }
            return (contextYear + 1, index + 2, true)
        case "the" where index + 2 < limit && tokens[index + 2].isWord("year"):
            return yearPhrase(at: index + 1, limit: limit, contextYear: contextYear)
        default:
            return nil
        }
    }
}
