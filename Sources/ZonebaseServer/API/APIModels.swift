import Hummingbird
import ZonebaseAnalysis
import ZonebaseStorage

/// A page of a listing.
struct Page<Item: Codable & Sendable>: Codable, Sendable, ResponseEncodable {
    /// How many items match, over all pages.
    var total: Int
    var limit: Int
    var offset: Int
    var items: [Item]
}

/// A whole list (short by nature: one zone's figures, a document's facts).
struct List<Item: Codable & Sendable>: Codable, Sendable, ResponseEncodable {
    var items: [Item]
}

/// What `POST /api/v1/documents` takes.
struct DocumentUpload: Codable, Sendable {
    /// The document id (letters, digits, `-`, `_`, `.`).
    var id: String
    /// The document's text (plain text or HTML).
    var text: String
    /// Where it came from (a URL), for the source ranking.
    var source: String?
}

/// What `POST /api/v1/documents` answers.
struct DocumentStored: Codable, Sendable, ResponseEncodable {
    var id: String
    /// `new`, `updated` or `unchanged`.
    var result: String
    /// Facts stored.
    var facts: Int
}

/// A zone's series and what they imply.
struct SeriesAnswer: Codable, Sendable, ResponseEncodable {
    var series: [Series]
    var derived: [DerivedFigure]
}

/// The checks' findings.
struct CheckAnswer: Codable, Sendable, ResponseEncodable {
    var violations: [Violation]
    var claims: [Claim]
}

/// `/healthz`.
struct Health: Codable, Sendable, ResponseEncodable {
    var status: String
    var documents: Int
}

extension StoredZone: ResponseEncodable {}
extension ZoneProfile: ResponseEncodable {}
extension StoredDocument: ResponseEncodable {}
