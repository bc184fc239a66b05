import ArgumentParser
import Foundation
import ZonebaseModel
import ZonebaseStorage

/// How query results are printed.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `zonebase zones`: lists the zones of the knowledge base.
struct ZonesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zones", abstract: "List the zones in the knowledge base.")

    @Option(help: "Only zones in this province.") var province: String?
    @Option(help: "Only zones of this level (national, provincial, municipal).") var level: String?
    @Option(help: "Only zones of this type (high-tech, economic-technological, industrial-park, free-trade, new-area, other).")
    var type: String?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let level, ZoneLevel(rawValue: level) == nil {
            throw ValidationError("--level \(level) is not a level; use national, provincial or municipal")
        }
        if let type, ZoneType(rawValue: type) == nil {
            throw ValidationError("--type \(type) is not a zone type; use one of \(ZoneType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let filter = ZoneFilter(province: province, level: level.flatMap(ZoneLevel.init), type: type.flatMap(ZoneType.init))
        let zones = try await store.open().zones(filter)
        let format = self.format ?? (OutputStream.standardOutput.isTerminal ? .table : .json)
        let rows = zones.map { zone in
            [String(zone.id), zone.name, zone.type.rawValue, zone.level?.rawValue ?? "", zone.province ?? "", zone.city ?? "",
             zone.parent ?? "", String(zone.documentCount)]
        }
        let header = ["id", "name", "type", "level", "province", "city", "parent", "documents"]
        switch format {
        case .table: OutputStream.standardOutput.write(TextTable.render(header: header, rows: rows))
        case .csv: OutputStream.standardOutput.write(TextTable.csv(header: header, rows: rows))
        case .json: OutputStream.standardOutput.write(try JSONOutput.encode(zones))
        }
    }
}
