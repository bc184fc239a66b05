/// Answers about one zone (its JSON detail, its rendered page) kept in the store between requests, so
/// that an answer costs one indexed read however long the zone's history is.
///
/// Every zone has a *generation*, moved on by the writers whenever anything an answer shows may have
/// changed: facts stored, moved or deleted (a new document, a replaced one, a merge or a split), the
/// zone row itself, its sub-parks, the clusters of copies its documents are in. A kept answer is
/// used only while it carries the zone's current generation and the `basis` it was made for (the
/// format of the answer, and for a page the day its targets were judged on).
///
/// Readers fill it: a reader reads the generation *first*, then the facts, and keeps its answer under
/// that generation. A writer that commits in between has moved the generation on, so an answer made
/// from older facts is never used.
public protocol KeptZoneAnswers: Sendable {
    /// The zone's current generation and, when one is kept for it, the answer of `kind` made for `basis`.
    func keptZoneAnswer(zoneID: Int64, kind: ZoneAnswerKind, basis: String) async throws -> KeptZoneAnswer
    /// Keeps `body` as the zone's answer of `kind` for `basis`, made from facts read at `generation`.
    func keepZoneAnswer(_ body: [UInt8], zoneID: Int64, kind: ZoneAnswerKind, basis: String, generation: Int64) async throws
}

/// Which answer about a zone is kept.
public enum ZoneAnswerKind: String, Sendable, CaseIterable {
    /// The zone's JSON detail (`GET /api/v1/zones/{id}`).
    case detail
    /// The zone's profile page (`GET /zones/{id}`).
    case page
}

/// A zone's generation, and its kept answer when one is current.
public struct KeptZoneAnswer: Sendable, Hashable {
    /// The zone's generation now: keep an answer made from facts read after this under it.
    public var generation: Int64
    /// The kept answer, when one was made at this generation for the basis asked.
    public var body: [UInt8]?

    public init(generation: Int64, body: [UInt8]?) {
        self.generation = generation
        self.body = body
    }
}

/// The SQL both backends run to move zones' generations on (a backend's own statements beside it).
enum ZoneAnswerMarks {
    /// Moves on the generation of every zone id `select` yields: a `SELECT` of one column named
    /// `zone_id` (NULLs are passed over).
    static func markZones(selectedBy select: String) -> String {
        """
        INSERT INTO zone_answer_state (zone_id, generation)
        SELECT DISTINCT zone_id, 1 FROM (\(select)) AS marked WHERE zone_id IS NOT NULL
        ON CONFLICT (zone_id) DO UPDATE SET generation = zone_answer_state.generation + 1
        """
    }
}
