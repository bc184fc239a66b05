import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    private static let zoneColumns = """
        SELECT z.id, z.name, z.type, z.level, z.province, z.city, p.name AS parent, z.name_zh, z.registry_name,
               z.registry_national_date,
               (SELECT COUNT(DISTINCT document_id) FROM zone_alias a WHERE a.zone_id = z.id) AS documents
        FROM zone z LEFT JOIN zone p ON p.id = z.parent_id
        """

    private static func zone(_ row: Row) -> StoredZone {
        StoredZone(
            id: row["id"], name: row["name"], type: ZoneType(rawValue: row["type"]) ?? .other,
            level: (row["level"] as String?).flatMap(ZoneLevel.init(rawValue:)), province: row["province"],
            city: row["city"], parent: row["parent"], documentCount: row["documents"], nameZH: row["name_zh"],
            registryName: row["registry_name"], registryNationalDate: row["registry_national_date"])
    }

    public func zones(_ filter: ZoneFilter) async throws -> [StoredZone] {
        try await writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: Self.zoneColumns + """
                     WHERE (?1 IS NULL OR z.province = ?1 COLLATE NOCASE)
                       AND (?2 IS NULL OR z.level = ?2) AND (?3 IS NULL OR z.type = ?3)
                     ORDER BY z.name COLLATE NOCASE
                    """,
                arguments: [filter.province, filter.level?.rawValue, filter.type?.rawValue])
            return rows.map(Self.zone)
        }
    }

    public func findZones(_ name: String) async throws -> [StoredZone] {
        try await writer.read { db in
            if let id = Int64(name) {
                return try Row.fetchAll(db, sql: Self.zoneColumns + " WHERE z.id = ?", arguments: [id]).map(Self.zone)
            }
            let exact = try Row.fetchAll(
                db,
                sql: Self.zoneColumns + " WHERE z.id IN (SELECT zone_id FROM zone_alias WHERE alias = ? COLLATE NOCASE) OR z.name = ? COLLATE NOCASE",
                arguments: [name, name])
            if !exact.isEmpty { return exact.map(Self.zone) }
            // Another form of the name: 芜湖经开区 for 芜湖经济技术开发区, 乐山高新区 for Leshan Hi-tech Zone.
            let key = ReferenceRegistry.bundled.key(for: name)
            if !key.words.isEmpty {
                let sameKey = try Row.fetchAll(
                    db, sql: Self.zoneColumns + " WHERE z.zone_words = ?", arguments: [key.words.joined(separator: " ")]
                ).filter { ReferenceRegistry.bundled.key(for: $0["name"]).matches(key) }
                if !sameKey.isEmpty { return sameKey.map(Self.zone) }
            }
            // A part of a name ("Leshan").
            let all = try Row.fetchAll(
                db,
                sql: Self.zoneColumns + " WHERE z.id IN (SELECT zone_id FROM zone_alias WHERE instr(lower(alias), lower(?)) > 0)",
                arguments: [name])
            let byKey = all.filter { ReferenceRegistry.bundled.key(for: $0["name"]).matches(key) }
            return (byKey.isEmpty ? all : byKey).map(Self.zone)
        }
    }

    public func profile(of zone: StoredZone, figures selection: ProfileFigures) async throws -> ZoneProfile {
        try await writer.read { db in
            let aliases = try String.fetchAll(
                db, sql: "SELECT DISTINCT alias FROM zone_alias WHERE zone_id = ? ORDER BY alias", arguments: [zone.id])
            let events = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.kind, e.date, e.authority, e.document_id, e.quote, d.source, d.published_date, e.span_start
                    FROM event e JOIN document d ON d.id = e.document_id WHERE e.zone_id = ? ORDER BY e.date, e.kind, e.document_id
                    """,
                arguments: [zone.id]
            ).map { row in
                StoredEvent(
                    kind: EventKind(rawValue: row["kind"]) ?? .established, date: row["date"], authority: row["authority"],
                    document: row["document_id"], quote: row["quote"], source: row["source"], published: row["published_date"],
                    spanStart: row["span_start"])
            }
            let industries = try String.fetchAll(
                db, sql: "SELECT name FROM industry WHERE zone_id = ? GROUP BY lower(name) ORDER BY MIN(id)", arguments: [zone.id])
            let figures: [StoredFigure]
            let figureCount: Int
            switch selection {
            case .all:
                figures = try Row.fetchAll(
                    db,
                    sql: Self.figureColumns + " WHERE f.zone_id = ? ORDER BY f.status, f.period DESC, f.metric, f.id",
                    arguments: [zone.id]
                ).map(Self.figure)
                figureCount = figures.count
            case .latestActual:
                // The newest period of each metric, aspect and unit ('' for undated: any date is newer).
                // `+status`: the zone's index, not the status index (which holds most figures), must
                // find the rows; without statistics SQLite would choose either.
                figures = try Row.fetchAll(
                    db,
                    sql: """
                        WITH newest AS (
                            SELECT metric, aspect, unit, max(coalesce(period, '')) AS period FROM figure
                            WHERE zone_id = ? AND +status = 'actual' GROUP BY metric, aspect, unit)
                        \(Self.figureColumns)
                        JOIN newest n ON n.metric = f.metric AND n.aspect = f.aspect AND n.unit = f.unit AND n.period = coalesce(f.period, '')
                        WHERE f.zone_id = ? AND +f.status = 'actual' ORDER BY f.status, f.period DESC, f.metric, f.id
                        """,
                    arguments: [zone.id, zone.id]
                ).map(Self.figure)
                figureCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figure WHERE zone_id = ?", arguments: [zone.id]) ?? 0
            }
            let subZones = try String.fetchAll(db, sql: "SELECT name FROM zone WHERE parent_id = ? ORDER BY name", arguments: [zone.id])
            return ZoneProfile(
                zone: zone, aliases: aliases, events: events, industries: industries, subZones: subZones, figures: figures,
                figureCount: figureCount)
        }
    }

    /// The columns ``figure(_:)`` reads, with the figure's zone and document joined, in the order it
    /// reads them: by position, as looking a column up by name costs more than the rest of a row.
    static let figureColumns = """
        SELECT f.subject, f.metric, f.value, f.unit, f.aspect, f.status, f.bound, f.period, f.is_conversion,
               f.document_id, f.quote, f.sentence, f.span_start, f.span_end, d.source, d.published_date, z.name, f.zone_id,
               f.measure
        FROM figure f LEFT JOIN zone z ON z.id = f.zone_id JOIN document d ON d.id = f.document_id
        """

    static func figure(_ row: Row) -> StoredFigure {
        StoredFigure(
            subject: row[0], metric: Metric(rawValue: row[1]) ?? .other, value: row[2],
            unit: FigureUnit(rawValue: row[3]) ?? .count, aspect: Aspect(rawValue: row[4]) ?? .level,
            status: FigureStatus(rawValue: row[5]) ?? .actual, bound: Bound(rawValue: row[6]) ?? .exact,
            period: row[7], isConversion: row[8], document: row[9], quote: row[10],
            sentence: row[11], measure: row[18], spanStart: row[12], spanEnd: row[13], source: row[14],
            published: row[15])
    }

    /// A figure with its zone, read from a row of ``figureColumns``.
    static func figureRow(_ row: Row) -> FigureRow {
        FigureRow(zone: row[16], zoneID: row[17], figure: figure(row))
    }
}
