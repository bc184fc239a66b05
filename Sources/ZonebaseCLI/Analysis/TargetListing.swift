import Foundation
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// Target assessments for the command line: from the store's kept judgements when they can answer
/// (judged as of the current year; refreshed first for the zones whose figures changed), else
/// judged here from the figures.
enum TargetListing {
    /// Assessments as kept by the store (their JSON) or as judged here.
    enum Answer {
        case kept([StoredTargetJudgement])
        case judged([TargetAssessment])

        /// The assessments themselves (kept ones decoded).
        func assessments() throws -> [TargetAssessment] {
            switch self {
            case .judged(let assessments): return assessments
            case .kept(let judgements):
                let decoder = JSONDecoder()
                return try judgements.map { try TargetAssessment(kept: $0, decoder: decoder) }
            }
        }
    }

    /// The judge of kept judgements.
    static let judge = TargetEvaluator.keptJudge

    /// Whether kept judgements are JSON as this command line writes it, so a listing can copy them
    /// out without decoding.
    static let keptAsWritten = TargetEvaluator.keptFormatting == JSONOutput.formatting

    /// The assessments of one zone's targets (or every target), only those of `status` when given,
    /// as of `today`; `clock` tells the current year, the year judgements are kept for.
    static func answer(
        in database: any KnowledgeBase, zoneID: Int64?, status: TargetAssessment.Status?, asOf today: PartialDate,
        clock: DayClock = .utc
    ) async throws -> Answer {
        // Kept judgements are for the current year only: judging as of another year must not
        // replace them (the next ordinary query would judge everything again).
        if today.year == clock.today.year,
           let kept = try await keptJudgements(in: database, zoneID: zoneID, status: status, year: today.year)
        {
            return .kept(kept)
        }
        let rows = try await database.figures(FigureFilter(zoneID: zoneID, targetedOnly: true))
        let observations = try await ArticleCounting.of(database, figures: rows).observations(rows)
        return .judged(TargetEvaluator.assess(observations, asOf: today).filter { status == nil || $0.status == status })
    }

    /// Kept judgements, refreshed first when figures changed; `nil` when they cannot be kept (a
    /// read-only database): then the caller judges from the figures.
    private static func keptJudgements(
        in database: any KnowledgeBase, zoneID: Int64?, status: TargetAssessment.Status?, year: Int
    ) async throws -> [StoredTargetJudgement]? {
        let filter = TargetJudgementFilter(zoneID: zoneID, status: status?.rawValue)
        if let kept = try await database.targetJudgements(filter, year: year, judgeVersion: judge.version) { return kept.items }
        do {
            try await database.refreshTargetJudgements(year: year, judge: judge)
        } catch {
            OutputStream.standardError.write("zonebase: could not keep the judgements of targets (\(error)); judging them from the figures\n")
            return nil
        }
        return try await database.targetJudgements(filter, year: year, judgeVersion: judge.version)?.items
    }
}
