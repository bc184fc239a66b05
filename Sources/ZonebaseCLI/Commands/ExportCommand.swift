import ArgumentParser
import Foundation
import ZonebaseModel
import ZonebaseStorage

/// `zonebase export`: zones, events and figures with provenance, as CSV or JSON files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export zones, events and figures with their sources (document, quote) as CSV or JSON.",
        discussion: "Writes zones, events and figures files into --out (default: the current folder)."
    )

    @Option(help: "csv or json.") var format: QueryFormat = .csv
    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir")) var out = "."
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .table { throw ValidationError("export writes csv or json files; use --format csv or --format json") }
    }

    func run() async throws {
        let database = try await store.open()
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let zones = try await database.zones(ZoneFilter())
        let events = try await database.allEvents()
        let figures = try await database.figures(FigureFilter())
        let ext = format.rawValue
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent("\(name).\(ext)"), atomically: true, encoding: .utf8)
        }
        if format == .json {
            try write("zones", try JSONOutput.encode(zones))
            try write("events", try JSONOutput.encode(events))
            try write("figures", try JSONOutput.encode(figures))
        } else {
            try write("zones", TextTable.csv(
                header: ["id", "name", "type", "level", "province", "city", "parent", "documents"],
                rows: zones.map { [String($0.id), $0.name, $0.type.rawValue, $0.level?.rawValue ?? "", $0.province ?? "",
                                   $0.city ?? "", $0.parent ?? "", String($0.documentCount)] }))
            try write("events", TextTable.csv(
                header: ["zone", "event", "date", "authority", "document", "quote"],
                rows: events.map { [$0.zone, $0.event.kind.rawValue, $0.event.date, $0.event.authority ?? "", $0.event.document,
                                    $0.event.quote] }))
            try write("figures", ExportTables.figuresCSV(figures))
        }
        OutputStream.standardOutput.write(
            "wrote \(zones.count) zones, \(events.count) events, \(figures.count) figures as \(ext) into \(folder.path)\n")
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
