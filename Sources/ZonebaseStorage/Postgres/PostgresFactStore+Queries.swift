#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

extension PostgresFactStore {
    private typealias ZoneRow = (Int64, String, String, String?, String?, String?, String?, String?, String?, String?, Int64)

    private static let zoneColumns = """
        SELECT z.id, z.name, z.type, z.level, z.province, z.city, p.name, z.name_zh, z.registry_name, z.registry_national_date,
               (SELECT COUNT(DISTINCT document_id) FROM zone_alias a WHERE a.zone_id = z.id)
        FROM zone z LEFT JOIN zone p ON p.id = z.parent_id
        """

    private static func zones(_ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger) async throws -> [StoredZone] {
        var zones: [StoredZone] = []
        for try await row in try await connection.query(query, logger: logger).decode(ZoneRow.self) {
            zones.append(StoredZone(
                id: row.0, name: row.1, type: ZoneType(rawValue: row.2) ?? .other, level: row.3.flatMap(ZoneLevel.init(rawValue:)),
                province: row.4, city: row.5, parent: row.6, documentCount: Int(row.10), nameZH: row.7, registryName: row.8,
                registryNationalDate: row.9))
        }
        return zones
    }

    public func zones(_ filter: ZoneFilter) async throws -> [StoredZone] {
        try await withConnection { connection, logger in
            let province = filter.province?.lowercased()
            return try await Self.zones(PostgresQuery(
                unsafeSQL: Self.zoneColumns + """
                     WHERE ($1::text IS NULL OR lower(z.province) = $1) AND ($2::text IS NULL OR z.level = $2)
                       AND ($3::text IS NULL OR z.type = $3)
                     ORDER BY lower(z.name)
                    """,
                binds: try Self.binds(province, filter.level?.rawValue, filter.type?.rawValue)), connection, logger)
        }
    }

    public func findZones(_ name: String) async throws -> [StoredZone] {
        try await withConnection { connection, logger in
            if let id = Int64(name) {
                return try await Self.zones(PostgresQuery(unsafeSQL: Self.zoneColumns + " WHERE z.id = $1", binds: try Self.binds(id)), connection, logger)
            }
            let exact = try await Self.zones(PostgresQuery(
                unsafeSQL: Self.zoneColumns + " WHERE z.id IN (SELECT zone_id FROM zone_alias WHERE lower(alias) = lower($1)) OR lower(z.name) = lower($1)",
                binds: try Self.binds(name)), connection, logger)
            if !exact.isEmpty { return exact }
            // Another form of the name: 芜湖经开区 for 芜湖经济技术开发区, 乐山高新区 for Leshan Hi-tech Zone.
            let key = ReferenceRegistry.bundled.key(for: name)
            if !key.words.isEmpty {
                let sameKey = try await Self.zones(PostgresQuery(
                    unsafeSQL: Self.zoneColumns + " WHERE z.zone_words = $1", binds: try Self.binds(key.words.joined(separator: " "))),
                    connection, logger
                ).filter { ReferenceRegistry.bundled.key(for: $0.name).matches(key) }
                if !sameKey.isEmpty { return sameKey }
            }
            let all = try await Self.zones(PostgresQuery(
                unsafeSQL: Self.zoneColumns + " WHERE z.id IN (SELECT zone_id FROM zone_alias WHERE strpos(lower(alias), lower($1)) > 0)",
                binds: try Self.binds(name)), connection, logger)
            let byKey = all.filter { ReferenceRegistry.bundled.key(for: $0.name).matches(key) }
            return byKey.isEmpty ? all : byKey
        }
    }

    public func profile(of zone: StoredZone, figures selection: ProfileFigures) async throws -> ZoneProfile {
        try await withConnection { connection, logger in
            var aliases: [String] = []
            for try await alias in try await connection.query(
                "SELECT DISTINCT alias FROM zone_alias WHERE zone_id = \(zone.id) ORDER BY alias", logger: logger).decode(String.self)
            {
                aliases.append(alias)
            }
            var events: [StoredEvent] = []
            for try await row in try await connection.query(
                """
                SELECT e.kind, e.date, e.authority, e.document_id, e.quote, d.source, d.published_date, e.span_start
                FROM event e JOIN document d ON d.id = e.document_id WHERE e.zone_id = \(zone.id) ORDER BY e.date, e.kind, e.document_id
                """,
                logger: logger).decode((String, String, String?, String, String, String, String?, Int32).self)
            {
                events.append(StoredEvent(
                    kind: EventKind(rawValue: row.0) ?? .established, date: row.1, authority: row.2, document: row.3, quote: row.4,
                    source: row.5, published: row.6, spanStart: Int(row.7)))
            }
            var industries: [String] = []
            for try await name in try await connection.query(
                "SELECT MIN(name) FROM industry WHERE zone_id = \(zone.id) GROUP BY lower(name) ORDER BY MIN(id)", logger: logger).decode(String.self)
            {
                industries.append(name)
            }
            let figures: [FigureRow]
            var figureCount = 0
            switch selection {
            case .all:
                figures = try await Self.figureRows(
                    "\(unescaped: Self.figureSelect) WHERE f.zone_id = \(zone.id) ORDER BY f.status, f.period DESC NULLS LAST, f.metric, f.id",
                    connection, logger)
                figureCount = figures.count
            case .latestActual:
                // The newest period of each metric, aspect and unit ('' for undated: any date is newer).
                figures = try await Self.figureRows(
                    """
                    WITH newest AS (
                        SELECT metric, aspect, unit, max(coalesce(period, '')) AS period FROM figure
                        WHERE zone_id = \(zone.id) AND status = 'actual' GROUP BY metric, aspect, unit)
                    \(unescaped: Self.figureSelect)
                    JOIN newest n ON n.metric = f.metric AND n.aspect = f.aspect AND n.unit = f.unit AND n.period = coalesce(f.period, '')
                    WHERE f.zone_id = \(zone.id) AND f.status = 'actual' ORDER BY f.status, f.period DESC NULLS LAST, f.metric, f.id
                    """,
                    connection, logger)
                for try await count in try await connection.query("SELECT COUNT(*) FROM figure WHERE zone_id = \(zone.id)", logger: logger)
                    .decode(Int.self)
                {
                    figureCount = count
                }
            }
            var subZones: [String] = []
            for try await name in try await connection.query(
                "SELECT name FROM zone WHERE parent_id = \(zone.id) ORDER BY name", logger: logger).decode(String.self)
            {
                subZones.append(name)
            }
            return ZoneProfile(
                zone: zone, aliases: aliases, events: events, industries: industries, subZones: subZones, figures: figures.map(\.figure),
                figureCount: figureCount)
        }
    }

    public func counts() async throws -> StoreCounts {
        try await withConnection { connection, logger in
            var values: [Int] = []
            for try await row in try await connection.query("""
                SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM zone), (SELECT COUNT(*) FROM event),
                       (SELECT COUNT(*) FROM figure), (SELECT COUNT(*) FROM industry)
                """, logger: logger).decode((Int64, Int64, Int64, Int64, Int64).self)
            {
                values = [row.0, row.1, row.2, row.3, row.4].map(Int.init)
            }
            return StoreCounts(documents: values[0], zones: values[1], events: values[2], figures: values[3], industries: values[4])
        }
    }

    /// The columns `figureRows` decodes; queries start with it (`"\(unescaped: figureSelect) WHERE …"`).
    static let figureSelect = """
        SELECT z.id || E'\\x1F' || z.name, f.subject, f.metric, f.value, f.unit, f.aspect, f.status, f.bound, f.period,
               f.is_conversion, f.document_id, f.quote,
               f.sentence || E'\\x1F' || f.span_start || E'\\x1F' || f.span_end || E'\\x1F' || coalesce(d.published_date, '')
                          || E'\\x1F' || coalesce(f.measure, '') || E'\\x1F' || d.source
        FROM figure f LEFT JOIN zone z ON z.id = f.zone_id JOIN document d ON d.id = f.document_id
        """

    static func figureRows(_ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger) async throws -> [FigureRow] {
        var rows: [FigureRow] = []
        for try await row in try await connection.query(query, logger: logger)
            .decode((String?, String, String, Double, String, String, String, String, String?, Bool, String, String, String).self)
        {
            // The first column packs the zone's id and name, the last one sentence, offsets, published
            // date, measure and source (tuples decode at most 13 columns here).
            let zone = row.0?.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let packed = row.12.split(separator: "\u{1F}", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            rows.append(FigureRow(zone: zone?.last, zoneID: zone?.first.flatMap { Int64($0) }, figure: StoredFigure(
                subject: row.1, metric: Metric(rawValue: row.2) ?? .other, value: row.3, unit: FigureUnit(rawValue: row.4) ?? .count,
                aspect: Aspect(rawValue: row.5) ?? .level, status: FigureStatus(rawValue: row.6) ?? .actual,
                bound: Bound(rawValue: row.7) ?? .exact, period: row.8, isConversion: row.9, document: row.10, quote: row.11,
                sentence: packed.first ?? "", measure: packed.count > 4 && !packed[4].isEmpty ? packed[4] : nil,
                spanStart: packed.count > 1 ? Int(packed[1]) ?? 0 : 0,
                spanEnd: packed.count > 2 ? Int(packed[2]) ?? 0 : 0, source: packed.count > 5 ? packed[5] : "",
                published: packed.count > 3 && !packed[3].isEmpty ? packed[3] : nil)))
        }
        return rows
    }

    /// Binds for a query written with `$1`, `$2`, … placeholders (values, never SQL text).
    static func binds(_ values: (any PostgresDynamicTypeEncodable)?...) throws -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values {
            if let value { bindings.append(value) } else { bindings.appendNull() }
        }
        return bindings
    }
}
#endif
