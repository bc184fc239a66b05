import ArgumentParser
import Foundation
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// `zonebase targets`: every target against the actuals of the same subject and metric.
struct TargetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Judge targets against actuals: met, missed, on track, behind or not yet known, with the evidence.",
        discussion: """
            A target is only judged by actuals of its own subject, metric and aspect (output value never \
            stands in for revenue). Before the deadline, the growth per year still needed is compared with \
            the growth achieved; after it, only an actual for the deadline decides. Judgements as of the \
            current year are kept in the database and judged again only for zones whose figures changed; \
            --as-of another year judges from the figures without replacing them.
            """)

    @Option(help: "Only this zone's targets (a name, alias or id).") var zone: String?
    @Option(help: "Only targets with this status.") var status: TargetAssessment.Status?
    @Option(help: "Judge as of this date (YYYY, YYYY-MM or YYYY-MM-DD); default today.") var asOf: String?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let asOf, PartialDate(iso: asOf) == nil { throw ValidationError("--as-of \(asOf) is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
    }

    func run() async throws {
        let database = try await store.open()
        var zoneID: Int64?
        if let zone { zoneID = try await ZoneLookup.zone(named: zone, in: database).id }
        let today = asOf.flatMap { PartialDate(iso: $0) } ?? DayClock.utc.today
        let answer = try await QueryClock.measure("targets") {
            try await TargetListing.answer(
                in: database, zoneID: zoneID, status: status, asOf: today)
        }
        if AnalysisFormatting.resolved(format) == .json, TargetListing.keptAsWritten, case .kept(let judgements) = answer {
            // Kept judgements are JSON already, written as JSON output is: copied out, not decoded.
            OutputStream.standardOutput.write(bytes: JSONOutput.array(ofEncoded: judgements.map(\.payload)))
            return
        }
        let assessments = try answer.assessments()
        let rows = assessments.map { item -> [String] in
            let target = item.target
            return [
                target.subject.name, target.metric.rawValue, target.aspect.rawValue,
                AnalysisFormatting.bound(target.bound) + AnalysisFormatting.amount(target.value, target.unit),
                target.period?.description ?? "-", item.status.rawValue,
                item.latest.map { "\(AnalysisFormatting.amount($0.value, target.unit)) (\($0.period))" } ?? "-",
                AnalysisFormatting.rate(item.requiredGrowth), AnalysisFormatting.rate(item.achievedGrowth),
                target.source.document, item.explanation,
            ]
        }
        try AnalysisFormatting.write(
            assessments,
            header: ["subject", "metric", "aspect", "target", "period", "status", "latest actual", "needed", "achieved", "source", "why"],
            rows: rows, format: format)
    }
}
