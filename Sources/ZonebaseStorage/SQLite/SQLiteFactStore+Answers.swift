import Foundation
import GRDB

extension SQLiteFactStore {
    public func keptZoneAnswer(zoneID: Int64, kind: ZoneAnswerKind, basis: String) async throws -> KeptZoneAnswer {
        try await writer.read { db in
            let row = try Row.fetchOne(
                try db.cachedStatement(sql: """
                    SELECT s.generation, a.body
                    FROM (SELECT coalesce((SELECT generation FROM zone_answer_state WHERE zone_id = :zone), 0) AS generation) AS s
                    LEFT JOIN zone_answer a ON a.zone_id = :zone AND a.kind = :kind AND a.basis = :basis AND a.generation = s.generation
                    """),
                arguments: ["zone": zoneID, "kind": kind.rawValue, "basis": basis])
            let body: Data? = row?[1]
            return KeptZoneAnswer(generation: row?[0] ?? 0, body: body.map { [UInt8]($0) })
        }
    }

    public func keepZoneAnswer(_ body: [UInt8], zoneID: Int64, kind: ZoneAnswerKind, basis: String, generation: Int64) async throws {
        try await writer.write { db in
            // An answer made at an older generation never replaces one made at a newer.
            try db.cachedExecute(
                sql: """
                    INSERT INTO zone_answer (zone_id, kind, basis, generation, body) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (zone_id, kind) DO UPDATE SET basis = excluded.basis, generation = excluded.generation, body = excluded.body
                    WHERE excluded.generation >= zone_answer.generation
                    """,
                arguments: [zoneID, kind.rawValue, basis, generation, Data(body)])
        }
    }
}
