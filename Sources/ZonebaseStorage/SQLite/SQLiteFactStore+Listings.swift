import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    public func figures(_ filter: FigureFilter) async throws -> [FigureRow] {
        try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT z.name AS zone, f.subject, f.metric, f.value, f.unit, f.aspect, f.status, f.bound, f.period,
                           f.is_conversion, f.document_id, f.quote, f.sentence, f.span_start, f.span_end, d.source
                    FROM figure f LEFT JOIN zone z ON z.id = f.zone_id JOIN document d ON d.id = f.document_id
                    WHERE (?1 IS NULL OR f.zone_id = ?1) AND (?2 IS NULL OR f.metric = ?2)
                      AND (?3 IS NULL OR substr(f.period, 1, length(?3)) = ?3) AND (?4 IS NULL OR f.status = ?4)
                    ORDER BY z.name, f.metric, f.period, f.id
                    """,
                arguments: [filter.zoneID, filter.metric?.rawValue, filter.period, filter.status?.rawValue]
            ).map { FigureRow(zone: $0["zone"], figure: Self.figure($0)) }
        }
    }

    public func search(_ words: String, limit: Int) async throws -> [SearchHit] {
        // Each word becomes a quoted FTS5 string, so user input is never read as query syntax.
        let terms = words.split(whereSeparator: { $0.isWhitespace }).map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
        guard !terms.isEmpty else { return [] }
        return try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT document_id, title, snippet(document_text, 2, '[', ']', '…', 12) AS snippet
                    FROM document_text WHERE document_text MATCH ? ORDER BY rank LIMIT ?
                    """,
                arguments: [terms.joined(separator: " "), limit]
            ).map { SearchHit(document: $0["document_id"], title: $0["title"], snippet: $0["snippet"]) }
        }
    }

    public func allEvents() async throws -> [EventRow] {
        try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT z.name AS zone, e.kind, e.date, e.authority, e.document_id, e.quote
                    FROM event e JOIN zone z ON z.id = e.zone_id ORDER BY z.name, e.date
                    """
            ).map { row in
                EventRow(zone: row["zone"], event: StoredEvent(
                    kind: EventKind(rawValue: row["kind"]) ?? .established, date: row["date"], authority: row["authority"],
                    document: row["document_id"], quote: row["quote"]))
            }
        }
    }
}
