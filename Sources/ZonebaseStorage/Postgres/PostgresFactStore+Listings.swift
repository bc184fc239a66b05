#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

extension PostgresFactStore {
    public func figures(_ filter: FigureFilter) async throws -> [FigureRow] {
        try await serialized { connection, logger in
            try await Self.figureRows(PostgresQuery(
                unsafeSQL: Self.figureSelect + """
                     WHERE ($1::bigint IS NULL OR f.zone_id = $1) AND ($2::text IS NULL OR f.metric = $2)
                       AND ($3::text IS NULL OR left(f.period, length($3)) = $3) AND ($4::text IS NULL OR f.status = $4)
                     ORDER BY z.name, f.metric, f.period, f.id
                    """,
                binds: try Self.binds(filter.zoneID, filter.metric?.rawValue, filter.period, filter.status?.rawValue)), connection, logger)
        }
    }

    public func search(_ words: String, limit: Int) async throws -> [SearchHit] {
        guard !words.split(whereSeparator: { $0.isWhitespace }).isEmpty else { return [] }
        return try await serialized { connection, logger in
            var hits: [SearchHit] = []
            // plainto_tsquery reads the words as words: no query syntax reaches the parser.
            for try await row in try await connection.query("""
                SELECT document_id, title,
                       ts_headline('simple', body, plainto_tsquery('simple', \(words)), 'StartSel=[, StopSel=], MaxWords=18, MinWords=8')
                FROM document_text WHERE words @@ plainto_tsquery('simple', \(words))
                ORDER BY ts_rank(words, plainto_tsquery('simple', \(words))) DESC, document_id LIMIT \(limit)
                """, logger: logger).decode((String, String, String).self)
            {
                hits.append(SearchHit(document: row.0, title: row.1, snippet: row.2))
            }
            return hits
        }
    }

    public func allEvents() async throws -> [EventRow] {
        try await serialized { connection, logger in
            var rows: [EventRow] = []
            for try await row in try await connection.query("""
                SELECT z.name, e.kind, e.date, e.authority, e.document_id, e.quote
                FROM event e JOIN zone z ON z.id = e.zone_id ORDER BY z.name, e.date
                """, logger: logger).decode((String, String, String, String?, String, String).self)
            {
                rows.append(EventRow(zone: row.0, event: StoredEvent(
                    kind: EventKind(rawValue: row.1) ?? .established, date: row.2, authority: row.3, document: row.4, quote: row.5)))
            }
            return rows
        }
    }

    public func merge(_ source: StoredZone, into target: StoredZone) async throws {
        guard source.id != target.id else { throw StoreError("cannot merge zone \(source.id) into itself") }
        try await serialized { connection, logger in
            try await Self.transaction(connection, logger) { connection in
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
        let id: Int64 = try await serialized { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                var documents: [String] = []
                for try await document in try await connection.query(
                    "SELECT document_id FROM zone_alias WHERE zone_id = \(zone.id) AND lower(alias) = lower(\(alias))", logger: logger
                ).decode(String.self) { documents.append(document) }
                guard !documents.isEmpty else {
                    throw StoreError("\"\(zone.name)\" was never named \"\(alias)\"; see its names with `zonebase show`")
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
        guard let created = try await findZones(String(id)).first else { throw StoreError("the split zone vanished") }
        return created
    }

    public func consistencyProblems() async throws -> [String] {
        try await serialized { connection, logger in
            var problems: [String] = []
            for try await line in try await connection.query("""
                SELECT 'document without its text index: ' || id FROM document WHERE id NOT IN (SELECT document_id FROM document_text)
                """, logger: logger).decode(String.self) { problems.append(line) }
            return problems
        }
    }

    public func contentDigest() async throws -> String {
        try await serialized { connection, logger in
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
