import ArgumentParser
import Foundation
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// `zonebase rank`: zones by a metric for a period, among peers.
struct RankCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: "Rank zones by a metric (or its growth) for a period, within a province, type or level.")

    @Option(help: "The metric.") var metric: Metric
    @Option(help: "The year (or period start) to rank, e.g. 2011.") var period: String
    @Flag(help: "Rank by growth: stated growth rates, or growth derived from two years' levels.") var growth = false
    @Option(help: "Only zones in this province.") var province: String?
    @Option(help: "Only zones of this type.") var type: ZoneType?
    @Option(help: "Only zones of this level.") var level: ZoneLevel?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
    }

    func run() async throws {
        let database = try await store.open()
        let ranking = try await QueryClock.measure("rank") {
            // Without a filter every zone is a peer: no need to list them.
            let filtered = province != nil || level != nil || type != nil
            let peerIDs = filtered ? Set(try await database.zones(ZoneFilter(
                province: province, level: level, type: type)).map(\.id)) : []
            // Growth needs the year before too: its levels give the derived growth (both read at once).
            let previousYear = growth ? Int(period.prefix(4)).map { String($0 - 1) } : nil
            async let previous: [FigureRow] = {
                guard let previousYear else { return [] }
                return try await database.figures(FigureFilter(metric: metric, period: previousYear, status: .actual))
            }()
            let relevant = try await database.figures(FigureFilter(metric: metric, period: period, status: .actual)) + (try await previous)
            return Ranker.rank(try await ArticleCounting.of(database, figures: relevant).observations(relevant), metric: metric, aspect: growth ? .growth : .level, period: period) {
                $0.zoneID.map { !filtered || peerIDs.contains($0) } ?? false
            }
        }
        let rows = ranking.map { entry in
            [String(entry.rank), String(format: "%.0f", entry.percentile), entry.subject.name,
             AnalysisFormatting.amount(entry.value, entry.unit) + (entry.isDerived ? " (derived)" : ""), entry.period.description,
             entry.sources.map(\.document).joined(separator: "; ")]
        }
        try AnalysisFormatting.write(ranking, header: ["rank", "percentile", "zone", "value", "period", "sources"], rows: rows, format: format)
    }
}
