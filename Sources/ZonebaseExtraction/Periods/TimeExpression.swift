import ZonebaseModel

/// A stated time: `in 2011`, `the first three quarters of 2023`, `by the end of 2018`,
/// `On Aug 28`, `the twelfth five-year period`, `over the next decade`.
struct TimeExpression: Sendable {
    /// The tokens of the expression.
    var tokens: Range<Int>
    /// The period it denotes (for a date: the point itself).
    var period: Period
    /// Whether the year was stated (or derived from a stated year), not guessed from context.
    var hasStatedYear: Bool
    /// Whether the expression is only a comparison base ("over the previous year", "than in 2019").
    var isComparisonBase: Bool
    /// Whether the expression is a deadline ("by the end of 2018", "by 2025").
    var isDeadline: Bool
    /// The year "this year" must be when the span's direction tells it and the page has no date
    /// ("From April 2013 to the end of March this year" → 2014).
    var impliedCurrentYear: Int? = nil
}

/// Month names and abbreviations, lower case, with their numbers. "may" is left out: it is far more
/// often the verb.
enum MonthNames {
    static let numbers: WordTable<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "june": 6,
        "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The month at a token, accepting "May" only when capitalized and followed by a number or "of".
    static func month(_ tokens: [Token], at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if let number = numbers[token] { return number }
        if token.hasText("may"), token.isCapitalized, index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.kind == .number || next.isWord("of") { return 5 }
        }
        return nil
    }
}

/// Five-year plans by ordinal: the twelfth covers 2011–2015.
enum FiveYearPlans {
    static let ordinals: WordTable<Int> = [
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16,
    ]

    /// The plan period of the `ordinal`-th five-year plan. The first two ran 1953–57 and 1958–62;
    /// after three years of readjustment the third began in 1966, so the n-th (n ≥ 3) starts in 1951 + 5n.
    static func period(ordinal: Int) -> Period {
        let first = ordinal == 1 ? 1953 : ordinal == 2 ? 1958 : 1951 + 5 * ordinal
        return Period(start: PartialDate(year: first), end: PartialDate(year: first + 4))
    }
}
