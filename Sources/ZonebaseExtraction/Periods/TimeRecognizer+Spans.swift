import ZonebaseModel

extension TimeRecognizer {
    /// "the end of 2018" → 2018-12; "the end of November" → November of the context year;
    /// "the end of March this year".
    func endOf(at position: Int, limit: Int, contextYear: Int?, from start: Int) -> TimeExpression? {
        let isEnd = tokens[position].isWord("end")
        var index = position + 1
        guard index < limit, tokens[index].isWord("of") else { return nil }
        index += 1
        guard index < limit else { return nil }
        if let month = MonthNames.month(tokens, at: index) {
            var expression = monthExpression(month, at: index, limit: limit, contextYear: contextYear, from: start)
            expression?.isDeadline = isEnd
            return expression
        }
        var planIndex = index
        if tokens[planIndex].isWord("the") { planIndex += 1 }
        if planIndex < limit, tokens[planIndex].isPunctuation("\"") { planIndex += 1 }
        if planIndex < limit, let ordinal = FiveYearPlans.ordinals[tokens[planIndex]], isFiveYear(planIndex + 1, limit) {
            var expression = make(start, afterFiveYear(planIndex + 1, limit), FiveYearPlans.period(ordinal: ordinal), stated: true)
            expression.isDeadline = true
            return expression
        }
        guard let (year, end, stated) = yearPhrase(at: index, limit: limit, contextYear: contextYear) else { return nil }
        let period = Period(start: PartialDate(year: year, month: isEnd ? 12 : 1))
        var expression = make(start, end, period, stated: stated)
        expression.isDeadline = isEnd
        return expression
    }

    /// "the first three quarters of 2023", "the first half of 2024", "the first quarter of this
    /// year", "the first five months", "the third quarter".
    func partOfYear(at position: Int, limit: Int, contextYear: Int?, from start: Int) -> TimeExpression? {
        let ordinal = tokens[position].text
        var index = position + 1
        var count = 1
        if let number = NumberWords.cardinals[tokens[index]] {
            count = Int(number)
            index += 1
        } else if tokens[index].kind == .number, let number = Int(tokens[index].text) {
            count = number
            index += 1
        }
        guard index < limit, tokens[index].kind == .word else { return nil }
        let unit = tokens[index].text
        let months: ClosedRange<Int>
        switch (ordinal, unit) {
        case ("first", "half"): months = 1...6
        case ("second", "half"): months = 7...12
        case ("first", "quarter"), ("first", "quarters"): months = 1...min(12, 3 * count)
        case ("second", "quarter"): months = 4...6
        case ("third", "quarter"): months = 7...9
        case ("fourth", "quarter"), ("last", "quarter"): months = 10...12
        case ("first", "months"), ("first", "month"): months = 1...min(12, count)
        default: return nil
        }
        let (found, stated, end) = yearFollowing(index + 1, limit: limit, contextYear: contextYear)
        index = end
        guard let year = found else { return nil }
        return make(start, index, Period.months(year, months.lowerBound, months.upperBound), stated: stated)
    }

    /// A year right after a month or part of a year, with or without "of" / "in": "of 2018",
    /// "in 2023", "2013", "this year".
    func yearAfter(_ index: Int, limit: Int, contextYear: Int?) -> (Int, Int, Bool)? {
        if index + 1 < limit, tokens[index].isWord("of") || tokens[index].isWord("in"),
            let found = yearPhrase(at: index + 1, limit: limit, contextYear: contextYear)
        {
            return found
        }
        return index < limit ? yearPhrase(at: index, limit: limit, contextYear: contextYear) : nil
    }

    /// The year stated right after `index` ("of 2018", "this year"), else the context's: the year,
    /// whether it was stated, and the index after what was read.
    func yearFollowing(_ index: Int, limit: Int, contextYear: Int?) -> (year: Int?, stated: Bool, end: Int) {
        if let (value, end, stated) = yearAfter(index, limit: limit, contextYear: contextYear) { return (value, stated, end) }
        return (contextYear ?? documentYear, false, index)
    }

    /// Whether `five-year` (plan/period) starts at `index`.
    func isFiveYear(_ index: Int, _ limit: Int) -> Bool {
        var position = index
        if position < limit, tokens[position].isPunctuation("\"") || tokens[position].isPunctuation("'") { position += 1 }
        guard position + 2 < limit else { return false }
        return tokens[position].isWord("five") && tokens[position + 1].isPunctuation("-")
            && tokens[position + 2].isWord("year")
    }

    /// The index after `five-year` and an optional closing quote and `plan` / `period`.
    func afterFiveYear(_ index: Int, _ limit: Int) -> Int {
        var position = index
        if position < limit, tokens[position].isPunctuation("\"") || tokens[position].isPunctuation("'") { position += 1 }
        position += 3
        if position < limit, tokens[position].isPunctuation("\"") || tokens[position].isPunctuation("'") { position += 1 }
        if position < limit, tokens[position].isWord("plan") || tokens[position].isWord("period") { position += 1 }
        return min(position, limit)
    }

    /// "over the next decade" (from the document's year), "in the past 10 years", "the past five years".
    func relativeSpan(at position: Int, limit: Int, from start: Int) -> TimeExpression? {
        guard let documentYear else { return nil }
        let direction = tokens[position].text
        var index = position + 1
        var years = 1
        if tokens[index].isWord("year") {
            // "over the past year", "the last year": the year before the document's.
            let year = direction == "next" ? documentYear + 1 : documentYear - 1
            return make(start, index + 1, .year(year), stated: true)
        } else if tokens[index].isWord("decade") {
            years = 10
        } else if let number = NumberWords.cardinals[tokens[index]] ?? tokens[index].numberValue,
            index + 1 < limit, tokens[index + 1].isWord("years")
        {
            years = Int(number)
            index += 1
        } else {
            return nil
        }
        index += 1
        let period =
            direction == "next"
            ? Period(start: PartialDate(year: documentYear), end: PartialDate(year: documentYear + years))
            : Period(start: PartialDate(year: documentYear - years), end: PartialDate(year: documentYear))
        return make(start, index, period, stated: true)
    }

    /// "from January to November", "From January to August of 2018", "from 2012 to 2022",
    /// "From April 2013 to the end of March this year".
    func fromTo(at index: Int, limit: Int, contextYear: Int?, from start: Int) -> TimeExpression? {
        guard index < limit else { return nil }
        var first: PartialDate
        var position: Int
        if let month = MonthNames.month(tokens, at: index) {
            position = index + 1
            if position < limit, let (year, end, _) = yearPhrase(at: position, limit: limit, contextYear: contextYear) {
                first = PartialDate(year: year, month: month)
                position = end
            } else {
                first = PartialDate(year: 0, month: month)  // the year comes from the span's end
            }
        } else if let (year, end, _) = yearPhrase(at: index, limit: limit, contextYear: contextYear) {
            first = PartialDate(year: year)
            position = end
        } else {
            return nil
        }
        guard position + 1 < limit, tokens[position].isWord("to") || tokens[position].isPunctuation("-") else {
            return nil
        }
        position += 1
        if tokens[position].isWord("the"), position + 2 < limit, tokens[position + 1].isWord("end"),
            tokens[position + 2].isWord("of")
        {
            position += 3
        }
        guard position < limit else { return nil }
        var last: PartialDate
        var implied: Int?
        if let month = MonthNames.month(tokens, at: position) {
            position += 1
            var year: Int?
            var isStatedYear = false
            let saysThisYear = position + 1 < limit && tokens[position].isWord("this") && tokens[position + 1].isWord("year")
            if let (value, end, stated) = yearAfter(position, limit: limit, contextYear: contextYear) {
                year = value
                isStatedYear = stated
                position = end
            }
            if saysThisYear && year == nil { position += 2 }
            var resolved = year ?? (first.year != 0 ? first.year : nil) ?? contextYear ?? documentYear
            // "From April 2013 to the end of March this year" with no dated page: a span runs forward,
            // so "this year" is the next one.
            if year == nil || !isStatedYear, first.year != 0, let value = resolved, month < (first.month ?? 1), value <= first.year {
                resolved = first.year + 1
                if saysThisYear { implied = first.year + 1 }
            }
            guard let resolved else { return nil }
            last = PartialDate(year: resolved, month: month)
            if first.year == 0 { first.year = month >= (first.month ?? 1) ? resolved : resolved - 1 }
        } else if let (year, end, _) = yearPhrase(at: position, limit: limit, contextYear: contextYear) {
            last = PartialDate(year: year)
            position = end
        } else {
            return nil
        }
        guard first.year > 0, first <= last else { return nil }
        var expression = make(start, position, Period(start: first, end: last), stated: true)
        expression.impliedCurrentYear = documentYear == nil ? implied : nil
        return expression
    }

    /// "September 2013", "Aug 28", "Feb. 6, 2017", "October of the same year", "July the following year",
    /// "March this year".
    func monthExpression(_ month: Int, at position: Int, limit: Int, contextYear: Int?, from start: Int) -> TimeExpression? {
        // "the January-June period", "Jan-Sept 2017": a span of months.
        let second = position + 2 < limit && tokens[position + 2].isWord("may") && tokens[position + 2].isCapitalized
            ? 5 : position + 2 < limit ? MonthNames.month(tokens, at: position + 2) : nil
        if position + 2 < limit, tokens[position + 1].isPunctuation("-"), let last = second, last > month {
            let (found, stated, yearEnd) = yearFollowing(position + 3, limit: limit, contextYear: contextYear)
            var end = yearEnd
            if end < limit, tokens[end].isWord("period") { end += 1 }
            guard let year = found else { return nil }
            return make(start, end, Period.months(year, month, last), stated: stated)
        }
        var index = position + 1
        if index < limit, tokens[index].isPunctuation(".") { index += 1 }
        var day: Int?
        if index < limit, tokens[index].kind == .number, tokens[index].text.count <= 2, let value = Int(tokens[index].text),
            (1...31).contains(value)
        {
            day = value
            index += 1
            if index < limit, tokens[index].isPunctuation(",") { index += 1 }
        }
        var year: (Int, Int, Bool)?
        // "in April, 1993": a comma between month and year.
        if day == nil, index + 1 < limit, tokens[index].isPunctuation(","), tokens[index + 1].kind == .number,
            tokens[index + 1].text.count == 4, yearPhrase(at: index + 1, limit: limit, contextYear: contextYear) != nil
        {
            index += 1
        }
        if index < limit {
            year = yearPhrase(at: index, limit: limit, contextYear: contextYear)
            if year == nil, index + 1 < limit, tokens[index].isWord("of") {
                year = yearPhrase(at: index + 1, limit: limit, contextYear: contextYear)
            }
        }
        if let (value, end, stated) = year {
            return make(start, end, Period(start: PartialDate(year: value, month: month, day: day)), stated: stated)
        }
        let end = day == nil ? position + 1 : (tokens[index - 1].isPunctuation(",") ? index - 1 : index)
        // With no year anywhere before it, the year stays 0 (unknown) for event rules to derive.
        let guess = contextYear ?? documentYear ?? 0
        return make(start, end, Period(start: PartialDate(year: guess, month: month, day: day)), stated: false)
    }
}
