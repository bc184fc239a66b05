import ZonebaseModel

/// Everything the recognizers found in one sentence, for the rules to combine.
struct AnalyzedSentence: Sendable {
    /// The sentence's tokens and paragraph.
    var sentence: Sentence
    /// Quantities, in text order.
    var quantities: [Quantity]
    /// Time expressions, in text order.
    var times: [TimeExpression]
    /// Zones, places, groups and references back, in text order.
    var mentions: [Mention]
    /// Metric phrases, in text order.
    var metrics: [MetricLexicon.Match]
    /// Stock phrases, goal and event words, vague spans.
    var cues: SentenceCues

    /// The token range of the sentence.
    var range: Range<Int> { sentence.tokens }
}

/// What the rules know about the document as a whole.
struct DocumentContext: Sendable {
    /// The year of the document's own date.
    var documentDate: PartialDate?
    /// The zone the document is about ("the zone", "the park" refer to it).
    var focusZone: String?
    /// The registry of zones named in the document, by normalized key.
    var zones: ZoneRegistry
}
