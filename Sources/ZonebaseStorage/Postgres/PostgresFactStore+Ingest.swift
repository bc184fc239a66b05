#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

/// Takes the advisory locks of a document's names at once, in the order of their keys.
enum PostgresIngestLocks: PostgresStatementText {
    static let sample = query([])

    static func query(_ names: [String]) -> PostgresQuery {
        """
        SELECT count(pg_advisory_xact_lock(key))
        FROM (SELECT DISTINCT hashtext(name) AS key FROM unnest(\(names)::text[]) AS name ORDER BY key) AS keys
        """
    }
}

extension PostgresFactStore {
    public func ingest(_ document: DocumentInput) async throws -> IngestResult {
        try await withConnection { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                try await Self.ingest(document, on: connection, logger: logger)
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
    static let documentsInFlight = 8

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

    public func documentID(withContent contentHash: String) async throws -> String? {
        try await withConnection { connection, logger in
            for try await id in try await connection.query(
                "SELECT id FROM document WHERE content_hash = \(contentHash) ORDER BY id LIMIT 1", logger: logger).decode(String.self)
            {
                return id
            }
            return nil
        }
    }

    /// Stores `document` in the caller's transaction, as its ``DocumentPlan`` says: a statement that
    /// takes the locks, one that reads what the plan needs, one that writes it all.
    static func ingest(_ document: DocumentInput, on connection: PostgresConnection, logger: Logger) async throws -> IngestResult {
        let aliases = DocumentPlan.correctionKeys(in: document.facts)
        var corrections: [String: ZoneNameCorrection] = [:]
        var locked: Set<String> = []
        var read: PostgresDocumentRead
        var copies = CopyPlan(document)
        while true {
            // Another process may be storing the same document or a zone of the same name: the locks
            // are taken at once, in one order, so two writers wait for each other and never deadlock.
            let words = DocumentPlan.candidateWords(in: document.facts, corrections: corrections)
            var keys = Set(words.map { "zone:" + $0 })
            if locked.isEmpty {
                keys.formUnion(["document:" + document.id, "content:" + document.contentHash])
                // Two similar documents stored at once by two processes: one waits, then sees the other as its candidate.
                keys.formUnion(copies.hashes.map { "band:\($0)" })
            }
            keys.subtract(locked)
            if !keys.isEmpty {
                let statement = PostgresNamedStatement<PostgresIngestLocks>(PostgresIngestLocks.query(Array(keys)))
                for try await _ in try await connection.execute(statement, logger: logger) {}
                locked.formUnion(keys)
            }
            read = try await PostgresDocumentRead.fetch(
                document, words: words, aliases: aliases, bands: copies.hashes, on: connection, logger: logger)
            let found = read.correctionsByAlias
            // A name a user split off is looked up by its own key: read again, under that key's lock.
            if DocumentPlan.candidateWords(in: document.facts, corrections: found) == words {
                corrections = found
                break
            }
            corrections = found
        }
        switch read.state {
        case .sameContent: return .unchanged
        case .otherContent: try await connection.query("DELETE FROM document WHERE id = \(document.id)", logger: logger)
        case .absent: break
        }
        let plan = DocumentPlan(document, lookups: ZoneLookups(corrections: corrections, zones: read.zones))
        copies.place(among: read.copies)
        try await PostgresDocumentWrite.write(document, plan, copies: copies, on: connection, logger: logger)
        if read.state == .otherContent {
            try await connection.query(PostgresQuery(unsafeSQL: IngestPolicy.deleteOrphanZones), logger: logger)
        }
        return IngestPolicy.result(read.state, facts: plan.factCount, copyOf: copies.copyOf)
    }
}
#endif
