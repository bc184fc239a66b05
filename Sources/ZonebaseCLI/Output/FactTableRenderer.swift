import ZonebaseModel

/// Renders facts as a readable table for a terminal.
enum FactTableRenderer {
    /// A table of one document's facts, headed by its id.
    static func render(_ facts: DocumentFacts) -> String {
        var lines = ["== \(facts.documentID)" + (facts.publishedDate.map { "  (dated \($0))" } ?? "")]
        for fact in facts.facts {
            lines.append("  " + summary(of: fact) + "   \"" + fact.evidence.quote + "\"")
        }
        if facts.facts.isEmpty { lines.append("  (no facts)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line describing a fact.
    static func summary(of fact: Fact) -> String {
        switch fact {
        case .zone(let zone):
            let place = [zone.city, zone.province].compactMap { $0 }.joined(separator: ", ")
            return pad("zone") + zone.name + "  [\(zone.type.rawValue), \(zone.level?.rawValue ?? "level ?")"
                + (place.isEmpty ? "" : ", \(place)") + (zone.parent.map { ", part of \($0)" } ?? "") + "]"
        case .event(let event):
            return pad("event") + "\(event.kind.rawValue) \(event.date)" + (event.authority.map { " by \($0)" } ?? "")
                + "  (\(event.zone))"
        case .industry(let industry):
            return pad("industry") + industry.name + "  (\(industry.zone))"
        case .figure(let figure):
            let value = figure.unit == .count ? formatted(figure.value) : formatted(figure.value) + " " + figure.unit.rawValue
            return pad("figure") + "\(figure.metric.rawValue) \(value) \(figure.aspect.rawValue) \(figure.status.rawValue)"
                + " \(figure.bound.rawValue) \(figure.period?.description ?? "-")" + (figure.isConversion ? " (conversion)" : "")
                + "  (\(figure.subject))"
        }
    }

    private static func pad(_ kind: String) -> String {
        kind + String(repeating: " ", count: max(1, 10 - kind.count))
    }

    private static func formatted(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
