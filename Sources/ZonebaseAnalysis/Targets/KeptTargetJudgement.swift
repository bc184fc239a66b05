import Foundation
import Synchronization
import ZonebaseModel
public import ZonebaseStorage

extension TargetEvaluator {
    /// The version of the rules targets are judged by. Raise it with any change to what
    /// ``assess(_:asOf:)`` answers or to ``TargetAssessment``'s coding: judgements the store kept
    /// under another version are then judged again.
    public static let rulesVersion = 2

    /// How kept judgements are written: as the command line writes JSON, so a listing of them can be
    /// copied out as it is.
    public static let keptFormatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

    /// The judge every reader of the store keeps judgements with (the command line and the server
    /// alike: judgements kept by another judge would be judged again).
    public static let keptJudge = keptJudge(formatting: keptFormatting)

    /// A judge whose judgements are every target among the figures, judged as of the year (a
    /// target's status depends on the day only through its year: whether its deadline has passed),
    /// each kept as its JSON written with `formatting`, each article counted once (``ArticleCounting``).
    /// Zones are judged on every core at once (a target is only ever judged by figures of its own
    /// subject).
    static func keptJudge(formatting: JSONEncoder.OutputFormatting) -> TargetJudge {
        TargetJudge(version: "rules \(rulesVersion), JSON \(formatting.rawValue)") { rows, copies, year in
            let figures = ArticleCounting(copies).observations(rows)
            let parts = figures.count < 2_000 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
            let shares = Dictionary(grouping: figures) { Int(UInt64(bitPattern: $0.subject.zoneID ?? 0) % UInt64(parts)) }
            let judged = Mutex(Array(repeating: Result<[StoredTargetJudgement], any Error>.success([]), count: parts))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let result = Result { try judge(shares[part] ?? [], year: year, formatting: formatting) }
                judged.withLock { $0[part] = result }
            }
            return try judged.withLock { results in try results.flatMap { try $0.get() } }
        }
    }

    /// Judges the targets among `figures` as of `year` and encodes each judgement.
    private static func judge(_ figures: [Observation], year: Int, formatting: JSONEncoder.OutputFormatting) throws -> [StoredTargetJudgement] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return try assess(figures, asOf: PartialDate(year: year)).map { assessment in
            StoredTargetJudgement(
                zoneID: assessment.target.subject.zoneID, subject: assessment.target.subject.name.lowercased(),
                metric: assessment.target.metric, aspect: assessment.target.aspect, status: assessment.status.rawValue,
                payload: String(decoding: try encoder.encode(assessment), as: UTF8.self))
        }
    }
}

extension TargetAssessment {
    /// The assessment a kept judgement holds.
    /// - Throws: a decoding error when the judgement was not made by ``TargetEvaluator/keptJudge``.
    public init(kept judgement: StoredTargetJudgement, decoder: JSONDecoder = JSONDecoder()) throws {
        self = try decoder.decode(TargetAssessment.self, from: Data(judgement.payload.utf8))
    }
}
