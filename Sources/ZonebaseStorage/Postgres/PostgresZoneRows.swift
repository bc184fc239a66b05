#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

/// The zone rows a ``ZoneResolutionPlan`` reads and writes, in PostgreSQL: statements only, each a
/// few rows at once. Arrays cannot hold NULL here, so "" stands for it and NULLIF turns it back.
enum PostgresZoneRows {
    /// The corrections of `aliases` (lowered names).
    static func corrections(of aliases: [String], on connection: PostgresConnection, logger: Logger) async throws
        -> [String: ZoneNameCorrection]
    {
        var corrections: [String: ZoneNameCorrection] = [:]
        guard !aliases.isEmpty else { return corrections }
        for try await (alias, kind, target) in try await connection.query(
            "SELECT alias, kind, target_zone_id FROM zone_correction WHERE alias = ANY(\(aliases)::text[])", logger: logger
        ).decode((String, String, Int64?).self) {
            if let kind = ZoneNameCorrection.Kind(rawValue: kind) { corrections[alias] = ZoneNameCorrection(kind: kind, target: target) }
        }
        return corrections
    }

    /// The rows the document's names may resolve to, in one statement.
    static func lookups(
        for facts: DocumentFacts, corrections: [String: ZoneNameCorrection], on connection: PostgresConnection, logger: Logger
    ) async throws -> ZoneLookups {
        let words = DocumentPlan.candidateWords(in: facts, corrections: corrections)
        let targets = DocumentPlan.correctionTargets(corrections)
        var zones: [ZoneRecord] = []
        if !words.isEmpty || !targets.isEmpty {
            let rows = try await connection.query("""
                SELECT id, zone_key, zone_words, name, type, level, province, city, name_zh, registry_name, registry_national_date
                FROM zone WHERE zone_words = ANY(\(words)::text[]) OR id = ANY(\(targets)::bigint[]) ORDER BY id
                """, logger: logger)
            for try await row in rows.decode(
                (Int64, String, String, String, String, String?, String?, String?, String?, String?, String?).self)
            {
                zones.append(ZoneRecord(
                    id: row.0, key: row.1, words: row.2, name: row.3, type: row.4, level: row.5, province: row.6, city: row.7,
                    nameZH: row.8, registryName: row.9, registryNationalDate: row.10))
            }
        }
        return ZoneLookups(corrections: corrections, zones: zones)
    }

    /// Creates and updates the rows and stores the names, as `plan` says.
    /// - Returns: the row id of each zone the plan refers to.
    static func write(
        _ plan: ZoneResolutionPlan, documentID: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> @Sendable (ZoneReference) -> Int64 {
        var createdIDs: [Int64] = []
        if !plan.created.isEmpty {
            let rows = ZoneColumns(plan.created)
            // Ids are drawn first, so that each planned zone knows its row.
            for try await (_, id) in try await connection.query("""
                WITH ids AS (SELECT n, nextval(pg_get_serial_sequence('zone', 'id')) AS id FROM generate_series(1, \(rows.count)) AS n),
                created AS (
                    INSERT INTO zone (id, zone_key, zone_words, name, type, level, province, city, name_zh, registry_name,
                                      registry_national_date)
                    SELECT ids.id, z.key, z.words, z.name, z.type, NULLIF(z.level, ''), NULLIF(z.province, ''), NULLIF(z.city, ''),
                           NULLIF(z.name_zh, ''), NULLIF(z.registry_name, ''), NULLIF(z.national_date, '')
                    FROM unnest(\(rows.keys)::text[], \(rows.words)::text[], \(rows.names)::text[], \(rows.types)::text[],
                                \(rows.levels)::text[], \(rows.provinces)::text[], \(rows.cities)::text[], \(rows.namesZH)::text[],
                                \(rows.registryNames)::text[], \(rows.nationalDates)::text[]) WITH ORDINALITY
                         AS z(key, words, name, type, level, province, city, name_zh, registry_name, national_date, n)
                    JOIN ids USING (n)
                    RETURNING id)
                SELECT n, id FROM ids ORDER BY n
                """, logger: logger).decode((Int64, Int64).self)
            {
                createdIDs.append(id)
            }
        }
        let changed = plan.changed
        if !changed.isEmpty {
            let rows = ZoneColumns(changed)
            // Province and city only fill a gap: another writer may have set them meanwhile.
            try await connection.query("""
                UPDATE zone SET zone_key = z.key, name = z.name, type = z.type, level = NULLIF(z.level, ''),
                                province = COALESCE(zone.province, NULLIF(z.province, '')), city = COALESCE(zone.city, NULLIF(z.city, '')),
                                name_zh = NULLIF(z.name_zh, ''), registry_name = NULLIF(z.registry_name, ''),
                                registry_national_date = NULLIF(z.national_date, '')
                FROM unnest(\(changed.map(\.id))::bigint[], \(rows.keys)::text[], \(rows.names)::text[], \(rows.types)::text[],
                            \(rows.levels)::text[], \(rows.provinces)::text[], \(rows.cities)::text[], \(rows.namesZH)::text[],
                            \(rows.registryNames)::text[], \(rows.nationalDates)::text[])
                     AS z(id, key, name, type, level, province, city, name_zh, registry_name, national_date)
                WHERE zone.id = z.id
                """, logger: logger)
        }
        let zoneID: @Sendable (ZoneReference) -> Int64 = { [createdIDs] reference in
            switch reference {
            case .stored(let id): id
            case .planned(let index): createdIDs[index]
            }
        }
        if !plan.aliases.isEmpty {
            try await connection.query("""
                INSERT INTO zone_alias (zone_id, alias, document_id, level)
                SELECT zone, alias, \(documentID), NULLIF(level, '')
                FROM unnest(\(plan.aliases.map { zoneID($0.zone) })::bigint[], \(plan.aliases.map(\.alias))::text[],
                            \(plan.aliases.map { $0.level ?? "" })::text[]) AS a(zone, alias, level)
                ON CONFLICT DO NOTHING
                """, logger: logger)
        }
        return zoneID
    }
}

/// Zone rows as columns, for one multi-row statement.
private struct ZoneColumns {
    var count: Int
    var keys: [String], words: [String], names: [String], types: [String], levels: [String], provinces: [String]
    var cities: [String], namesZH: [String], registryNames: [String], nationalDates: [String]

    init(_ rows: [ZoneRecord]) {
        count = rows.count
        keys = rows.map(\.key)
        words = rows.map(\.words)
        names = rows.map(\.name)
        types = rows.map(\.type)
        levels = rows.map { $0.level ?? "" }
        provinces = rows.map { $0.province ?? "" }
        cities = rows.map { $0.city ?? "" }
        namesZH = rows.map { $0.nameZH ?? "" }
        registryNames = rows.map { $0.registryName ?? "" }
        nationalDates = rows.map { $0.registryNationalDate ?? "" }
    }
}
#endif
