import ArgumentParser
import ZonebaseModel
import ZonebaseStorage

/// `zonebase figures`: figures with their sources.
struct FiguresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "List figures with their sources, filtered by zone, metric, period and status.")

    @Option(help: "A zone's name, alias or id.") var zone: String?
    @Option(help: "Only this metric.") var metric: Metric?
    @Option(help: "A period or its start (2011, 2011/2015).") var period: String?
    @Option(help: "Only this status.") var status: FigureStatus?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
    }

    func run() async throws {
        let database = try await store.open()
        var zoneID: Int64?
        if let zone {
            zoneID = try await ZoneLookup.zone(named: zone, in: database).id
        }
        let rows = try await database.figures(FigureFilter(
            zoneID: zoneID, metric: metric, period: period, status: status))
        try ExportTables.write(figures: rows, format: format ?? (OutputStream.standardOutput.isTerminal ? .table : .json))
    }
}

/// `zonebase search "words"`: documents by full-text search.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find documents containing all the given words, best first, with snippets.")

    @Argument(help: "The words to find.") var words: [String]
    @Option(help: "At most this many documents.") var limit = 20
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if words.isEmpty { throw ValidationError("give the words to search for") }
        if !(1...1000).contains(limit) { throw ValidationError("--limit must be between 1 and 1000") }
    }

    func run() async throws {
        let hits = try await store.open().search(words.joined(separator: " "), limit: limit)
        let rows = hits.map { [$0.document, $0.title, $0.snippet] }
        switch format ?? (OutputStream.standardOutput.isTerminal ? .table : .json) {
        case .json: OutputStream.standardOutput.write(try JSONOutput.encode(hits))
        case .csv: OutputStream.standardOutput.write(TextTable.csv(header: ["document", "title", "snippet"], rows: rows))
        case .table:
            OutputStream.standardOutput.write(hits.map { "\($0.document)  \($0.title)\n    \($0.snippet)" }.joined(separator: "\n") + "\n")
        }
    }
}
