import ArgumentParser
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// `zonebase series ZONE --metric M`: a zone's figures over time, one series per kind of period.
struct SeriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "Show a zone's figures of one metric over time, with derived growth and a small chart.",
        discussion: "Flows (a year's output), stocks (counts at a date), parts of a year and multi-year spans form separate series.")

    @Argument(help: ArgumentHelp("A zone's name, alias or id.", valueName: "zone")) var zone: String
    @Option(help: "The metric.") var metric: Metric
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
    }

    /// The series and what can be derived from them, for JSON.
    struct Result: Encodable {
        var series: [Series]
        var derived: [DerivedFigure]
    }

    func run() async throws {
        let database = try await store.open()
        let match = try await ZoneLookup.zone(named: zone, in: database)
        let result = try await QueryClock.measure("series") {
            let rows = try await database.figures(FigureFilter(zoneID: match.id, metric: metric))
            let observations = try await ArticleCounting.of(database, figures: rows).observations(rows)
            return Result(series: SeriesBuilder.series(observations), derived: DerivedFigureFinder.derive(observations))
        }
        var rows: [[String]] = []
        for series in result.series {
            let largest = series.points.map { abs($0.value) }.max() ?? 0
            for point in series.points {
                let bar = largest > 0 ? String(repeating: "#", count: max(1, Int((abs(point.value) / largest * 30).rounded()))) : ""
                rows.append([
                    "\(series.status.rawValue) \(series.aspect.rawValue) \(series.unit.rawValue) (\(series.shape))", point.period.description,
                    AnalysisFormatting.bound(point.bound) + AnalysisFormatting.amount(point.value, series.unit)
                        + (point.disagreeing.isEmpty ? "" : " (also: \(point.disagreeing.map { AnalysisFormatting.amount($0, series.unit) }.joined(separator: ", ")))"),
                    bar, point.sources.map(\.document).joined(separator: "; "),
                ])
            }
        }
        for derived in result.derived {
            rows.append(["derived \(derived.method.rawValue)", derived.period.description,
                         AnalysisFormatting.amount(derived.value, derived.unit), "", derived.inputs.map(\.source.document).joined(separator: "; ")])
        }
        OutputStream.standardOutput.write(AnalysisFormatting.resolved(format) == .table ? "\(match.name), \(metric.rawValue)\n" : "")
        try AnalysisFormatting.write(result, header: ["series", "period", "value", "chart", "sources"], rows: rows, format: format)
    }
}
