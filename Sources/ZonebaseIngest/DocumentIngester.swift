public import ZonebaseAnalysis
public import ZonebaseExtraction
import ZonebaseModel
public import ZonebaseStorage

/// Turns a document's bytes into stored facts: decode, hash, extract, store, and keep the target
/// judgements of its zones current. The one path from bytes to the knowledge base, for the command
/// line, the server's `POST /api/v1/documents` and the tests.
public struct DocumentIngester: Sendable {
    /// The knowledge base written to.
    public let store: any KnowledgeBase
    /// Where "today" comes from: the kept judgements are for its year.
    public let clock: DayClock

    /// An ingester writing to `store`.
    public init(store: any KnowledgeBase, clock: DayClock = .utc) {
        self.store = store
        self.clock = clock
    }

    /// The document `bytes` ready to store: decoded (HTML, encodings, invalid bytes), its content
    /// hashed, its facts extracted.
    /// - Throws: ``DocumentRefusal`` when the bytes are not a readable text (binary, empty…).
    public func prepare(_ bytes: [UInt8], id: String, source: String, address: String? = nil) throws(DocumentRefusal) -> DocumentInput {
        let decoded = try DocumentDecoder().decode(bytes)
        var input = DocumentInput(
            id: id, source: source, contentHash: ContentHash.sha256Hex(bytes), text: String(decoding: decoded.utf8, as: UTF8.self),
            facts: Extractor().extract(decoded, documentID: id), extractorVersion: Extractor.version)
        input.givenAddress = address
        return input
    }

    /// Whether exactly these bytes are stored already (then there is nothing to extract).
    public func isStored(_ bytes: [UInt8]) async throws -> Bool {
        try await store.containsContent(ContentHash.sha256Hex(bytes))
    }

    /// Stores one document, then judges its zones' targets again (milliseconds), so the next listing
    /// of targets reads what is kept; should that fail, the listing judges them itself.
    public func ingest(_ bytes: [UInt8], id: String, source: String) async throws -> IngestResult {
        try await store(try prepare(bytes, id: id, source: source))
    }

    /// Stores a prepared document, then judges its zones' targets again.
    public func store(_ document: DocumentInput) async throws -> IngestResult {
        let result = try await store.ingest(document)
        _ = try? await refreshJudgements(scope: .changedZonesOnly)
        return result
    }

    /// Brings the kept judgements of targets up to date within `scope`, as of the clock's year.
    @discardableResult
    public func refreshJudgements(scope: TargetJudgementRefresh.Scope = .whateverIsNeeded) async throws -> TargetJudgementRefresh {
        try await store.refreshTargetJudgements(year: clock.today.year, judge: TargetEvaluator.keptJudge, scope: scope)
    }
}
