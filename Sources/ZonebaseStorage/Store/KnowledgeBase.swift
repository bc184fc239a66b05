/// The knowledge base, whatever database holds it.
public protocol FactStore: Sendable {
    /// Stores a document and its facts in one transaction: new, updated (old facts replaced) or unchanged.
    func ingest(_ document: DocumentInput) async throws -> IngestResult
    /// Stores several documents, each all-or-nothing (a savepoint of its own), committed together:
    /// one commit instead of one per document. A document that fails is rolled back alone and its
    /// error returned in its place; a killed run loses at most the uncommitted group.
    func ingest(_ documents: [DocumentInput]) async -> [Result<IngestResult, any Error>]
    /// Zones matching `filter`, by name.
    func zones(_ filter: ZoneFilter) async throws -> [StoredZone]
    /// Zones whose name or alias matches `name` (any case), or whose id is `name`.
    func findZones(_ name: String) async throws -> [StoredZone]
    /// The zone's aliases, events, industries, sub-parks and the figures `figures` selects, with the
    /// count of all its figures.
    func profile(of zone: StoredZone, figures: ProfileFigures) async throws -> ZoneProfile
    /// Row counts.
    func counts() async throws -> StoreCounts
}

extension FactStore {
    /// Stores the documents one transaction each: for stores with nothing better to do.
    public func ingest(_ documents: [DocumentInput]) async -> [Result<IngestResult, any Error>] {
        var results: [Result<IngestResult, any Error>] = []
        for document in documents {
            do { results.append(.success(try await ingest(document))) } catch { results.append(.failure(error)) }
        }
        return results
    }
}

/// Listings beyond one zone: figures, search and export.
public protocol FactQueries: Sendable {
    /// Figures matching `filter`.
    func figures(_ filter: FigureFilter) async throws -> [FigureRow]
    /// Documents matching every word of `words`, best first.
    func search(_ words: String, limit: Int) async throws -> [SearchHit]
    /// Every event with its zone.
    func allEvents() async throws -> [EventRow]
    /// Every leading industry with its zone, by zone name.
    func allIndustries() async throws -> [IndustryRow]
    /// Documents, newest first (by published date, then id), `limit` from `offset`, leaving out
    /// those `excluding` names (the copies a listing hides).
    func documents(limit: Int, offset: Int, excluding: Set<String>) async throws -> [DocumentSummary]
    /// The documents in a cluster of copies with another (see ``DocumentSummary/cluster``), by cluster.
    func copies() async throws -> [DocumentSummary]
    /// The documents of the clusters of copies that any of `documents` is in, by cluster: what
    /// counting each article once needs for an answer drawn from those documents (indexed reads,
    /// however many documents are stored).
    func copies(inClustersOf documents: Set<String>) async throws -> [DocumentSummary]
    /// One document with its text and facts, or `nil`.
    func document(_ id: String) async throws -> StoredDocument?
    /// The texts of the documents that contain every word of `words` (all documents when `nil`).
    func documentTexts(containing words: String?) async throws -> [DocumentText]
}

/// Everything the command line and the server need of a knowledge base; both backends provide it.
public protocol KnowledgeBase: FactStore, FactQueries, TargetJudgementStore, KeptZoneAnswers {
    /// Whether a document with exactly this content is stored.
    func documentID(withContent contentHash: String) async throws -> String?
    /// Merges zone `source` into `target`, remembering the names for later ingests.
    func merge(_ source: StoredZone, into target: StoredZone) async throws
    /// Splits the name `alias` off `zone` into a zone of its own, remembered for later ingests.
    @discardableResult func split(_ alias: String, from zone: StoredZone) async throws -> StoredZone
    /// Problems with the stored data (empty when consistent).
    func consistencyProblems() async throws -> [String]
    /// A digest of everything stored, independent of row ids.
    func contentDigest() async throws -> String
    /// A number that grows with every committed change (a stored document, a merge, a split): a
    /// reader that cached an answer at one revision knows it is still current at the same revision.
    func revision() async throws -> Int64
}

extension KnowledgeBase {
    /// The zone's profile with every figure.
    public func profile(of zone: StoredZone) async throws -> ZoneProfile {
        try await profile(of: zone, figures: .all)
    }

    /// Documents, newest first (by published date, then id), `limit` from `offset`.
    public func documents(limit: Int, offset: Int) async throws -> [DocumentSummary] {
        try await documents(limit: limit, offset: offset, excluding: [])
    }

    /// Whether a document with exactly this content is stored.
    public func containsContent(_ contentHash: String) async throws -> Bool {
        try await documentID(withContent: contentHash) != nil
    }
}
