public import ZonebaseModel

/// Where a fact was read: the document, its location, its own date and the exact words.
public struct SourceReference: Sendable, Hashable, Codable {
    /// The document id (file name without extension).
    public var document: String
    /// The path or URL it was read from.
    public let location: String
    /// The date the document states for itself.
    public var published: PartialDate?
    /// The exact words carrying the fact.
    public var quote: String
    /// The sentence around them (empty for events).
    public var sentence: String
    /// Byte offsets of the quote in the original document.
    public var spanStart: Int
    public var spanEnd: Int
    /// How much the source is trusted, from its location.
    public private(set) var kind: SourceKind
    /// How many copies of the document repeat it (left out of analysis: see ``ArticleCounting``).
    public var copies: Int = 0

    /// Creates a source reference.
    public init(
        document: String, location: String = "", published: PartialDate? = nil, quote: String, sentence: String = "",
        spanStart: Int = 0, spanEnd: Int = 0
    ) {
        self.document = document
        self.location = location
        self.published = published
        self.quote = quote
        self.sentence = sentence
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.kind = SourceKind(location: location)
    }
}
