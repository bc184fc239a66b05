import Foundation
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

// What the templates render: plain values, already formatted. Mustache escapes every `{{field}}`.

struct HomeView {
    struct Tally {
        var name: String
        var count: Int
    }

    var documents: Int
    var zones: Int
    var figures: Int
    var events: Int
    var provinces: [Tally]
    var levels: [Tally]
    var recent: [DocumentItem]
}

/// A choice in a filter form.
struct Option {
    var value: String
    var selected: Bool
}

struct ZoneItem {
    var id: Int64
    var href: String
    var name: String
    var type: String
    var level: String
    var province: String
    var city: String
    var documents: Int

    init(_ zone: StoredZone) {
        id = zone.id
        href = "/zones/\(zone.id)"
        name = zone.name
        type = zone.type.rawValue
        level = zone.level?.rawValue ?? ""
        province = zone.province ?? ""
        city = zone.city ?? ""
        documents = zone.documentCount
    }
}

struct ZonesView {
    var zones: [ZoneItem]
    var count: Int
    var q: String
    var provinces: [Option]
    var levels: [Option]
    var types: [Option]
    var exportCSV: String
}

struct DocumentItem {
    var id: String
    var href: String
    var title: String
    var published: String
    var source: String
    var facts: Int

    init(_ summary: DocumentSummary) {
        id = summary.id
        href = "/documents/" + HTML.pathSegment(summary.id)
        title = summary.title ?? summary.id
        published = summary.published ?? ""
        source = summary.source
        facts = summary.facts
    }
}

struct DocumentsView {
    var documents: [DocumentItem]
}

struct ZoneLink {
    var id: Int64
    var name: String
    var href: String

    init(id: Int64, name: String) {
        self.id = id
        self.name = name
        self.href = "/zones/\(id)"
    }
}

struct DocumentView {
    var id: String
    var title: String
    var source: String
    var published: String
    var facts: Int
    var marked: Int
    /// Facts beyond the store's limit a document, not stored: "" when none.
    var omitted: String
    /// Built by ``Highlighter`` from escaped parts.
    var html: String
    var zones: [ZoneLink]
    var hasZones: Bool
}

struct SearchView {
    struct Hit {
        var document: String
        var href: String
        var title: String
        var snippet: String
    }

    var q: String
    var searched: Bool
    var hits: [Hit]
    var resultCount: Int
    /// The same list as CSV and as JSON.
    var exportCSV: String
    var exportJSON: String
}

struct CompareView {
    struct Row {
        var period: String
        var values: [String]
    }

    var metric: String
    var metrics: [Option]
    var zones: [ZoneLink]
    var choices: [Choice]
    var rows: [Row]
    /// Built by ``SVGChart`` from escaped parts.
    var chart: String
    var hasZones: Bool
    /// The same table as CSV.
    var exportCSV: String

    struct Choice {
        var id: Int64
        var name: String
        var checked: Bool
    }

    init(metric: Metric, columns: [(zone: StoredZone, points: [Series.Point])], allZones: [StoredZone], selected: Set<Int64>) {
        self.metric = metric.rawValue
        metrics = Metric.allCases.map { Option(value: $0.rawValue, selected: $0 == metric) }
        zones = columns.map { ZoneLink(id: $0.zone.id, name: $0.zone.name) }
        choices = allZones.map { Choice(id: $0.id, name: $0.name, checked: selected.contains($0.id)) }
        let periods = Set(columns.flatMap { $0.points.map(\.period) }).sorted { $0.description < $1.description }
        rows = periods.map { period in
            Row(period: period.description, values: columns.map { column in
                column.points.first { $0.period == period }.map { Format.amount($0.value) } ?? "–"
            })
        }
        chart = SVGChart(
            title: "\(metric.rawValue) by year", unit: "",
            lines: columns.map { column in
                SVGChart.Line(label: column.zone.name, points: column.points.map { (Double($0.period.lastYear), $0.value, Format.amount($0.value)) })
            }).render()
        hasZones = !columns.isEmpty
        exportCSV = "/export/compare.csv?metric=\(metric.rawValue)&zones=" + columns.map { String($0.zone.id) }.joined(separator: ",")
    }
}

/// Numbers as the pages show them.
enum Format {
    static func amount(_ value: Double) -> String { SVGChart.short(value) }

    static func amount(_ value: Double, _ unit: FigureUnit) -> String {
        switch unit {
        case .percent: String(format: "%.1f %%", value)
        case .cny: SVGChart.short(value) + " yuan"
        case .usd: SVGChart.short(value) + " US$"
        case .squareKilometres: String(format: "%g km²", value)
        case .count: SVGChart.short(value)
        }
    }

    static func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.1f %% a year", value)
    }
}
