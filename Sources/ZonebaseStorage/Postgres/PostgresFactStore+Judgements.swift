#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

extension PostgresFactStore {
    @discardableResult
    public func refreshTargetJudgements(
        year: Int, judge: TargetJudge, scope: TargetJudgementRefresh.Scope
    ) async throws -> TargetJudgementRefresh {
        try await withConnection { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                // Writers in other processes mark zones through the triggers: the lock holds them
                // off until this refresh has judged what it read and cleared only those marks.
                try await connection.query("LOCK TABLE target_judgement_stale IN SHARE ROW EXCLUSIVE MODE", logger: logger)
                var judged: (year: Int?, version: String?) = (nil, nil)
                for try await row in try await connection.query(
                    "SELECT year, judge_version FROM target_judgement_state WHERE id = 1", logger: logger).decode((Int?, String?).self)
                {
                    judged = row
                }
                var stale: [Int64] = []
                for try await key in try await connection.query(
                    "SELECT zone_key FROM target_judgement_stale ORDER BY zone_key", logger: logger).decode(Int64.self)
                {
                    stale.append(key)
                }
                let decision = JudgementRefreshPolicy.decide(
                    judgedYear: judged.year, judgedVersion: judged.version, stale: stale, year: year, judge: judge, scope: scope)
                var written = 0
                switch decision {
                case .postpone:
                    return JudgementRefreshPolicy.result(decision, written: 0)
                case .judgeEverything:
                    let copies = try await Self.copies(connection, logger)
                    try await connection.query("DELETE FROM target_judgement", logger: logger)
                    let figures = try await Self.figureRows(
                        PostgresQuery(unsafeSQL: Self.figureSelect + " WHERE true" + Self.targetedCondition + " ORDER BY z.name, f.metric, f.period, f.id"),
                        connection, logger)
                    written = try await Self.keep(try judge.judge(figures, copies, year), connection, logger)
                case .judgeZones(let zones):
                    for zoneKey in zones {
                        try await connection.query("DELETE FROM target_judgement WHERE zone_key = \(zoneKey)", logger: logger)
                        let condition = zoneKey == 0 ? " WHERE f.zone_id IS NULL" : " WHERE f.zone_id = $1"
                        let figures = try await Self.figureRows(
                            PostgresQuery(
                                unsafeSQL: Self.figureSelect + condition + Self.targetedCondition + " ORDER BY z.name, f.metric, f.period, f.id",
                                binds: zoneKey == 0 ? PostgresBindings() : try Self.binds(zoneKey)),
                            connection, logger)
                        let copies = try await Self.copies(connection, logger, inClustersOf: Set(figures.map(\.figure.document)))
                        written += try await Self.keep(try judge.judge(figures, copies, year), connection, logger)
                    }
                }
                try await connection.query("DELETE FROM target_judgement_stale", logger: logger)
                try await connection.query("UPDATE target_judgement_state SET year = \(year), judge_version = \(judge.version) WHERE id = 1", logger: logger)
                return JudgementRefreshPolicy.result(decision, written: written)
            }
        }
    }

    public func targetJudgements(_ filter: TargetJudgementFilter, year: Int, judgeVersion: String) async throws -> KeptTargetJudgements? {
        try await withConnection { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                var current = false
                for try await value in try await connection.query("""
                    SELECT coalesce(year = \(year) AND judge_version = \(judgeVersion), false) AND NOT EXISTS (SELECT 1 FROM target_judgement_stale)
                    FROM target_judgement_state WHERE id = 1
                    """, logger: logger).decode(Bool.self)
                {
                    current = value
                }
                guard current else { return nil }
                let conditions = "WHERE ($1::bigint IS NULL OR zone_key = $1) AND ($2::text IS NULL OR status = $2)"
                var total = 0
                for try await count in try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM target_judgement " + conditions, binds: try Self.binds(filter.zoneID, filter.status)),
                    logger: logger
                ).decode(Int.self) {
                    total = count
                }
                var judgements: [StoredTargetJudgement] = []
                for try await row in try await connection.query(PostgresQuery(
                    unsafeSQL: """
                        SELECT zone_key, subject, metric, aspect, status, payload FROM target_judgement \(conditions)
                        ORDER BY subject COLLATE "C", metric, aspect, id LIMIT $3 OFFSET $4
                        """,
                    binds: try Self.binds(filter.zoneID, filter.status, filter.limit, filter.offset)), logger: logger
                ).decode((Int64, String, String, String, String, String).self) {
                    judgements.append(StoredTargetJudgement(
                        zoneID: row.0 == 0 ? nil : row.0, subject: row.1, metric: Metric(rawValue: row.2) ?? .other,
                        aspect: Aspect(rawValue: row.3) ?? .level, status: row.4, payload: row.5))
                }
                return KeptTargetJudgements(total: total, items: judgements)
            }
        }
    }

    /// Stores judgements; returns how many.
    private static func keep(_ judgements: [StoredTargetJudgement], _ connection: PostgresConnection, _ logger: Logger) async throws -> Int {
        for judgement in judgements {
            try await connection.query("""
                INSERT INTO target_judgement (zone_key, subject, metric, aspect, status, payload)
                VALUES (\(judgement.zoneID ?? 0), \(judgement.subject), \(judgement.metric.rawValue), \(judgement.aspect.rawValue),
                        \(judgement.status), \(judgement.payload))
                """, logger: logger)
        }
        return judgements.count
    }

    /// Restricts figures to those some target is judged by: of the same zone and metric as a
    /// target, or, for subjects that are no zone, of the same subject and metric.
    static let targetedCondition = """
         AND f.id IN (
            WITH targeted AS (SELECT DISTINCT zone_id, lower(subject) AS subject, metric FROM figure WHERE status = 'target')
            SELECT f.id FROM targeted t JOIN figure f ON f.zone_id = t.zone_id AND f.metric = t.metric
            UNION
            SELECT f.id FROM targeted t JOIN figure f ON t.zone_id IS NULL AND f.zone_id IS NULL
                                                      AND f.metric = t.metric AND lower(f.subject) = t.subject)
        """
}
#endif
