import ArgumentParser
import Foundation
import ZonebaseModel
import ZonebaseStorage

/// How query results are printed.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `zonebase zones`: lists the zones; `zones merge` and `zones split` correct how mentions were resolved.
struct ZonesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zones", abstract: "List the zones in the knowledge base, or correct them (merge, split).",
        subcommands: [ZonesListCommand.self, ZonesMergeCommand.self, ZonesSplitCommand.self],
        defaultSubcommand: ZonesListCommand.self)
}

/// `zonebase zones [list]`: the zones, filtered.
struct ZonesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the zones in the knowledge base.")

    @Option(help: "Only zones in this province.") var province: String?
    @Option(help: "Only zones of this level.") var level: ZoneLevel?
    @Option(help: "Only zones of this type.") var type: ZoneType?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
    }

    func run() async throws {
        let filter = ZoneFilter(province: province, level: level, type: type)
        let database = try await store.open()
        let zones = try await database.zones(filter)
        if zones.isEmpty, let province {
            // A province no zone is in: most likely misspelt.
            let known = Set(try await database.zones(ZoneFilter()).compactMap(\.province))
            if !known.contains(where: { $0.lowercased() == province.lowercased() }) {
                throw CLIError("no zone is in a province named \"\(province)\""
                    + ZoneLookup.didYouMean(NameSuggestions.closest(to: province, among: known.sorted())))
            }
        }
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


/// `zonebase zones merge A B`: A and B are one zone.
struct ZonesMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge zone A into zone B; later ingests keep A's names with B.")

    @Argument(help: "The zone to merge away (name, alias or id).") var source: String
    @Argument(help: "The zone that stays.") var target: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.open()
        let from = try await ZoneLookup.zone(named: source, in: database)
        let into = try await ZoneLookup.zone(named: target, in: database)
        try await database.merge(from, into: into)
        OutputStream.standardOutput.write("merged \(from.name) (id \(from.id)) into \(into.name) (id \(into.id))\n")
    }
}

/// `zonebase zones split ZONE ALIAS`: a name wrongly merged becomes its own zone.
struct ZonesSplitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split", abstract: "Split a name off a zone into a zone of its own; later ingests keep it apart.")

    @Argument(help: "The zone (name, alias or id).") var zone: String
    @Argument(help: "The name to split off, as listed by `zonebase show`.") var alias: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.open()
        let from = try await ZoneLookup.zone(named: zone, in: database)
        let created = try await database.split(alias, from: from)
        OutputStream.standardOutput.write("split \"\(alias)\" off \(from.name) into a zone of its own (id \(created.id))\n")
    }
}
