/// Words that set a figure's status, bound and aspect.
enum FigureCues {
    /// Words before a number that make it a goal: "will reach", "should be over", "strive to".
    static let target: WordSet = [
        "will", "should", "shall", "strive", "strives", "striving", "plan", "plans", "planned", "planning", "aim",
        "aims", "aiming", "target", "targets", "targeted", "targeting", "goal", "goals", "intends", "vows", "pledged",
        "seeks", "seeking", "endeavors", "endeavours",
    ]

    /// Goal words that only mark the future tense; a forecast word before them makes a forecast.
    static let future: WordSet = ["will", "shall", "should"]

    /// Words before a number that make it a forecast: "expected to generate", "projected".
    static let expected: WordSet = ["expected", "expects", "projected", "forecast", "forecasted", "predicted", "anticipated"]

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
    static let stock: WordSet = [
        "now", "currently", "covers", "covering", "home", "cumulative", "cumulatively", "accumulated", "accumulative",
        "accumulatively",
    ]

    /// Whether a goal or forecast word stands in `range` (such a sentence's time is a deadline, not
    /// the time of reported results).
    static func hasTargetWord(_ tokens: [Token], in range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word && (target.contains(tokens[$0].text) || expected.contains(tokens[$0].text)) }
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

    /// Vague spans: "in recent years", "over the decade", "over the years", "since its establishment",
    /// "after over 20 years of development". They state a time, but no period.
    static func hasVagueSpan(_ tokens: [Token], in range: Range<Int>) -> Bool {
        for index in range where index + 1 < range.upperBound && tokens[index].kind == .word {
            let word = tokens[index].text
            let next = tokens[index + 1]
            if word == "recent", next.isWord("years") { return true }
            if word == "the", next.isWord("decade") || next.isWord("years"), index > range.lowerBound,
                tokens[index - 1].isWord("over") || tokens[index - 1].isWord("during") || tokens[index - 1].isWord("through")
            {
                return true
            }
            if word == "its", ["establishment", "founding", "inception"].contains(next.text) { return true }
            if word == "years", next.isWord("of"), index + 2 < range.upperBound,
                tokens[index + 2].isWord("development") || tokens[index + 2].isWord("construction")
            {
                return true
            }
        }
        return false
    }

    /// Phrases that make a number a stock: "so far", "up to now", "a total of" (but not "to a total of").
    static func hasStockPhrase(_ tokens: [Token], in range: Range<Int>) -> Bool {
        for index in range where index + 1 < range.upperBound {
            let token = tokens[index]
            if token.kind == .word, stock.contains(token.text) { return true }
            if token.isWord("so"), tokens[index + 1].isWord("far") { return true }
            if token.isWord("a"), tokens[index + 1].isWord("total"), index + 2 < range.upperBound,
                tokens[index + 2].isWord("of"), index == range.lowerBound || !tokens[index - 1].isWord("to")
            {
                return true
            }
        }
        return false
    }
}
