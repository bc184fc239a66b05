import GRDB
import ZonebaseModel

/// The zone rows a ``ZoneResolutionPlan`` reads and writes, in SQLite: statements only. SQLite runs
/// in the process, so one short statement per name costs less than building one large one.
enum SQLiteZoneRows {
    static let columns = "id, zone_key, zone_words, name, type, level, province, city, name_zh, registry_name, registry_national_date"

    /// The corrections of the document's names and the rows they may resolve to.
    static func lookups(for facts: DocumentFacts, in db: Database) throws -> ZoneLookups {
        var corrections: [String: ZoneNameCorrection] = [:]
        for alias in DocumentPlan.correctionKeys(in: facts) {
            if let row = try db.cachedRow(sql: "SELECT kind, target_zone_id FROM zone_correction WHERE alias = ?", arguments: [alias]),
               let kind = ZoneNameCorrection.Kind(rawValue: row["kind"])
            {
                corrections[alias] = ZoneNameCorrection(kind: kind, target: row["target_zone_id"])
            }
        }
        var zones: [ZoneRecord] = []
        for words in DocumentPlan.candidateWords(in: facts, corrections: corrections) {
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM zone WHERE zone_words = ?")
            zones += try Row.fetchAll(statement, arguments: [words]).map(record)
        }
        for id in DocumentPlan.correctionTargets(corrections) {
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM zone WHERE id = ?")
            zones += try Row.fetchAll(statement, arguments: [id]).map(record)
        }
        return ZoneLookups(corrections: corrections, zones: zones)
    }

    /// Creates and updates the rows and stores the names, as `plan` says.
    /// - Returns: the row id of each zone the plan refers to.
    static func write(_ plan: ZoneResolutionPlan, documentID: String, in db: Database) throws -> (ZoneReference) -> Int64 {
        var createdIDs: [Int64] = []
        for row in plan.created {
            try db.cachedExecute(
                sql: """
                    INSERT INTO zone (zone_key, zone_words, name, type, level, province, city, name_zh, registry_name,
                                      registry_national_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [row.key, row.words, row.name, row.type, row.level, row.province, row.city, row.nameZH,
                            row.registryName, row.registryNationalDate])
            createdIDs.append(db.lastInsertedRowID)
        }
        for row in plan.changed {
            try db.cachedExecute(
                sql: """
                    UPDATE zone SET zone_key = ?, name = ?, type = ?, level = ?, province = ?, city = ?, name_zh = ?,
                                    registry_name = ?, registry_national_date = ?
                    WHERE id = ?
                    """,
                arguments: [row.key, row.name, row.type, row.level, row.province, row.city, row.nameZH, row.registryName,
                            row.registryNationalDate, row.id])
        }
        let zoneID: (ZoneReference) -> Int64 = { [createdIDs] reference in
            switch reference {
            case .stored(let id): id
            case .planned(let index): createdIDs[index]
            }
        }
        for alias in plan.aliases {
            try db.cachedExecute(
                sql: "INSERT OR IGNORE INTO zone_alias (zone_id, alias, document_id, level) VALUES (?, ?, ?, ?)",
                arguments: [zoneID(alias.zone), alias.alias, documentID, alias.level])
        }
        return zoneID
    }

    private static func record(_ row: Row) -> ZoneRecord {
        ZoneRecord(
            id: row["id"], key: row["zone_key"], words: row["zone_words"], name: row["name"], type: row["type"],
            level: row["level"], province: row["province"], city: row["city"], nameZH: row["name_zh"],
            registryName: row["registry_name"], registryNationalDate: row["registry_national_date"])
    }
}
