/// One fact extracted from a document, of any kind.
public enum Fact: Sendable, Hashable, Codable {
    /// A zone the document names.
    case zone(Zone)
    /// A dated event of a zone.
    case event(ZoneEvent)
    /// A figure about a subject.
    case figure(Figure)
    /// A leading industry of a zone.
    case industry(Industry)

    /// The exchange format's name for the kind: `zone`, `event`, `figure` or `industry`.
    public var kindName: String {
        switch self {
        case .zone: "zone"
        case .event: "event"
        case .figure: "figure"
        case .industry: "industry"
        }
    }

    /// The evidence of the fact, whatever its kind.
    public var evidence: Evidence {
        switch self {
        case .zone(let zone): zone.evidence
        case .event(let event): event.evidence
        case .figure(let figure): figure.evidence
        case .industry(let industry): industry.evidence
        }
    }
}

/// The facts extracted from one document, with what the extractor learned about the document itself.
public struct DocumentFacts: Sendable, Hashable, Codable {
    /// The document id: its file name without the extension.
    public var documentID: String
    /// The document's own date (dateline, "Updated:"), when it states one.
    public var publishedDate: PartialDate?
    /// The facts, in the order of their position in the text.
    public var facts: [Fact]
    /// The document's first line of text (its headline), at most 200 characters.
    public var title: String?
    /// `en` or `zh`, by the script most of the letters are in.
    public var language: String?
    /// The text without markup (tags and chrome blanked), for full-text search.
    public var plainText: String?
    /// The address the page gives for itself (`<link rel=canonical>`, `og:url`), when it gives one.
    public var address: String? = nil

    /// Creates the result for one document.
    public init(
        documentID: String, publishedDate: PartialDate? = nil, facts: [Fact], title: String? = nil,
        language: String? = nil, plainText: String? = nil
    ) {
        self.documentID = documentID
        self.publishedDate = publishedDate
        self.facts = facts
        self.title = title
        self.language = language
        self.plainText = plainText
    }
}
