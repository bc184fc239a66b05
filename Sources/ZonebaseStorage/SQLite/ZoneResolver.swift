import GRDB
import ZonebaseModel

/// Finds the stored zone a mention names, or creates one. Names merge when their ``ZoneKey``s
/// match (the same distinguishing words, no conflicting kinds). A name with no distinguishing words
/// ("Hi-tech Industrial Development Zone") is never merged across documents: a wrong merge is worse
/// than a duplicate.
enum ZoneResolver {
    static func resolve(_ zone: Zone, documentID: String, in db: Database) throws -> Int64 {
        // A user's correction wins over the rules, and survives re-ingest.
        if let correction = try db.cachedRow(
            sql: "SELECT kind, target_zone_id FROM zone_correction WHERE alias = ?", arguments: [zone.name.lowercased()])
        {
            let kind: String = correction["kind"]
            if kind == "merge", let target: Int64 = correction["target_zone_id"] {
                try addAlias(zone, to: target, documentID: documentID, in: db)
                return target
            }
        }
        let isSplit = try db.cachedExists(
            sql: "SELECT 1 FROM zone_correction WHERE alias = ? AND kind = 'split'", arguments: [zone.name.lowercased()])
        let key = ReferenceRegistry.bundled.key(for: zone.name, city: zone.city)
        let storedKey = isSplit ? "split:\(zone.name.lowercased())"
            : key.words.isEmpty ? "doc:\(documentID):\(zone.name.lowercased())" : key.description
        let words = key.words.isEmpty || isSplit ? storedKey : key.words.joined(separator: " ")
        let candidates = try Row.fetchAll(
            try db.cachedStatement(sql: "SELECT id, zone_key, name, type, level, province, city FROM zone WHERE zone_words = ?"),
            arguments: [words])
        let match = candidates.first { row in
            let stored: String = row["zone_key"]
            if key.words.isEmpty || isSplit || stored.hasPrefix("split:") { return stored == storedKey }
            let kind = stored.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            return key.kind == nil || kind.isEmpty || kind == key.kind?.rawValue
        }
        let id: Int64
        if let match {
            id = match["id"]
            let name: String = match["name"]
            let storedType = ZoneType(rawValue: match["type"]) ?? .other
            let betterType = [.other, .industrialPark].contains(storedType) && zone.type != .other ? zone.type : storedType
            let level: String? = zone.level == .national ? "national" : match["level"] ?? zone.level?.rawValue
            try db.cachedExecute(
                sql: """
                    UPDATE zone SET name = ?, type = ?, level = ?, province = COALESCE(province, ?), city = COALESCE(city, ?),
                                    zone_key = CASE WHEN ? != '' AND zone_key NOT LIKE 'split:%' AND zone_key NOT LIKE 'doc:%'
                                                    THEN ? ELSE zone_key END
                    WHERE id = ?
                    """,
                arguments: [zone.name.count > name.count ? zone.name : name, betterType.rawValue, level, zone.province,
                            zone.city, key.kind?.rawValue ?? "", key.description, id])
        } else {
            try db.cachedExecute(
                sql: "INSERT INTO zone (name, zone_key, zone_words, type, level, province, city) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [zone.name, storedKey, words, zone.type.rawValue, zone.level?.rawValue, zone.province, zone.city])
            id = db.lastInsertedRowID
        }
        try addAlias(zone, to: id, documentID: documentID, in: db)
        return id
    }

    private static func addAlias(_ zone: Zone, to id: Int64, documentID: String, in db: Database) throws {
        // Link to the registry of national zones: official names and the date of national status.
        if let entry = ReferenceRegistry.bundled.entry(for: zone.name, city: zone.city) {
            try db.cachedExecute(
                sql: """
                    UPDATE zone SET name_zh = ?, registry_name = ?, registry_national_date = ?,
                                    province = COALESCE(province, ?), city = COALESCE(city, ?)
                    WHERE id = ?
                    """,
                arguments: [entry.nameZH, entry.nameEN, entry.nationalDate, entry.province, entry.city, id])
        }
        try db.cachedExecute(
            sql: "INSERT OR IGNORE INTO zone_alias (zone_id, alias, document_id, level) VALUES (?, ?, ?, ?)",
            arguments: [id, zone.name, documentID, zone.level?.rawValue])
        if zone.level == .national {
            try db.cachedExecute(sql: "UPDATE zone SET level = 'national' WHERE id = ?", arguments: [id])
        }
    }
}
