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

/// A choice in a filter form: the value sent, the words shown.
struct Option {
    var value: String
    var label: String
    var selected: Bool

    init(value: String, label: String? = nil, selected: Bool) {
        self.value = value
        self.label = label ?? value
        self.selected = selected
    }
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
        source = summary.address ?? DocumentView.fileName(summary.source)
        facts = summary.facts
    }
}

struct DocumentsView {
    var documents: [DocumentItem]
    /// Copies of an article not listed (each is on its canonical document's page).
    var hiddenCopies: Int
    var hasHiddenCopies: Bool
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
    /// The file it was read from, by name only (the server's folders are nobody's business).
    var source: String
    /// The address it was published at, "" when not known.
    var address: String, hasAddress: Bool
    var published: String
    /// Facts stored, and marked in the text.
    var facts, marked: Int
    /// Facts beyond the store's limit a document, not stored: "" when none.
    var omitted: String
    var hasOmitted: Bool
    /// Built by ``ReadingView`` from escaped parts.
    var html: String
    /// The lines of the page's chrome, hidden from the text.
    var chrome: [String]
    var hasChrome: Bool
    var zones: [ZoneLink]
    var hasZones: Bool
    var copies: Copies

    /// The other documents of its cluster of copies.
    struct Copies {
        struct Member {
            var id, href, published, address: String
            var similarity: String?
            var isCanonical: Bool
        }

        var members: [Member]
        var hasMembers: Bool
        var rule: String

        init(_ cluster: CopyCluster?, of document: DocumentSummary) {
            let all = cluster.map { [$0.canonical] + $0.copies } ?? []
            members = all.filter { $0.id != document.id }.map { member in
                Member(id: member.id, href: "/documents/" + HTML.pathSegment(member.id), published: member.published ?? "no date",
                       address: member.address ?? DocumentView.fileName(member.source),
                       similarity: member.copySimilarity.map { String(format: "%.0f %% alike", $0 * 100) },
                       isCanonical: member.id == cluster?.canonical.id)
            }
            hasMembers = !members.isEmpty
            rule = CopyCluster.rule
        }
    }

    /// `address` when it is an http(s) URL (a page may state anything, `javascript:` too), else "".
    static func webAddress(_ address: String?) -> String {
        guard let address, address.hasPrefix("https://") || address.hasPrefix("http://") else { return "" }
        return address
    }

    /// The last part of a path or URL: `/srv/docs/leshan.html` → `leshan.html`.
    static func fileName(_ source: String) -> String {
        source.split(separator: "/").last.map(String.init) ?? source
    }
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
    /// One cell: a zone's value for a period, linked to the sentence it came from ("–" when none).
    struct Cell {
        var value, href, quote: String
        var hasSource: Bool
    }

    struct Row {
        var period: String
        var cells: [Cell]
    }

    /// One of the form's five search boxes.
    struct Field {
        var number: Int
        var value: String
    }

    /// The metric as sent and as read.
    var metric, metricLabel: String
    var metrics: [Option]
    var zones: [ZoneLink]
    var fields: [Field]
    /// Every zone's name, for the search boxes' suggestions.
    var zoneNames: [String]
    var notices: [String]
    var rows: [Row]
    /// Built by ``SVGChart`` from escaped parts.
    var chart: String
    var hasChart: Bool
    var hasZones: Bool
    var hasNotices: Bool
    /// The same table as CSV.
    var exportCSV: String

    init(metric: Metric, columns: [(zone: StoredZone, unit: FigureUnit?, points: [Series.Point])], allZones: [StoredZone],
         notices: [String]) {
        self.metric = metric.rawValue
        metricLabel = Format.label(metric.rawValue)
        metrics = Metric.allCases.map { Option(value: $0.rawValue, label: Format.label($0.rawValue), selected: $0 == metric) }
        zones = columns.map { ZoneLink(id: $0.zone.id, name: $0.zone.name) }
        fields = (0..<5).map { Field(number: $0 + 1, value: $0 < columns.count ? columns[$0].zone.name : "") }
        zoneNames = Array(Set(allZones.map(\.name))).sorted()
        self.notices = notices
        let unit = columns.lazy.compactMap(\.unit).first ?? .cny
        let periods = Set(columns.flatMap { $0.points.map(\.period) }).sorted { $0.description < $1.description }
        rows = periods.map { period in
            Row(period: period.description, cells: columns.map { column in
                guard let point = column.points.first(where: { $0.period == period }) else {
                    return Cell(value: "–", href: "", quote: "", hasSource: false)
                }
                let source = point.sources.first
                return Cell(value: Format.amount(point.value, column.unit ?? unit),
                            href: source.map { Format.sentenceLink(document: $0.document, spanStart: $0.spanStart) } ?? "",
                            quote: source?.quote ?? "", hasSource: source != nil)
            })
        }
        // A chart of one or two dots says nothing the table does not: drawn from three years on.
        let drawn = columns.contains { $0.points.count >= 3 }
        chart = !drawn ? "" : SVGChart(
            title: "\(Format.label(metric.rawValue)) by year (\(Format.unitLabel(unit)))", unit: Format.unitLabel(unit),
            lines: columns.filter { ($0.unit ?? unit) == unit && !$0.points.isEmpty }.map { column in
                SVGChart.Line(label: column.zone.name, points: column.points.map { point in
                    SVGChart.Point(year: Double(point.period.lastYear), value: point.value, text: Format.amount(point.value, unit),
                                   href: point.sources.first.map { Format.sentenceLink(document: $0.document, spanStart: $0.spanStart) } ?? "")
                })
            }).render()
        hasZones = !columns.isEmpty
        hasChart = !chart.isEmpty
        hasNotices = !notices.isEmpty
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

    /// A value of a closed vocabulary as people read it: `added_value` → "added value", `gdp` → "GDP".
    static func label(_ raw: String) -> String {
        if let label = labels[raw] { return label }
        guard raw.utf8.contains(UInt8(ascii: "_")) else { return raw }
        return String(decoding: raw.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// The words of the values whose name is no phrase with its underscores made spaces.
    private static let labels = [
        "gdp": "GDP", "rd_spending": "R&D spending", "hitech_enterprises": "high-tech enterprises", "profit_tax": "profits and taxes",
    ]

    /// A unit as a chart's axis names it.
    static func unitLabel(_ unit: FigureUnit) -> String {
        switch unit {
        case .percent: "%"
        case .cny: "yuan"
        case .usd: "US dollars"
        case .squareKilometres: "km²"
        case .count: "number"
        }
    }

    /// `value` with its bound in words: "over 100 bn yuan", "about 12 km²".
    static func bounded(_ bound: Bound, _ value: String) -> String {
        switch bound {
        case .exact: value
        case .atLeast: "at least " + value
        case .atMost: "at most " + value
        case .approx: "about " + value
        }
    }

    /// The link to the sentence a fact came from, on its document's page (its mark's id is `at-START`).
    static func sentenceLink(document: String, spanStart: Int) -> String {
        "/documents/\(HTML.pathSegment(document))#at-\(spanStart)"
    }

    static func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.1f %% a year", value)
    }
}
