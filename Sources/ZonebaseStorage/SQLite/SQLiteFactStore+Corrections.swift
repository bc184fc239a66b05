import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    /// Merges zone `source` into `target`: every name, event, figure and industry of `source` moves
    /// to `target`, and the names are remembered so later ingests resolve them to `target` too.
    public func merge(_ source: StoredZone, into target: StoredZone) async throws {
        guard source.id != target.id else { throw StoreError.mergeIntoItself(source) }
        try await writer.write { db in
            try Self.bumpRevision(in: db)
            for alias in try String.fetchAll(db, sql: "SELECT DISTINCT alias FROM zone_alias WHERE zone_id = ?", arguments: [source.id]) {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO zone_correction (kind, alias, target_zone_id) VALUES ('merge', ?, ?)",
                    arguments: [alias.lowercased(), target.id])
            }
            try db.execute(sql: "UPDATE OR IGNORE zone_alias SET zone_id = ? WHERE zone_id = ?", arguments: [target.id, source.id])
            for table in ["event", "figure", "industry"] {
                try db.execute(sql: "UPDATE \(table) SET zone_id = ? WHERE zone_id = ?", arguments: [target.id, source.id])
            }
            try db.execute(sql: "UPDATE zone SET parent_id = ? WHERE parent_id = ?", arguments: [target.id, source.id])
            try db.execute(sql: "UPDATE zone_correction SET target_zone_id = ? WHERE target_zone_id = ?", arguments: [target.id, source.id])
            try db.execute(sql: "DELETE FROM zone WHERE id = ?", arguments: [source.id])
        }
    }

    /// Splits the name `alias` off `zone` into a zone of its own, with the facts of the documents that
    /// used that name; later ingests keep the name apart.
    /// - Returns: the new zone.
    @discardableResult
    public func split(_ alias: String, from zone: StoredZone) async throws -> StoredZone {
        let id: Int64 = try await writer.write { db in
            try Self.bumpRevision(in: db)
            let documents = try String.fetchAll(
                db, sql: "SELECT document_id FROM zone_alias WHERE zone_id = ? AND alias = ? COLLATE NOCASE", arguments: [zone.id, alias])
            guard !documents.isEmpty else { throw StoreError.neverNamed(zone, alias) }
            try db.execute(
                sql: """
                    INSERT INTO zone (name, zone_key, zone_words, type, level, province, city)
                    SELECT ?, ?, ?, type, NULL, province, city FROM zone WHERE id = ?
                    """,
                arguments: [alias, "split:\(alias.lowercased())", "split:\(alias.lowercased())", zone.id])
            let newID = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT OR REPLACE INTO zone_correction (kind, alias, target_zone_id) VALUES ('split', ?, ?)",
                arguments: [alias.lowercased(), newID])
            try db.execute(
                sql: "UPDATE zone_alias SET zone_id = ? WHERE zone_id = ? AND alias = ? COLLATE NOCASE", arguments: [newID, zone.id, alias])
            for document in documents {
                for table in ["event", "figure", "industry"] {
                    try db.execute(
                        sql: "UPDATE \(table) SET zone_id = ? WHERE zone_id = ? AND document_id = ?", arguments: [newID, zone.id, document])
                }
            }
            return newID
        }
        guard let created = try await findZones(String(id)).first else { throw StoreError.splitZoneVanished }
        return created
    }
}
