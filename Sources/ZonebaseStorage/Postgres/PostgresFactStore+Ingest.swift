#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

extension PostgresFactStore {
    public func ingest(_ document: DocumentInput) async throws -> IngestResult {
        try await withConnection { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                try await Self.ingest([document], on: connection, logger: logger)[0]
            }
        }
    }

    /// Stores the documents over the pool, a few at once, each in a transaction of its own: while one
    /// waits for the server another is being sent, and a second writer process waits for this one
    /// only where both store the same zone name, for one document's time.
    public func ingest(_ documents: [DocumentInput]) async -> [Result<IngestResult, any Error>] {
        // A window of tasks, awaited in order: results come back in the documents' order.
        var results: [Result<IngestResult, any Error>] = []
        var inFlight: [Task<IngestResult, any Error>] = []
        for document in documents {
            inFlight.append(Task { try await self.ingest(document) })
            if inFlight.count >= Self.documentsInFlight { results.append(await inFlight.removeFirst().result) }
        }
        for task in inFlight { results.append(await task.result) }
        return results
    }

    /// How many documents one process stores at once.
    static let documentsInFlight = 4

    public func revision() async throws -> Int64 {
        try await withConnection { connection, logger in
            // A sequence's last value counts the changes committed or in flight: enough to invalidate caches.
            for try await value in try await connection.query(
                "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM store_revision", logger: logger).decode(Int64.self)
            {
                return value
            }
            return 0
        }
    }

    public func containsContent(_ contentHash: String) async throws -> Bool {
        try await withConnection { connection, logger in
            try await Self.exists("SELECT 1 FROM document WHERE content_hash = \(contentHash)", connection, logger)
        }
    }

    static func exists(_ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger) async throws -> Bool {
        for try await _ in try await connection.query(query, logger: logger).decode(Int32.self) { return true }
        return false
    }

    /// Stores `documents` in the caller's transaction, each as its ``DocumentPlan`` says, in a few
    /// multi-row statements a document (``ingest(_:)-(DocumentInput)`` passes one).
    static func ingest(_ documents: [DocumentInput], on connection: PostgresConnection, logger: Logger) async throws -> [IngestResult] {
        let corrections = try await PostgresZoneRows.corrections(
            of: Array(Set(documents.flatMap { DocumentPlan.correctionKeys(in: $0.facts) })), on: connection, logger: logger)
        // Another process may be storing the same document or a zone of the same name: every lock the
        // documents need is taken at once, in one order, so two writers wait for each other and never deadlock.
        var keys: [String] = []
        for document in documents {
            keys += ["document:" + document.id, "content:" + document.contentHash]
            keys += DocumentPlan.candidateWords(in: document.facts, corrections: corrections).map { "zone:" + $0 }
        }
        try await connection.query("""
            SELECT count(pg_advisory_xact_lock(key)) FROM (SELECT DISTINCT hashtext(name) AS key FROM unnest(\(keys)::text[]) AS name
            ORDER BY key) AS keys
            """, logger: logger)
        var results: [IngestResult] = []
        for document in documents {
            results.append(try await ingest(document, corrections: corrections, on: connection, logger: logger))
        }
        if results.contains(where: { $0 != .unchanged }) {
            try await connection.query("SELECT nextval('store_revision')", logger: logger)
        }
        return results
    }

    private static func ingest(
        _ document: DocumentInput, corrections: [String: ZoneNameCorrection], on connection: PostgresConnection, logger: Logger
    ) async throws -> IngestResult {
        var state = IngestPolicy.DocumentState.absent
        for try await (sameContent, sameID) in try await connection.query("""
            SELECT EXISTS (SELECT 1 FROM document WHERE content_hash = \(document.contentHash)),
                   EXISTS (SELECT 1 FROM document WHERE id = \(document.id))
            """, logger: logger).decode((Bool, Bool).self)
        {
            state = sameContent ? .sameContent : sameID ? .otherContent : .absent
        }
        switch state {
        case .sameContent: return .unchanged
        case .otherContent: try await connection.query("DELETE FROM document WHERE id = \(document.id)", logger: logger)
        case .absent: break
        }
        let facts = document.facts
        let body = facts.plainText ?? document.text
        try await connection.query("""
            WITH stored AS (
                INSERT INTO document (id, content_hash, source, title, language, published_date, text, extractor_version,
                                      facts_omitted)
                VALUES (\(document.id), \(document.contentHash), \(document.source), \(facts.title), \(facts.language),
                        \(facts.publishedDate?.description), \(document.text), \(document.extractorVersion),
                        \(Int32(DocumentLimits.omittedFacts(facts))))
                RETURNING id)
            INSERT INTO document_text (document_id, title, body, han)
            SELECT id, \(facts.title ?? ""), \(body), \(ChineseSearch.hasHan(body)) FROM stored
            """, logger: logger)
        let lookups = try await PostgresZoneRows.lookups(for: facts, corrections: corrections, on: connection, logger: logger)
        let plan = DocumentPlan(document, lookups: lookups)
        let zoneID = try await PostgresZoneRows.write(plan.zones, documentID: document.id, on: connection, logger: logger)
        if !plan.parents.isEmpty {
            // The last link of a sub-park wins, as written in order.
            let links = Dictionary(plan.parents.map { (zoneID($0.child), zoneID($0.parent)) }, uniquingKeysWith: { _, last in last })
            try await connection.query("""
                UPDATE zone SET parent_id = link.parent FROM unnest(\(Array(links.keys))::bigint[], \(Array(links.values))::bigint[])
                    AS link(child, parent)
                WHERE zone.id = link.child
                """, logger: logger)
        }
        try await PostgresFactRows.insert(plan, documentID: document.id, zoneID: zoneID, on: connection, logger: logger)
        if state == .otherContent { try await connection.query(PostgresQuery(unsafeSQL: IngestPolicy.deleteOrphanZones), logger: logger) }
        return IngestPolicy.result(state, facts: plan.factCount)
    }
}
#endif
