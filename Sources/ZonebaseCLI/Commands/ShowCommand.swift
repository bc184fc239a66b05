import ArgumentParser
import Foundation
import ZonebaseModel
import ZonebaseStorage

/// `zonebase show ZONE`: one zone's profile with every fact's source.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a zone's profile: names, status history, industries, figures and targets, with sources.",
        discussion: "ZONE is any name the zone was seen under (any case, or part of one), or its id. An ambiguous name lists the candidates."
    )

    @Argument(help: ArgumentHelp("A zone's name, alias or id.", valueName: "zone")) var zone: String
    @Option(help: "table (default on a terminal) or json.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.open()
        let candidates = try await database.findZones(zone)
        guard let match = candidates.first else {
            _ = try await ZoneLookup.zone(named: zone, in: database)  // throws, suggesting close names
            return
        }
        if candidates.count > 1 {
            let list = candidates.map { "  \($0.id)  \($0.name) [\($0.type.rawValue)]" }.joined(separator: "\n")
            OutputStream.standardError.write("\"\(zone)\" names \(candidates.count) zones; show one by its id:\n\(list)\n")
            throw ExitCode(1)
        }
        let profile = try await database.profile(of: match)
        if (format ?? (OutputStream.standardOutput.isTerminal ? .table : .json)) == .json {
            OutputStream.standardOutput.write(try JSONOutput.encode(profile))
        } else {
            OutputStream.standardOutput.write(ProfileRenderer.render(profile))
        }
    }
}

/// A zone profile as readable text.
enum ProfileRenderer {
    static func render(_ profile: ZoneProfile) -> String {
        let zone = profile.zone
        var lines = ["\(zone.name)  (id \(zone.id))"]
        lines.append("  type \(zone.type.rawValue), level \(zone.level?.rawValue ?? "not stated")"
            + ([zone.city, zone.province].compactMap { $0 }.isEmpty ? "" : ", " + [zone.city, zone.province].compactMap { $0 }.joined(separator: ", "))
            + (zone.parent.map { ", part of \($0)" } ?? ""))
        lines.append("  also named: " + profile.aliases.joined(separator: "; "))
        if let official = zone.nameZH {
            lines.append("  registry: \(official) (\(zone.registryName ?? "")), national since \(zone.registryNationalDate ?? "?")")
        }
        if !profile.events.isEmpty {
            lines.append("Status history:")
            for event in profile.events {
                lines.append("  \(event.date)  \(event.kind.rawValue)" + (event.authority.map { " by \($0)" } ?? "")
                    + "  [\(event.document): \"\(event.quote)\"]")
            }
        }
        if !profile.subZones.isEmpty { lines.append("Sub-parks: " + profile.subZones.joined(separator: "; ")) }
        if !profile.industries.isEmpty { lines.append("Leading industries: " + profile.industries.joined(separator: "; ")) }
        for (title, status) in [("Latest figures", FigureStatus.actual), ("Targets", .target), ("Expected", .expected)] {
            let all = profile.figures.filter { $0.status == status }
            let figures = status == .actual ? profile.latestActualFigures : all
            guard !figures.isEmpty else { continue }
            lines.append("\(title):")
            for figure in figures {
                lines.append("  \(figure.period ?? "-")  \(figure.metric.rawValue) \(figure.aspect.rawValue) \(figure.bound.rawValue) "
                    + "\(format(figure.value)) \(figure.unit.rawValue)\(figure.isConversion ? " (conversion)" : "")"
                    + "  [\(figure.document): \"\(figure.quote)\"]")
            }
            if figures.count < all.count {
                lines.append("  (\(all.count - figures.count) earlier figures: `zonebase series \(zone.id) --metric METRIC`)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
