import Foundation
import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    public func figures(_ filter: FigureFilter) async throws -> [FigureRow] {
        try await writer.read { db in
            // Only the conditions given, each bound: `? IS NULL OR …` would keep SQLite from the indexes.
            // A period filter is a prefix ("2011" finds 2011, 2011-12, 2011/2015): a range the
            // (metric, period) index answers; '~' sorts after every character a period holds.
            var clauses: [String] = []
            var arguments = StatementArguments()
            if let zoneID = filter.zoneID { clauses.append("f.zone_id = ?"); arguments += [zoneID] }
            if let metric = filter.metric { clauses.append("f.metric = ?"); arguments += [metric.rawValue] }
            if let period = filter.period { clauses.append("f.period BETWEEN ? AND ?"); arguments += [period, period + "~"] }
            // `+`: a zone's figures are found by the zone's index; without statistics SQLite would take
            // the status index, which holds most of the figures, for "a zone's actual figures".
            if let status = filter.status {
                clauses.append(filter.zoneID == nil ? "f.status = ?" : "+f.status = ?")
                arguments += [status.rawValue]
            }
            let conditions = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
            let sql: String
            if filter.targetedOnly {
                sql = Self.targetedFiguresSQL(zoneID: filter.zoneID, conditions: conditions)
                if let zoneID = filter.zoneID { arguments = [zoneID] + arguments }
            } else {
                sql = "\(Self.figureColumns) WHERE \(conditions) ORDER BY z.name, f.metric, f.period, f.id"
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.figureRow)
        }
    }

    public func search(_ words: String, limit: Int) async throws -> [SearchHit] {
        if let chinese = ChineseSearch(words) {
            return try await writer.read { db in
                let conditions = Array(repeating: "t.body LIKE ? ESCAPE '\\'", count: chinese.terms.count).joined(separator: " AND ")
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT t.document_id, COALESCE(d.title, '') AS title, t.body FROM document_trigram t
                        JOIN document d ON d.id = t.document_id WHERE \(conditions) LIMIT 500
                        """,
                    arguments: StatementArguments(chinese.likePatterns)
                ).map { (document: $0["document_id"] as String, title: $0["title"] as String, body: $0["body"] as String) }
                return chinese.hits(rows, limit: limit)
            }
        }
        let expression = Self.matchExpression(words)
        guard !expression.isEmpty else { return [] }
        return try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT document_id, title, snippet(document_text, 2, '[', ']', '…', 12) AS snippet
                    FROM document_text WHERE document_text MATCH ? ORDER BY rank LIMIT ?
                    """,
                arguments: [expression, limit]
            ).map { SearchHit(document: $0["document_id"], title: $0["title"], snippet: SearchHit.tidy($0["snippet"])) }
        }
    }

    public func allEvents() async throws -> [EventRow] {
        try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT z.name AS zone, z.id AS zone_id, e.kind, e.date, e.authority, e.document_id, e.quote, d.source,
                           d.published_date, e.span_start
                    FROM event e JOIN zone z ON z.id = e.zone_id JOIN document d ON d.id = e.document_id ORDER BY z.name, e.date
                    """
            ).map { row in
                EventRow(zone: row["zone"], zoneID: row["zone_id"], event: StoredEvent(
                    kind: EventKind(rawValue: row["kind"]) ?? .established, date: row["date"], authority: row["authority"],
                    document: row["document_id"], quote: row["quote"], source: row["source"], published: row["published_date"],
                    spanStart: row["span_start"]))
            }
        }
    }

    public func allIndustries() async throws -> [IndustryRow] {
        try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT i.zone_id, z.name AS zone, i.name, i.document_id, i.quote
                    FROM industry i JOIN zone z ON z.id = i.zone_id ORDER BY z.name, i.id
                    """
            ).map { IndustryRow(zoneID: $0["zone_id"], zone: $0["zone"], name: $0["name"], document: $0["document_id"], quote: $0["quote"]) }
        }
    }

    public func documents(limit: Int, offset: Int, excluding: Set<String>) async throws -> [DocumentSummary] {
        // The ids left out go as one JSON array: one statement whatever their number.
        let excluded = String(decoding: try JSONEncoder().encode(excluding.sorted()), as: UTF8.self)
        return try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: Self.documentSummaryColumns
                    + " WHERE d.id NOT IN (SELECT value FROM json_each(?)) ORDER BY d.published_date DESC, d.id LIMIT ? OFFSET ?",
                arguments: [excluded, limit, offset]
            ).map(Self.documentSummary)
        }
    }

    public func copies() async throws -> [DocumentSummary] {
        try await writer.read { db in try Self.copies(in: db) }
    }

    public func copies(inClustersOf documents: Set<String>) async throws -> [DocumentSummary] {
        try await writer.read { db in try Self.copies(in: db, inClustersOf: documents) }
    }

    /// The documents in clusters of copies (only those of the clusters `documents` are in, when
    /// given), read in `db`'s transaction.
    static func copies(in db: Database, inClustersOf documents: Set<String>? = nil) throws -> [DocumentSummary] {
        guard let documents else {
            return try Row.fetchAll(db, sql: "SELECT * FROM (\(documentSummaryColumns)) WHERE cluster IS NOT NULL ORDER BY cluster, id")
                .map(documentSummary)
        }
        if documents.isEmpty { return [] }
        // A cluster is keyed by its first document, which has no cluster_id of its own.
        let ids = String(decoding: try JSONEncoder().encode(documents.sorted()), as: UTF8.self)
        return try Row.fetchAll(
            db,
            sql: """
                WITH wanted(id) AS (SELECT coalesce(cluster_id, id) FROM document WHERE id IN (SELECT value FROM json_each(?)))
                SELECT * FROM (\(documentSummaryColumns) WHERE d.id IN (SELECT id FROM wanted) OR d.cluster_id IN (SELECT id FROM wanted))
                WHERE cluster IS NOT NULL ORDER BY cluster, id
                """,
            arguments: [ids]
        ).map(documentSummary)
    }

    public func document(_ id: String) async throws -> StoredDocument? {
        try await writer.read { db in
            guard let row = try Row.fetchOne(db, sql: Self.documentSummaryColumns + " WHERE d.id = ?", arguments: [id]),
                  let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id])
            else { return nil }
            let readable = try String.fetchOne(db, sql: "SELECT body FROM document_text WHERE document_id = ?", arguments: [id]) ?? text
            let facts = try Row.fetchAll(
                db,
                sql: """
                    SELECT 'figure' AS kind, f.metric || ' ' || f.aspect || ' ' || f.status || ' ' || coalesce(f.period, '-') || ': '
                               || f.bound || ' ' || f.value || ' ' || f.unit AS summary,
                           f.zone_id, z.name AS zone, f.span_start, f.span_end, f.quote
                    FROM figure f LEFT JOIN zone z ON z.id = f.zone_id WHERE f.document_id = ?1
                    UNION ALL
                    SELECT 'event', e.kind || ' ' || e.date, e.zone_id, z.name, e.span_start, e.span_end, e.quote
                    FROM event e JOIN zone z ON z.id = e.zone_id WHERE e.document_id = ?1
                    UNION ALL
                    SELECT 'industry', 'leading industry: ' || i.name, i.zone_id, z.name, i.span_start, i.span_end, i.quote
                    FROM industry i JOIN zone z ON z.id = i.zone_id WHERE i.document_id = ?1
                    ORDER BY 5, 6
                    """,
                arguments: [id]
            ).map { row in
                LocatedFact(kind: row[0], summary: row[1], zoneID: row[2], zone: row[3], spanStart: row[4], spanEnd: row[5], quote: row[6])
            }
            return StoredDocument(
                summary: Self.documentSummary(row), text: text, readableText: readable.utf8.count == text.utf8.count ? readable : text,
                facts: facts)
        }
    }

    private static let documentSummaryColumns = """
        SELECT d.id, d.title, d.source, d.language, d.published_date,
               (SELECT COUNT(*) FROM figure WHERE document_id = d.id) + (SELECT COUNT(*) FROM event WHERE document_id = d.id) AS facts,
               d.facts_omitted, d.address,
               CASE WHEN d.cluster_id IS NOT NULL THEN d.cluster_id
                    WHEN EXISTS (SELECT 1 FROM document c WHERE c.cluster_id = d.id) THEN d.id END AS cluster,
               d.copy_of, d.copy_similarity, d.readable_length AS text_length
        FROM document d
        """

    private static func documentSummary(_ row: Row) -> DocumentSummary {
        DocumentSummary(id: row["id"], title: row["title"], source: row["source"], language: row["language"],
                        published: row["published_date"], facts: row["facts"], factsOmitted: row["facts_omitted"],
                        address: row["address"], cluster: row["cluster"], copyOf: row["copy_of"], copySimilarity: row["copy_similarity"],
                        textLength: row["text_length"])
    }

    public func documentTexts(containing words: String?) async throws -> [DocumentText] {
        let query = words.map(Self.matchExpression)
        if query?.isEmpty == true { return [] }
        return try await writer.read { db in
            // FTS5 accepts MATCH only as a plain condition: two statements, not `? IS NULL OR MATCH`.
            let select = "SELECT d.id, d.title, d.published_date, t.body FROM document_text t JOIN document d ON d.id = t.document_id"
            return try Row.fetchAll(
                db,
                sql: select + (query == nil ? "" : " WHERE document_text MATCH ?") + " ORDER BY d.id",
                arguments: query.map { [$0] } ?? []
            ).map { DocumentText(document: $0["id"], title: $0["title"], published: $0["published_date"], text: $0["body"]) }
        }
    }

    /// Each word as a quoted FTS5 string, so user input is never read as query syntax.
    static func matchExpression(_ words: String) -> String {
        // Control characters (a NUL would end the query early inside SQLite) separate words like spaces.
        words.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
            .map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
            .joined(separator: " ")
    }
}
