#if Postgres
import Logging
import PostgresNIO

extension PostgresFactStore {
    public func keptZoneAnswer(zoneID: Int64, kind: ZoneAnswerKind, basis: String) async throws -> KeptZoneAnswer {
        try await withConnection { connection, logger in
            let rows = try await connection.query(
                """
                SELECT s.generation, a.body
                FROM (SELECT coalesce((SELECT generation FROM zone_answer_state WHERE zone_id = \(zoneID)), 0) AS generation) AS s
                LEFT JOIN zone_answer a ON a.zone_id = \(zoneID) AND a.kind = \(kind.rawValue) AND a.basis = \(basis)
                                        AND a.generation = s.generation
                """, logger: logger
            ).decode((Int64, String?).self)
            for try await (generation, body) in rows {
                return KeptZoneAnswer(generation: generation, body: body.map { Array($0.utf8) })
            }
            return KeptZoneAnswer(generation: 0, body: nil)
        }
    }

    public func keepZoneAnswer(_ body: [UInt8], zoneID: Int64, kind: ZoneAnswerKind, basis: String, generation: Int64) async throws {
        let text = String(decoding: body, as: UTF8.self)
        _ = try await withConnection { connection, logger in
            // An answer made at an older generation never replaces one made at a newer.
            try await connection.query(
                """
                INSERT INTO zone_answer (zone_id, kind, basis, generation, body) VALUES (\(zoneID), \(kind.rawValue), \(basis), \(generation), \(text))
                ON CONFLICT (zone_id, kind) DO UPDATE SET basis = EXCLUDED.basis, generation = EXCLUDED.generation, body = EXCLUDED.body
                WHERE EXCLUDED.generation >= zone_answer.generation
                """, logger: logger)
        }
    }
}
#endif
