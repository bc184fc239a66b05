/// Words that set a figure's status, bound and aspect.
enum FigureCues {
    /// Words before a number that make it a goal: "will reach", "should be over", "strive to".
    static let target = WordSet(targetWords)

    /// The words of ``target``.
    static let targetWords = [
        "will", "should", "shall", "strive", "strives", "striving", "plan", "plans", "planned", "planning", "aim",
        "aims", "aiming", "target", "targets", "targeted", "targeting", "goal", "goals", "intends", "vows", "pledged",
        "seeks", "seeking", "endeavors", "endeavours",
    ]

    /// Goal words that only mark the future tense; a forecast word before them makes a forecast.
    static let future: WordSet = ["will", "shall", "should"]

    /// Words before a number that make it a forecast: "expected to generate", "projected".
    static let expected = WordSet(expectedWords)

    /// The words of ``expected``.
    static let expectedWords = ["expected", "expects", "projected", "forecast", "forecasted", "predicted", "anticipated"]

    /// One-word bounds right before a number.
    static let singleWordBounds: WordTable<BoundCue> = [
        "over": .atLeast, "exceeding": .atLeast, "exceeded": .atLeast, "exceed": .atLeast, "exceeds": .atLeast,
        "surpassing": .atLeast, "surpassed": .atLeast, "surpass": .atLeast, "above": .atLeast,
        "nearly": .approx, "about": .approx, "around": .approx, "approximately": .approx, "almost": .approx,
        "roughly": .approx, "some": .approx, "approx": .approx, "estimated": .approx,
        "under": .atMost, "below": .atMost, "topped": .atLeast, "tops": .atLeast, "topping": .atLeast,
    ]

    /// Two-word bounds right before a number: "more than", "less than", "break through", "up to".
    static let twoWordBounds: [String: BoundCue] = [
        "more than": .atLeast, "at least": .atLeast, "break through": .atLeast, "broke through": .atLeast,
        "breaking through": .atLeast, "breaks through": .atLeast, "less than": .atMost, "fewer than": .atMost,
        "up to": .atMost, "at most": .atMost, "close to": .approx, "in excess": .atLeast, "upwards of": .atLeast,
    ]

    /// Three-word bounds: "no less than", "no more than", "not less than".
    static let threeWordBounds: [String: BoundCue] = [
        "no less than": .atLeast, "not less than": .atLeast, "no more than": .atMost, "not more than": .atMost,
        "in excess of": .atLeast,
    ]

    /// The bound a cue expresses.
    enum BoundCue: Sendable {
        case atLeast, atMost, approx
    }

    /// Words before a percentage (within its clause) that make it a growth rate.
    static let growthBefore: WordSet = [
        "up", "increase", "increased", "increasing", "increases", "rise", "rose", "risen", "rising", "grew", "grow",
        "grown", "growth", "growing", "surge", "surged", "jump", "jumped", "climbed", "gain", "gained", "expanded",
        "soared", "improvement", "improved", "down", "decrease", "decreased", "fell", "drop", "dropped", "decline", "declined",
    ]

    /// Words after a percentage that make it a growth rate: "year-on-year", "higher than".
    static let growthAfter: WordSet = ["year", "yoy", "higher", "increase", "growth", "annually", "annual", "up", "more"]

    /// Nouns right after a percentage that make it a growth rate whatever verb came before it.
    static let growthNounsAfter: WordSet = ["increase", "growth", "rise", "gain", "jump", "decline", "drop", "year", "yoy"]

    /// Words before a percentage that make it a share: "accounting for", "making up", "covering".
    static let shareBefore: WordSet = [
        "accounting", "account", "accounted", "accounts", "making", "make", "makes", "made", "take", "takes",
        "taking", "covering", "contributing", "contributed", "contributes", "contribute", "share", "proportion",
        "occupy", "occupies", "occupying", "bring", "brings", "representing", "represented", "constituting",
        "comprising",
    ]

    /// Words before an amount that make it an absolute change: "an increase of 330 million yuan".
    static let changeBefore: WordSet = ["increase", "increased", "up", "rose", "grew", "added", "decrease", "decreased"]

    /// Words that make a number a stock without a time of its own ("now has", "covers", "home to").
    static let stock = WordSet(stockWords)

    /// The words of ``stock``.
    static let stockWords = [
        "now", "currently", "covers", "covering", "home", "cumulative", "cumulatively", "accumulated", "accumulative",
        "accumulatively",
    ]

    /// Whether a goal or forecast word stands in `range` (such a sentence's time is a deadline, not
    /// the time of reported results).
    static func hasTargetWord(_ tokens: [Token], in range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word && (target.contains(tokens[$0]) || expected.contains(tokens[$0])) }
    }

    /// Words before a count that make it a count of new things, a flow of its period.
    static let additionWords: WordSet = ["added", "attracted", "introduced", "newly", "another", "new", "adding"]

    /// "During this period", "In the same period", "Over that period" near the start of a sentence.
    static func refersToPeriodBefore(_ tokens: [Token], in range: Range<Int>) -> Bool {
        let limit = min(range.upperBound, range.lowerBound + 5)
        for index in range.lowerBound..<limit where index + 2 < range.upperBound && tokens[index].isWord("period") {
            let previous = tokens[index - 1]
            let next = index + 1 < range.upperBound ? tokens[index + 1] : previous
            // "the same period last year" is a comparison, not a reference back.
            if next.isWord("last") || next.isWord("of") { return false }
            return previous.isWord("this") || previous.isWord("that") || previous.isWord("same")
        }
        return false
    }

}
