import ArgumentParser
import Foundation
import ZonebaseModel
import ZonebaseStorage

/// `zonebase export`: zones, events and figures with provenance, as CSV or JSON files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export zones, events and figures with their sources (document, quote) as CSV or JSON.",
        discussion: """
            With --out, writes zones, events and figures files into that folder. Without it, writes one to standard output: \
            --format json gives one JSON document holding zones, events and figures; --format csv gives the table --table names \
            (without --table, the three CSV files go into the current folder). A CSV field a spreadsheet would run as a formula \
            is written as text.
            """
    )

    /// The tables an export holds.
    enum Table: String, CaseIterable, ExpressibleByArgument {
        case zones, events, figures
    }

    /// Everything as one JSON document.
    private struct Everything: Encodable {
        var zones: [StoredZone]
        var events: [EventRow]
        var figures: [FigureRow]
    }

    @Option(help: "csv or json.") var format: QueryFormat = .csv
    @Option(help: ArgumentHelp("The folder to write the files into (default: standard output, see above).", valueName: "dir"))
    var out: String?
    @Option(help: "The one table to write to standard output as CSV.") var table: Table?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .table { throw ValidationError("export writes csv or json; use --format csv or --format json") }
        if table != nil, out != nil { throw ValidationError("--table writes one table to standard output; leave out --out") }
        if table != nil, format == .json { throw ValidationError("--table is for csv; --format json writes all three in one document") }
    }

    func run() async throws {
        let database = try await store.open()
        let zones = try await database.zones(ZoneFilter())
        let events = try await database.allEvents()
        let figures = try await database.figures(FigureFilter())
        let tables: [(Table, String)] = try Table.allCases.map { table in
            switch (format, table) {
            case (.json, .zones): (table, try JSONOutput.encode(zones))
            case (.json, .events): (table, try JSONOutput.encode(events))
            case (.json, .figures): (table, try JSONOutput.encode(figures))
            case (_, .zones): (table, Self.zonesCSV(zones))
            case (_, .events): (table, Self.eventsCSV(events))
            case (_, .figures): (table, ExportTables.figuresCSV(figures))
            }
        }
        if out == nil, format == .json {
            OutputStream.standardOutput.write(try JSONOutput.encode(Everything(zones: zones, events: events, figures: figures)))
            return
        }
        if out == nil, let table, let text = tables.first(where: { $0.0 == table })?.1 {
            OutputStream.standardOutput.write(text)
            return
        }
        let folder = URL(fileURLWithPath: out ?? ".")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (table, text) in tables {
            try text.write(to: folder.appendingPathComponent("\(table.rawValue).\(format.rawValue)"), atomically: true, encoding: .utf8)
        }
        OutputStream.standardOutput.write(
            "wrote \(zones.count) zones, \(events.count) events, \(figures.count) figures as \(format.rawValue) into \(folder.path)\n")
    }

    private static func zonesCSV(_ zones: [StoredZone]) -> String {
        TextTable.csv(
            header: ["id", "name", "type", "level", "province", "city", "parent", "documents"],
            rows: zones.map { [String($0.id), $0.name, $0.type.rawValue, $0.level?.rawValue ?? "", $0.province ?? "",
                               $0.city ?? "", $0.parent ?? "", String($0.documentCount)] })
    }

    private static func eventsCSV(_ events: [EventRow]) -> String {
        TextTable.csv(
            header: ["zone", "event", "date", "authority", "document", "quote"],
            rows: events.map { [$0.zone, $0.event.kind.rawValue, $0.event.date, $0.event.authority ?? "", $0.event.document,
                                $0.event.quote] })
    }
}

/// Figures as tables, shared by `figures` and `export`.
enum ExportTables {
    static let figureHeader = ["zone", "subject", "metric", "value", "unit", "aspect", "status", "bound", "period",
                               "conversion", "document", "quote", "sentence", "span_start", "span_end", "source"]

    static func figureRows(_ rows: [FigureRow]) -> [[String]] {
        rows.map { row in
            let figure = row.figure
            return [row.zone ?? "", figure.subject, figure.metric.rawValue, formatted(figure.value), figure.unit.rawValue,
                    figure.aspect.rawValue, figure.status.rawValue, figure.bound.rawValue, figure.period ?? "",
                    figure.isConversion ? "true" : "false", figure.document, figure.quote, figure.sentence,
                    String(figure.spanStart), String(figure.spanEnd), figure.source]
        }
    }

    static func figuresCSV(_ rows: [FigureRow]) -> String {
        TextTable.csv(header: figureHeader, rows: figureRows(rows))
    }

    static func write(figures rows: [FigureRow], format: QueryFormat) throws {
        switch format {
        case .json: OutputStream.standardOutput.write(try JSONOutput.encode(rows))
        case .csv: OutputStream.standardOutput.write(figuresCSV(rows))
        case .table:
            let short = figureRows(rows).map { Array($0[0..<11]) }
            OutputStream.standardOutput.write(TextTable.render(header: Array(figureHeader[0..<11]), rows: short))
        }
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
