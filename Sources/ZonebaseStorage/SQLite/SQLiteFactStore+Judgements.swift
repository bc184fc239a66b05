import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    @discardableResult
    public func refreshTargetJudgements(
        year: Int, judge: TargetJudge, scope: TargetJudgementRefresh.Scope
    ) async throws -> TargetJudgementRefresh {
        try await writer.write { db in
            let judged = try Row.fetchOne(db, sql: "SELECT year, judge_version FROM target_judgement_state WHERE id = 1")
            let stale = try Int64.fetchAll(db, sql: "SELECT zone_key FROM target_judgement_stale ORDER BY zone_key")
            let decision = JudgementRefreshPolicy.decide(
                judgedYear: judged?[0], judgedVersion: judged?[1], stale: stale, year: year, judge: judge, scope: scope)
            var written = 0
            switch decision {
            case .postpone:
                return JudgementRefreshPolicy.result(decision, written: 0)
            case .judgeEverything:
                let copies = try Self.copies(in: db)
                try db.execute(sql: "DELETE FROM target_judgement")
                let figures = try Row.fetchAll(db, sql: Self.targetedFiguresSQL(zoneID: nil, conditions: "1", ordered: false)).map(Self.figureRow)
                written = try Self.keep(try judge.judge(figures, copies, year), in: db)
            case .judgeZones(let zones):
                for zoneKey in zones {
                    try db.execute(sql: "DELETE FROM target_judgement WHERE zone_key = ?", arguments: [zoneKey])
                    let figures = try Row.fetchAll(
                        db,
                        sql: zoneKey == 0 ? Self.unzonedTargetedFiguresSQL : Self.targetedFiguresSQL(zoneID: zoneKey, conditions: "f.zone_id = ?"),
                        arguments: zoneKey == 0 ? [] : [zoneKey, zoneKey]
                    ).map(Self.figureRow)
                    let copies = try Self.copies(in: db, inClustersOf: Set(figures.map(\.figure.document)))
                    written += try Self.keep(try judge.judge(figures, copies, year), in: db)
                }
            }
            try db.execute(sql: "DELETE FROM target_judgement_stale")
            try db.execute(sql: "UPDATE target_judgement_state SET year = ?, judge_version = ? WHERE id = 1", arguments: [year, judge.version])
            return JudgementRefreshPolicy.result(decision, written: written)
        }
    }

    public func targetJudgements(_ filter: TargetJudgementFilter, year: Int, judgeVersion: String) async throws -> KeptTargetJudgements? {
        try await writer.read { db in
            let current = try Bool.fetchOne(db, sql: """
                SELECT year = ? AND judge_version = ? AND NOT EXISTS (SELECT 1 FROM target_judgement_stale)
                FROM target_judgement_state WHERE id = 1
                """, arguments: [year, judgeVersion]) ?? false
            guard current else { return nil }
            var clauses: [String] = []
            var arguments = StatementArguments()
            if let zoneID = filter.zoneID { clauses.append("zone_key = ?"); arguments += [zoneID] }
            if let status = filter.status { clauses.append("status = ?"); arguments += [status] }
            let conditions = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM target_judgement WHERE \(conditions)", arguments: arguments) ?? 0
            // A cursor reads each value straight from SQLite (fetchAll would copy every row first).
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT zone_key, subject, metric, aspect, status, payload FROM target_judgement
                    WHERE \(conditions) ORDER BY subject, metric, aspect, id LIMIT ? OFFSET ?
                    """,
                arguments: arguments + [filter.limit ?? -1, filter.offset])
            var judgements: [StoredTargetJudgement] = []
            while let row = try rows.next() {
                let zoneKey: Int64 = row[0]
                judgements.append(StoredTargetJudgement(
                    zoneID: zoneKey == 0 ? nil : zoneKey, subject: row[1], metric: Metric(rawValue: row[2]) ?? .other,
                    aspect: Aspect(rawValue: row[3]) ?? .level, status: row[4], payload: row[5]))
            }
            return KeptTargetJudgements(total: total, items: judgements)
        }
    }

    /// Stores judgements; returns how many.
    private static func keep(_ judgements: [StoredTargetJudgement], in db: Database) throws -> Int {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO target_judgement (zone_key, subject, metric, aspect, status, payload) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for judgement in judgements {
            try statement.execute(arguments: [
                judgement.zoneID ?? 0, judgement.subject, judgement.metric.rawValue, judgement.aspect.rawValue, judgement.status,
                judgement.payload,
            ])
        }
        return judgements.count
    }

    /// The figures targets are judged by: of one zone (`zoneID`, bound as the first argument; the
    /// conditions must restrict to it too) or of every subject, each target with the figures of its zone (or, for subjects that are no zone,
    /// of its subject) and metric; `conditions` narrow them further.
    static func targetedFiguresSQL(zoneID: Int64?, conditions: String, ordered: Bool = true) -> String {
        let order = ordered ? "ORDER BY z.name, f.metric, f.period, f.id" : ""
        if zoneID != nil {
            // One zone: its figures of the metrics it has targets for, all by the zone index.
            return """
                \(figureColumns)
                WHERE f.metric IN (SELECT metric FROM figure WHERE zone_id = ? AND +status = 'target') AND \(conditions)
                ORDER BY z.name, f.metric, f.period, f.id
                """
        }
        // From the targets (an index on status) to the figures of the same zone and metric,
        // or, for subjects that are no zone, of the same subject and metric.
        return """
            WITH targeted AS (SELECT DISTINCT zone_id, lower(subject) AS subject, metric FROM figure WHERE status = 'target')
            \(figureColumns) WHERE f.id IN (
                SELECT f.id FROM targeted t JOIN figure f ON f.zone_id = t.zone_id AND f.metric = t.metric
                UNION
                SELECT f.id FROM targeted t JOIN figure f ON t.zone_id IS NULL AND f.zone_id IS NULL
                                                          AND f.metric = t.metric AND lower(f.subject) = t.subject)
              AND \(conditions)
            \(order)
            """
    }

    /// The figures the targets of subjects that are no zone are judged by.
    static let unzonedTargetedFiguresSQL = """
        WITH targeted AS (SELECT DISTINCT lower(subject) AS subject, metric FROM figure WHERE status = 'target' AND zone_id IS NULL)
        \(figureColumns) WHERE f.id IN (
            SELECT f.id FROM targeted t JOIN figure f ON f.zone_id IS NULL AND f.metric = t.metric AND lower(f.subject) = t.subject)
        ORDER BY f.subject, f.metric, f.period, f.id
        """
}
