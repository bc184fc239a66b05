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

/// The direction of a sorted listing.
enum SortOrder: String, CaseIterable {
    case asc, desc
}

/// What `POST /api/v1/documents` takes.
struct DocumentUpload: Codable, Sendable {
    /// The document id (letters, digits, `-`, `_`, `.`).
    var id: String
    /// The document's text (plain text or HTML).
    var text: String
    /// Where it came from (a URL), for the source ranking.
    var source: String?
    /// The address it was published at (else `source` when that is an http(s) URL).
    var address: String?
}

/// What `POST /api/v1/documents` answers.
struct DocumentStored: Codable, Sendable, ResponseEncodable {
    var id: String
    /// `new`, `updated` or `unchanged`.
    var result: String
    /// Facts stored.
    var facts: Int
    /// Facts beyond the limit a document (``DocumentLimits/factsPerDocument``), not stored; `nil`: none.
    var factsOmitted: Int? = nil
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
}

/// A zone as `GET /api/v1/zones/{id}` answers: everything but the full list of figures (that is
/// `/figures`), with the latest figure of each metric.
struct ZoneDetail: Codable, Sendable, ResponseEncodable {
    var zone: StoredZone
    var aliases: [String]
    var events: [StoredEvent]
    var industries: [String]
    var subZones: [String]
    /// How many figures the zone has (all of them at `/api/v1/zones/{id}/figures`).
    var figureCount: Int
    /// The newest actual figure of each metric, aspect and unit, with all its sources.
    var latest: [StoredFigure]

    /// The detail of a profile read with ``ProfileFigures/latestActual``.
    init(_ profile: ZoneProfile) {
        zone = profile.zone
        aliases = profile.aliases
        events = profile.events
        industries = profile.industries
        subZones = profile.subZones
        figureCount = profile.figureCount
        latest = profile.figures
    }
}

extension StoredZone: ResponseEncodable {}
extension StoredDocument: ResponseEncodable {}
