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
            let queries = [
                "SELECT id || '|' || content_hash FROM document",
                """
                SELECT z.name || '|' || z.zone_key || '|' || z.type || '|' || IFNULL(z.level, '') || '|' || IFNULL(z.province, '')
                       || '|' || IFNULL(z.city, '') || '|' || IFNULL(p.name, '')
                FROM zone z LEFT JOIN zone p ON p.id = z.parent_id
                """,
                "SELECT z.name || '|' || a.alias || '|' || a.document_id FROM zone_alias a JOIN zone z ON z.id = a.zone_id",
                "SELECT e.document_id || '|' || z.name || '|' || e.kind || '|' || e.date || '|' || e.quote FROM event e JOIN zone z ON z.id = e.zone_id",
                """
                SELECT f.document_id || '|' || IFNULL(z.name, '') || '|' || f.subject || '|' || f.metric || '|' || f.value || '|'
                       || f.unit || '|' || f.aspect || '|' || f.status || '|' || f.bound || '|' || IFNULL(f.period, '') || '|' || f.quote
                FROM figure f LEFT JOIN zone z ON z.id = f.zone_id
                """,
                "SELECT i.document_id || '|' || z.name || '|' || i.name FROM industry i JOIN zone z ON z.id = i.zone_id",
            ]
            var lines: [String] = []
            for query in queries { lines += try String.fetchAll(db, sql: query).sorted() + ["--"] }
            return ContentHash.sha256Hex(Array(lines.joined(separator: "\n").utf8))
        }
    }
}
