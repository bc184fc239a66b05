import ArgumentParser
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// `zonebase conflicts`: sources that disagree, each reading with its sources, one preferred by rule.
struct ConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Show facts on which sources disagree, all readings kept, the preferred one first with the reason.",
        discussion: """
            Figures conflict when the same subject, metric, aspect, status and period carry values that \
            differ beyond rounding; events when the same zone's event carries dates that cannot be the same \
            day. Preferred: the more precise statement, then government over newspaper over investment \
            portal over a copy, then the later report.
            """)

    @Option(help: "Only this zone (a name, alias or id).") var zone: String?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.open()
        var zoneID: Int64?
        if let zone { zoneID = try await ZoneLookup.zone(named: zone, in: database).id }
        let conflicts = try await QueryClock.measure("conflicts") {
            let figures = try await database.figures(FigureFilter(zoneID: zoneID))
            let events = try await database.allEvents().filter { zoneID == nil || $0.zoneID == zoneID }
            let counting = zoneID == nil
                ? try await ArticleCounting.of(database) : try await ArticleCounting.of(database, figures: figures, events: events)
            return ConflictFinder.conflicts(figures: counting.observations(figures), events: counting.events(events))
        }
        var rows: [[String]] = []
        for conflict in conflicts {
            let topic: String
            switch conflict.topic {
            case .figure(let metric, let aspect, let unit, let status, let period):
                topic = "\(metric.rawValue) \(aspect.rawValue) \(unit.rawValue) \(status.rawValue) \(period?.description ?? "-")"
            case .eventDate(let kind):
                topic = "\(kind.rawValue) date"
            }
            for (index, reading) in conflict.readings.enumerated() {
                rows.append([
                    index == 0 ? conflict.subject.name : "", index == 0 ? topic : "", reading.value,
                    reading.sources.map { "\($0.document) (\($0.kind)): \"\($0.quote)\"" }.joined(separator: "; "),
                    index == 0 ? conflict.reason : "",
                ])
            }
        }
        try AnalysisFormatting.write(conflicts, header: ["subject", "fact", "reading", "sources", "preferred"], rows: rows, format: format)
    }
}
