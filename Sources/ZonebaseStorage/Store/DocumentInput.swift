public import ZonebaseModel

/// A document ready to be stored: its identity, its text and the facts extracted from it.
public struct DocumentInput: Sendable {
    /// The document id (file name without extension).
    public var id: String
    /// Where it was read from.
    public var source: String
    /// SHA-256 of the original bytes (see ``ContentHash``).
    public var contentHash: String
    /// The original text, decoded.
    public var text: String
    /// The facts and what the extractor learned of the document.
    public var facts: DocumentFacts
    /// The extractor version that produced the facts.
    public var extractorVersion: String
    /// The address the document was published at, when the one who ingests it says (else the page's own).
    public var givenAddress: String? = nil

    /// The address stored: the one given, else the one the page states for itself.
    public var address: String? { givenAddress ?? facts.address }

    /// Creates a document input.
    public init(id: String, source: String, contentHash: String, text: String, facts: DocumentFacts, extractorVersion: String) {
        self.id = id
        self.source = source
        self.contentHash = contentHash
        self.text = text
        self.facts = facts
        self.extractorVersion = extractorVersion
    }
}

/// What ingesting one document did.
public enum IngestResult: Sendable, Equatable {
    /// A document not seen before, with the number of facts stored and the stored document it is a
    /// copy of, when it is one (see ``CopyRule``).
    case new(facts: Int, copyOf: String? = nil)
    /// A known document whose content changed: its old facts were replaced.
    case updated(facts: Int, copyOf: String? = nil)
    /// The same content was already stored; nothing changed.
    case unchanged

    /// The stored document this one was found to copy.
    public var copyOf: String? {
        switch self {
        case .new(_, let copyOf), .updated(_, let copyOf): copyOf
        case .unchanged: nil
        }
    }
}
