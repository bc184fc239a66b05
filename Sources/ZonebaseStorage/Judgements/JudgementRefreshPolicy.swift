/// What a refresh of the kept target judgements does, decided the same way by both stores: judge
/// every target again (nothing kept for this year and judge, or many zones changed), only the zones
/// that changed, or nothing (a writer's refresh after a large change leaves it to the next listing).
enum JudgementRefreshPolicy {
    /// More changed zones than this are judged again all together: one pass over every target
    /// reads the rows once, where zone by zone each would cost a few milliseconds of lookups.
    static let zonesJudgedOneByOne = 200

    enum Decision: Equatable {
        /// Leave it to a later refresh of the whole.
        case postpone
        /// Delete every kept judgement and judge every target.
        case judgeEverything
        /// Judge these zones' targets again (zone 0: figures about no zone).
        case judgeZones([Int64])
    }

    /// The decision, given what the kept judgements were made for (`judgedYear`, `judgedVersion`)
    /// and the zones marked stale since.
    static func decide(
        judgedYear: Int?, judgedVersion: String?, stale: [Int64], year: Int, judge: TargetJudge, scope: TargetJudgementRefresh.Scope
    ) -> Decision {
        let sameBasis = judgedYear == year && judgedVersion == judge.version
        guard sameBasis && stale.count <= zonesJudgedOneByOne else {
            return scope == .changedZonesOnly ? .postpone : .judgeEverything
        }
        return .judgeZones(stale)
    }

    /// What the refresh reports, with the judgements it wrote.
    static func result(_ decision: Decision, written: Int) -> TargetJudgementRefresh {
        switch decision {
        case .postpone: TargetJudgementRefresh(wasComplete: false, zones: 0, judgements: 0, isCurrent: false)
        case .judgeEverything: TargetJudgementRefresh(wasComplete: true, zones: 0, judgements: written)
        case .judgeZones(let zones): TargetJudgementRefresh(wasComplete: false, zones: zones.count, judgements: written)
        }
    }
}
