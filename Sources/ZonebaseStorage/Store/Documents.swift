/// A stored document, for listings.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// The document id (file name without extension).
    public var id: String
    public var title: String?
    /// Where it was read from.
    public var source: String
    public var language: String?
    /// The date the document states for itself.
    public var published: String?
    /// How many figures and events it gave.
    public var facts: Int
    /// How many of its facts were beyond ``DocumentLimits/factsPerDocument`` and not stored (`nil`: none).
    public var factsOmitted: Int?
    /// The address the document was published at: given at ingest, else the one the page states.
    public var address: String?
    /// The cluster of copies of one article it belongs to (the id of the cluster's first document),
    /// when it is in one with another document.
    public var cluster: String? = nil
    /// The stored document it was found to copy when it was ingested, and how much of the smaller
    /// text the larger holds (see ``CopyRule``).
    public var copyOf: String? = nil
    public var copySimilarity: Double? = nil
    /// The characters of its text (the longest text of a cluster is preferred among equals).
    public var textLength: Int = 0
    /// For a copy: the document that stands for its cluster, by the analysis layer's rule
    /// (`CopyCluster`). The store leaves it `nil`; listings that apply the rule fill it in.
    public var canonical: String? = nil

    /// Creates a summary.
    public init(
        id: String, title: String?, source: String, language: String?, published: String?, facts: Int, factsOmitted: Int? = nil,
        address: String? = nil, cluster: String? = nil, copyOf: String? = nil, copySimilarity: Double? = nil, textLength: Int = 0
    ) {
        self.address = address.flatMap { $0.isEmpty ? nil : $0 }
        self.cluster = cluster
        self.copyOf = copyOf
        self.copySimilarity = copySimilarity
        self.textLength = textLength
        self.id = id
        self.title = title
        self.source = source
        self.language = language
        self.published = published
        self.facts = facts
        self.factsOmitted = factsOmitted.flatMap { $0 > 0 ? $0 : nil }
    }
}

/// One fact of a document with where it sits in the text, for highlighting.
public struct LocatedFact: Sendable, Hashable, Codable {
    /// `figure`, `event` or `industry`.
    public var kind: String
    /// The fact in a few words ("revenue level actual 2011: 108860000000 CNY").
    public var summary: String
    /// The zone it is about, when it resolved to one.
    public var zoneID: Int64?
    public var zone: String?
    /// Byte offsets of the quote in the original text: `[spanStart, spanEnd)`.
    public var spanStart: Int
    public var spanEnd: Int
    public var quote: String
}

/// A stored document with its text and its facts in text order.
public struct StoredDocument: Sendable, Hashable, Codable {
    public var summary: DocumentSummary
    /// The original text, decoded.
    public var text: String
    /// The same text with markup, scripts and page chrome blanked by spaces: byte for byte the same
    /// length, so the facts' offsets hold in both.
    public var readableText: String
    public var facts: [LocatedFact]

    /// Creates a stored document.
    public init(summary: DocumentSummary, text: String, readableText: String, facts: [LocatedFact]) {
        self.summary = summary
        self.text = text
        self.readableText = readableText
        self.facts = facts
    }
}

/// A stored document's readable text, for rules that read sentences again (claims about order and count).
public struct DocumentText: Sendable, Hashable, Codable {
    /// The document id.
    public var document: String
    /// Its headline, when it has one.
    public var title: String?
    /// The date the document states for itself.
    public var published: String?
    /// The text with markup blanked, offsets as in the original.
    public var text: String

    /// Creates a document text.
    public init(document: String, title: String?, published: String?, text: String) {
        self.document = document
        self.title = title
        self.published = published
        self.text = text
    }
}
