/// What a sentence says about the time of its figures, read in the metric lexicon's pass over its
/// words (one table lookup per word serves both): whether it speaks of a stock ("now has", "so far", "a total of"), a goal
/// or forecast, an event ("founded", "put into operation") or a vague span ("in recent years",
/// "over the decade", "since its establishment", "after 20 years of development").
struct SentenceCues {
    /// "now has", "covers", "accumulated", "so far", "a total of" (not "to a total of").
    private(set) var hasStockPhrase = false
    /// A goal or forecast word: "will", "aims", "expected".
    private(set) var hasGoalWord = false
    /// A verb of a zone's life: "founded", "approved", "put into operation".
    private(set) var hasEventVerb = false
    /// A vague span, which states a time but no period.
    private(set) var hasVagueSpan = false
    /// "national", "state", "nationally": the sentence may call a zone national.
    private(set) var hasNationalWord = false

    /// No cues yet.
    init() {}

    /// Notes the cue word at `index` of the sentence `range`, whose classes the table of
    /// ``wordClasses`` gave.
    mutating func note(_ classes: UInt8, at index: Int, in tokens: [Token], range: Range<Int>) {
        if classes & Self.stock != 0 { hasStockPhrase = true }
        if classes & Self.goal != 0 { hasGoalWord = true }
        if classes & Self.event != 0 { hasEventVerb = true }
        if classes & Self.national != 0 { hasNationalWord = true }
        guard classes & Self.phraseStart != 0, index + 1 < range.upperBound else { return }
        let next = tokens[index + 1]
        let afterNext = index + 2 < range.upperBound ? tokens[index + 2] : nil
        switch tokens[index].text {
        case "so" where next.isWord("far"):
            hasStockPhrase = true
        case "a" where next.isWord("total") && afterNext?.isWord("of") == true:
            if index == range.lowerBound || !tokens[index - 1].isWord("to") { hasStockPhrase = true }
        case "recent" where next.isWord("years"):
            hasVagueSpan = true
        case "the" where next.isWord("decade") || next.isWord("years"):
            if index > range.lowerBound, ["over", "during", "through"].contains(tokens[index - 1]) { hasVagueSpan = true }
        case "its" where ["establishment", "founding", "inception"].contains(next):
            hasVagueSpan = true
        case "years" where next.isWord("of"):
            if afterNext?.isWord("development") == true || afterNext?.isWord("construction") == true { hasVagueSpan = true }
        default:
            break
        }
    }

    private static let stock: UInt8 = 1, goal: UInt8 = 2, event: UInt8 = 4, phraseStart: UInt8 = 8, national: UInt8 = 16

    /// Each cue word and the classes it belongs to. ``MetricLexicon`` reads them in its pass over the
    /// sentence, with the same lookup as its phrases.
    static let wordClasses: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for word in FigureCues.stockWords { map[word, default: 0] |= stock }
        for word in FigureCues.targetWords + FigureCues.expectedWords { map[word, default: 0] |= goal }
        for word in FigureBuilder.eventVerbWords + ["operation"] { map[word, default: 0] |= event }
        for word in ["so", "a", "recent", "the", "its", "years"] { map[word, default: 0] |= phraseStart }
        for word in ["national", "state", "nationally"] { map[word, default: 0] |= national }
        return map
    }()
}
