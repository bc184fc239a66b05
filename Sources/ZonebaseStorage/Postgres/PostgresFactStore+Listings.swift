#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

extension PostgresFactStore {
    public func figures(_ filter: FigureFilter) async throws -> [FigureRow] {
        try await withConnection { connection, logger in
            // A period filter is a prefix ("2011" finds 2011, 2011-12, 2011/2015).
            return try await Self.figureRows(PostgresQuery(
                unsafeSQL: Self.figureSelect + """
                     WHERE ($1::bigint IS NULL OR f.zone_id = $1) AND ($2::text IS NULL OR f.metric = $2)
                       AND ($3::text IS NULL OR left(f.period, length($3)) = $3) AND ($4::text IS NULL OR f.status = $4)
                       \(filter.targetedOnly ? Self.targetedCondition : "")
                     ORDER BY z.name, f.metric, f.period, f.id
                    """,
                binds: try Self.binds(filter.zoneID, filter.metric?.rawValue, filter.period, filter.status?.rawValue)), connection, logger)
        }
    }

    public func search(_ words: String, limit: Int) async throws -> [SearchHit] {
        guard !words.split(whereSeparator: { $0.isWhitespace }).isEmpty else { return [] }
        if let chinese = ChineseSearch(words) {
            return try await withConnection { connection, logger in
                var rows: [(document: String, title: String, body: String)] = []
                for try await row in try await connection.query("""
                    SELECT document_id, title, body FROM document_text WHERE han AND body LIKE ALL (\(chinese.likePatterns)) LIMIT 500
                    """, logger: logger).decode((String, String, String).self)
                {
                    rows.append((row.0, row.1, row.2))
                }
                return chinese.hits(rows, limit: limit)
            }
        }
        return try await withConnection { connection, logger in
            var hits: [SearchHit] = []
            // plainto_tsquery reads the words as words: no query syntax reaches the parser.
            for try await row in try await connection.query("""
                SELECT document_id, title,
                       ts_headline('simple', body, plainto_tsquery('simple', \(words)), 'StartSel=[, StopSel=], MaxWords=18, MinWords=8')
                FROM document_text WHERE words @@ plainto_tsquery('simple', \(words))
                ORDER BY ts_rank(words, plainto_tsquery('simple', \(words))) DESC, document_id LIMIT \(limit)
                """, logger: logger).decode((String, String, String).self)
            {
                hits.append(SearchHit(document: row.0, title: row.1, snippet: SearchHit.tidy(row.2)))
            }
            return hits
        }
    }

    public func allEvents() async throws -> [EventRow] {
        try await withConnection { connection, logger in
            var rows: [EventRow] = []
            for try await row in try await connection.query("""
                SELECT z.name, z.id, e.kind, e.date, e.authority, e.document_id, e.quote, d.source, d.published_date, e.span_start
                FROM event e JOIN zone z ON z.id = e.zone_id JOIN document d ON d.id = e.document_id ORDER BY z.name, e.date
                """, logger: logger).decode((String, Int64, String, String, String?, String, String, String, String?, Int32).self)
            {
                rows.append(EventRow(zone: row.0, zoneID: row.1, event: StoredEvent(
                    kind: EventKind(rawValue: row.2) ?? .established, date: row.3, authority: row.4, document: row.5, quote: row.6,
                    source: row.7, published: row.8, spanStart: Int(row.9))))
            }
            return rows
        }
    }

    public func allIndustries() async throws -> [IndustryRow] {
        try await withConnection { connection, logger in
            var rows: [IndustryRow] = []
            for try await row in try await connection.query("""
                SELECT i.zone_id, z.name, i.name, i.document_id, i.quote
                FROM industry i JOIN zone z ON z.id = i.zone_id ORDER BY z.name, i.id
                """, logger: logger).decode((Int64, String, String, String, String).self)
            {
                rows.append(IndustryRow(zoneID: row.0, zone: row.1, name: row.2, document: row.3, quote: row.4))
            }
            return rows
        }
    }

    public func documents(limit: Int, offset: Int, excluding: Set<String>) async throws -> [DocumentSummary] {
        let excluded = excluding.sorted()
        return try await withConnection { connection, logger in
            try await Self.documentSummaries(
                """
                \(unescaped: Self.documentSummaryColumns) WHERE NOT (d.id = ANY(\(excluded)))
                ORDER BY d.published_date DESC NULLS LAST, d.id LIMIT \(limit) OFFSET \(offset)
                """,
                connection, logger)
        }
    }

    public func copies() async throws -> [DocumentSummary] {
        try await withConnection { connection, logger in try await Self.copies(connection, logger) }
    }

    public func copies(inClustersOf documents: Set<String>) async throws -> [DocumentSummary] {
        try await withConnection { connection, logger in try await Self.copies(connection, logger, inClustersOf: documents) }
    }

    /// The documents in clusters of copies (only those of the clusters `documents` are in, when
    /// given), read on `connection` (in its transaction, if any).
    static func copies(
        _ connection: PostgresConnection, _ logger: Logger, inClustersOf documents: Set<String>? = nil
    ) async throws -> [DocumentSummary] {
        guard let documents else {
            return try await documentSummaries(
                "SELECT * FROM (\(unescaped: documentSummaryColumns)) AS d WHERE cluster IS NOT NULL ORDER BY cluster, id",
                connection, logger)
        }
        if documents.isEmpty { return [] }
        // A cluster is keyed by its first document, which has no cluster_id of its own.
        let ids = documents.sorted()
        return try await documentSummaries(
            """
            WITH wanted(id) AS (SELECT coalesce(cluster_id, id) FROM document WHERE id = ANY(\(ids)))
            SELECT * FROM (\(unescaped: documentSummaryColumns) WHERE d.id IN (SELECT id FROM wanted) OR d.cluster_id IN (SELECT id FROM wanted)) AS d
            WHERE cluster IS NOT NULL ORDER BY cluster, id
            """,
            connection, logger)
    }

    public func document(_ id: String) async throws -> StoredDocument? {
        try await withConnection { connection, logger in
            guard let summary = try await Self.documentSummaries(
                "\(unescaped: Self.documentSummaryColumns) WHERE d.id = \(id)", connection, logger).first else { return nil }
            var text = "", readable = ""
            for try await value in try await connection.query(
                "SELECT d.text, t.body FROM document d JOIN document_text t ON t.document_id = d.id WHERE d.id = \(id)", logger: logger
            ).decode((String, String).self) {
                (text, readable) = value
            }
            var facts: [LocatedFact] = []
            for try await row in try await connection.query("""
                SELECT 'figure' AS kind, f.metric || ' ' || f.aspect || ' ' || f.status || ' ' || coalesce(f.period, '-') || ': '
                           || f.bound || ' ' || f.value::text || ' ' || f.unit AS summary,
                       f.zone_id, z.name AS zone, f.span_start, f.span_end, f.quote
                FROM figure f LEFT JOIN zone z ON z.id = f.zone_id WHERE f.document_id = \(id)
                UNION ALL
                SELECT 'event', e.kind || ' ' || e.date, e.zone_id, z.name, e.span_start, e.span_end, e.quote
                FROM event e JOIN zone z ON z.id = e.zone_id WHERE e.document_id = \(id)
                UNION ALL
                SELECT 'industry', 'leading industry: ' || i.name, i.zone_id, z.name, i.span_start, i.span_end, i.quote
                FROM industry i JOIN zone z ON z.id = i.zone_id WHERE i.document_id = \(id)
                ORDER BY 5, 6
                """, logger: logger).decode((String, String, Int64?, String?, Int32, Int32, String).self)
            {
                facts.append(LocatedFact(
                    kind: row.0, summary: row.1, zoneID: row.2, zone: row.3, spanStart: Int(row.4), spanEnd: Int(row.5), quote: row.6))
            }
            return StoredDocument(
                summary: summary, text: text, readableText: readable.utf8.count == text.utf8.count ? readable : text, facts: facts)
        }
    }

    private static let documentSummaryColumns = """
        SELECT d.id, d.title, d.source, d.language, d.published_date,
               (SELECT COUNT(*) FROM figure WHERE document_id = d.id) + (SELECT COUNT(*) FROM event WHERE document_id = d.id),
               d.facts_omitted, d.address,
               CASE WHEN d.cluster_id IS NOT NULL THEN d.cluster_id
                    WHEN EXISTS (SELECT 1 FROM document c WHERE c.cluster_id = d.id) THEN d.id END AS cluster,
               d.copy_of, d.copy_similarity, d.readable_length AS text_length
        FROM document d
        """

    private static func documentSummaries(
        _ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger
    ) async throws -> [DocumentSummary] {
        var summaries: [DocumentSummary] = []
        for try await row in try await connection.query(query, logger: logger).decode((String, String?, String, String?, String?, Int64, Int32, String?, String?, String?, Double?, Int32).self) {
            summaries.append(DocumentSummary(
                id: row.0, title: row.1, source: row.2, language: row.3, published: row.4, facts: Int(row.5), factsOmitted: Int(row.6),
                address: row.7, cluster: row.8, copyOf: row.9, copySimilarity: row.10, textLength: Int(row.11)))
        }
        return summaries
    }

    public func documentTexts(containing words: String?) async throws -> [DocumentText] {
        try await withConnection { connection, logger in
            var texts: [DocumentText] = []
            for try await row in try await connection.query("""
                SELECT d.id, d.title, d.published_date, t.body FROM document_text t JOIN document d ON d.id = t.document_id
                WHERE \(words)::text IS NULL OR t.words @@ plainto_tsquery('simple', \(words)) ORDER BY d.id
                """, logger: logger).decode((String, String?, String?, String).self)
            {
                texts.append(DocumentText(document: row.0, title: row.1, published: row.2, text: row.3))
            }
            return texts
        }
    }

    public func merge(_ source: StoredZone, into target: StoredZone) async throws {
        guard source.id != target.id else { throw StoreError.mergeIntoItself(source) }
        try await withConnection { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                try await connection.query("SELECT nextval('store_revision')", logger: logger)
                try await connection.query("""
                    INSERT INTO zone_correction (kind, alias, target_zone_id)
                    SELECT DISTINCT 'merge', lower(alias), \(target.id) FROM zone_alias WHERE zone_id = \(source.id)
                    ON CONFLICT (alias) DO UPDATE SET kind = 'merge', target_zone_id = EXCLUDED.target_zone_id
                    """, logger: logger)
                try await connection.query("""
                    INSERT INTO zone_alias (zone_id, alias, document_id, level)
                    SELECT \(target.id), alias, document_id, level FROM zone_alias WHERE zone_id = \(source.id) ON CONFLICT DO NOTHING
                    """, logger: logger)
                try await connection.query("UPDATE event SET zone_id = \(target.id) WHERE zone_id = \(source.id)", logger: logger)
                try await connection.query("UPDATE figure SET zone_id = \(target.id) WHERE zone_id = \(source.id)", logger: logger)
                try await connection.query("UPDATE industry SET zone_id = \(target.id) WHERE zone_id = \(source.id)", logger: logger)
                try await connection.query("UPDATE zone SET parent_id = \(target.id) WHERE parent_id = \(source.id)", logger: logger)
                try await connection.query(
                    "UPDATE zone_correction SET target_zone_id = \(target.id) WHERE target_zone_id = \(source.id)", logger: logger)
                try await connection.query("DELETE FROM zone WHERE id = \(source.id)", logger: logger)
            }
        }
    }

    @discardableResult
    public func split(_ alias: String, from zone: StoredZone) async throws -> StoredZone {
        let id: Int64 = try await withConnection { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                try await connection.query("SELECT nextval('store_revision')", logger: logger)
                var documents: [String] = []
                for try await document in try await connection.query(
                    "SELECT document_id FROM zone_alias WHERE zone_id = \(zone.id) AND lower(alias) = lower(\(alias))", logger: logger
                ).decode(String.self) { documents.append(document) }
                guard !documents.isEmpty else {
                    throw StoreError.neverNamed(zone, alias)
                }
                let key = "split:" + alias.lowercased()
                var created: Int64 = 0
                for try await value in try await connection.query("""
                    INSERT INTO zone (name, zone_key, zone_words, type, province, city)
                    SELECT \(alias), \(key), \(key), type, province, city FROM zone WHERE id = \(zone.id) RETURNING id
                    """, logger: logger).decode(Int64.self) { created = value }
                try await connection.query("""
                    INSERT INTO zone_correction (kind, alias, target_zone_id) VALUES ('split', \(alias.lowercased()), \(created))
                    ON CONFLICT (alias) DO UPDATE SET kind = 'split', target_zone_id = EXCLUDED.target_zone_id
                    """, logger: logger)
                try await connection.query(
                    "UPDATE zone_alias SET zone_id = \(created) WHERE zone_id = \(zone.id) AND lower(alias) = lower(\(alias))", logger: logger)
                for document in documents {
                    try await connection.query(
                        "UPDATE event SET zone_id = \(created) WHERE zone_id = \(zone.id) AND document_id = \(document)", logger: logger)
                    try await connection.query(
                        "UPDATE figure SET zone_id = \(created) WHERE zone_id = \(zone.id) AND document_id = \(document)", logger: logger)
                    try await connection.query(
                        "UPDATE industry SET zone_id = \(created) WHERE zone_id = \(zone.id) AND document_id = \(document)", logger: logger)
                }
                return created
            }
        }
        guard let created = try await findZones(String(id)).first else { throw StoreError.splitZoneVanished }
        return created
    }

    public func consistencyProblems() async throws -> [String] {
        try await withConnection { connection, logger in
            var problems: [String] = []
            for try await line in try await connection.query("""
                SELECT 'document without its text index: ' || id FROM document WHERE id NOT IN (SELECT document_id FROM document_text)
                """, logger: logger).decode(String.self) { problems.append(line) }
            return problems
        }
    }

    public func contentDigest() async throws -> String {
        try await withConnection { connection, logger in
            var lines: [String] = []
            for query in ContentDigestQueries.all {
                var part: [String] = []
                for try await line in try await connection.query(PostgresQuery(unsafeSQL: query), logger: logger).decode(String.self) {
                    part.append(line)
                }
                lines += part.sorted() + ["--"]
            }
            return ContentHash.sha256Hex(Array(lines.joined(separator: "\n").utf8))
        }
    }
}
#endif
