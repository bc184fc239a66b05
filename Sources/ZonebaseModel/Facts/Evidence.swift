/// A half-open range of byte offsets `[start, end)` into a document's original bytes.
public struct TextSpan: Sendable, Hashable, Codable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a span; `end` is clamped so it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of bytes covered.
    public var length: Int { end - start }
}

/// Where a fact came from: the exact span, the words there, the sentence, and the rule that fired.
public struct Evidence: Sendable, Hashable, Codable {
    /// The span of the quote in the original document's bytes.
    public var span: TextSpan
    /// The shortest exact text that carries the fact, e.g. `44.53-bln yuan`.
    public var quote: String
    /// The sentence holding the quote, with whitespace runs collapsed.
    public var sentence: String
    /// The span of that sentence in the original document's bytes.
    public var sentenceSpan: TextSpan
    /// The name of the rule that produced the fact, e.g. `figure.money`.
    public var rule: String

    /// Creates evidence for a fact.
    public init(span: TextSpan, quote: String, sentence: String, sentenceSpan: TextSpan, rule: String) {
        self.span = span
        self.quote = quote
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.rule = rule
    }
}
