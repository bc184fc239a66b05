import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    /// Problems with the database file: SQLite's integrity check, foreign keys, and documents stored
    /// without their full-text row (a half-stored document). Empty when all is well.
    public func consistencyProblems() async throws -> [String] {
        try await writer.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            problems += try String.fetchAll(db, sql: """
                SELECT 'document without its text index: ' || id FROM document
                WHERE id NOT IN (SELECT document_id FROM document_text)
                """)
            problems += try String.fetchAll(db, sql: """
                SELECT 'text index without its document: ' || document_id FROM document_text
                WHERE document_id NOT IN (SELECT id FROM document)
                """)
            return problems
        }
    }

    /// A digest of everything stored, independent of row ids: two databases with the same digest
    /// hold the same documents, zones, aliases and facts.
    public func contentDigest() async throws -> String {
        try await writer.read { db in
            var lines: [String] = []
            for query in ContentDigestQueries.all { lines += try String.fetchAll(db, sql: query).sorted() + ["--"] }
            return ContentHash.sha256Hex(Array(lines.joined(separator: "\n").utf8))
        }
    }
}
