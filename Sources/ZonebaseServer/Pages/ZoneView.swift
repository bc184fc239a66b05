import Foundation
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// A zone's profile page.
struct ZoneView {
    struct Event {
        var date: String
        var kind: String
        /// Who decided it, when the source says.
        var authority: String?
        var href: String
        var document: String
        var quote: String
    }

    struct Industry {
        var name: String
        var category: String
    }

    struct Chart {
        var title: String
        var svg: String
    }

    /// A series of one or two points: shown as its values, not drawn.
    struct ShortSeries {
        var title: String
        var points: [PointLink]
    }

    /// One value of a series, linked to the sentence it came from.
    struct PointLink {
        var period: String
        var value: String
        var href: String
        var quote: String
    }

    struct Target {
        var metric: String
        var aspect: String
        var target: String
        var period: String
        var status: String
        /// The status as a class name (`status-not_yet_known`).
        var statusKey: String
        var progress: Int
        var latest: String
        var needed: String
        var achieved: String
        var explanation: String
        var href: String
    }

    struct ConflictLine {
        struct Reading {
            var value: String
            var sources: [SourceLink]
        }

        var fact: String
        var readings: [Reading]
        var reason: String
    }

    /// A link to the sentence a value came from.
    struct SourceLink {
        var document: String
        var href: String
        var quote: String
    }

    var id: Int64
    var name: String
    var nameZH: String?
    var type: String
    var level: String
    var place: String?
    var parent: String?
    var registry: String?
    var aliases: [String]
    var events: [Event]
    var industries: [Industry]
    var subZones: [String]
    var charts: [Chart]
    var shortSeries: [ShortSeries]
    var figures: ZoneFigures
    var targets: [Target]
    var conflicts: [ConflictLine]
    var figuresCSV: String
    var figuresJSON: String
    // Stored, not computed: templates see a value's stored properties only (they read it by reflection).
    var hasIndustries = false
    var hasSubZones = false
    var hasCharts = false
    var hasShortSeries = false
    var hasTargets = false
    var hasConflicts = false

    init(profile: ZoneProfile, observations: [Observation], targets assessments: [TargetAssessment], conflicts: [Conflict]) {
        let zone = profile.zone
        id = zone.id
        name = zone.name
        nameZH = zone.nameZH
        type = zone.type.rawValue
        level = zone.level?.rawValue ?? "not stated"
        let place = [zone.city, zone.province].compactMap { $0 }.joined(separator: ", ")
        self.place = place.isEmpty ? nil : place
        parent = zone.parent
        registry = zone.registryNationalDate.map { "national since \($0) (registry: \(zone.registryName ?? ""))" }
        aliases = profile.aliases
        events = profile.events.map { event in
            Event(date: event.date, kind: Format.label(event.kind.rawValue), authority: event.authority.flatMap { $0.isEmpty ? nil : $0 },
                  href: Format.sentenceLink(document: event.document, spanStart: event.spanStart), document: event.document,
                  quote: event.quote)
        }
        industries = profile.industries.map { Industry(name: $0, category: IndustryCategory(industry: $0).rawValue) }
        subZones = profile.subZones
        figuresCSV = "/export/zones/\(zone.id)/figures.csv"
        figuresJSON = "/api/v1/zones/\(zone.id)/figures"
        let series = SeriesBuilder.series(observations)
        let drawn = ZoneView.charts(series, targets: assessments)
        charts = drawn.charts
        shortSeries = drawn.short
        figures = ZoneFigures(profile.figures)
        targets = assessments.map { item in
            let progress = item.latest.map { latest in item.target.value > 0 ? min(100, max(0, Int(latest.value / item.target.value * 100))) : 0 } ?? 0
            return Target(
                metric: Format.label(item.target.metric.rawValue), aspect: Format.label(item.target.aspect.rawValue),
                target: Format.amount(item.target.value, item.target.unit), period: item.target.period?.description ?? "",
                status: Format.label(item.status.rawValue), statusKey: item.status.rawValue, progress: progress,
                latest: item.latest.map { "\(Format.amount($0.value, item.target.unit)) (\($0.period))" } ?? "–",
                needed: Format.rate(item.requiredGrowth), achieved: Format.rate(item.achievedGrowth), explanation: item.explanation,
                href: Format.sentenceLink(document: item.target.source.document, spanStart: item.target.source.spanStart))
        }
        self.conflicts = conflicts.map { conflict in
            let fact: String
            switch conflict.topic {
            case .figure(let metric, let aspect, let unit, let status, let period):
                fact = [Format.label(metric.rawValue), Format.label(aspect.rawValue), Format.label(status.rawValue),
                        period?.description ?? "no date", "(\(Format.unitLabel(unit)))"].joined(separator: " ")
            case .eventDate(let kind):
                fact = Format.label(kind.rawValue)
            }
            return ConflictLine(
                fact: fact,
                readings: conflict.readings.map { reading in
                    ConflictLine.Reading(value: reading.value, sources: reading.sources.map(ZoneView.link))
                },
                reason: conflict.reason)
        }
        hasIndustries = !industries.isEmpty
        hasSubZones = !subZones.isEmpty
        hasCharts = !charts.isEmpty
        hasShortSeries = !shortSeries.isEmpty
        hasTargets = !targets.isEmpty
        hasConflicts = !self.conflicts.isEmpty
    }

    /// A link to the sentence of `source`.
    static func link(_ source: SourceReference) -> SourceLink {
        SourceLink(document: source.document, href: Format.sentenceLink(document: source.document, spanStart: source.spanStart),
                   quote: source.quote)
    }

    /// One chart a metric: its yearly (or year-end) actual levels, with the targets of that metric. A
    /// series of one or two points is listed as values instead: a chart of one dot says nothing.
    static func charts(_ series: [Series], targets assessments: [TargetAssessment]) -> (charts: [Chart], short: [ShortSeries]) {
        var charts: [Chart] = []
        var short: [ShortSeries] = []
        let annual = series.filter {
            $0.status == .actual && $0.aspect == .level && ($0.shape == .year || $0.shape == .point) && $0.unit != .usd
        }
        for (metric, group) in Dictionary(grouping: annual, by: \.metric).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let main = group.max(by: { $0.points.count < $1.points.count }) else { continue }
            let title = "\(Format.label(metric.rawValue)) (\(Format.unitLabel(main.unit)))"
            func href(_ point: Series.Point) -> String { point.sources.first.map { link($0).href } ?? "" }
            if main.points.count < 3 {
                short.append(ShortSeries(title: title, points: main.points.map { point in
                    PointLink(period: point.period.description, value: Format.amount(point.value, main.unit), href: href(point),
                              quote: point.sources.first?.quote ?? "")
                }))
                continue
            }
            let targets = assessments.filter { $0.target.metric == metric && $0.target.aspect == .level && $0.target.unit == main.unit }
                .compactMap { item in
                    item.deadline.map { SVGChart.TargetLine(label: "target \(Format.amount(item.target.value, main.unit)) by \($0)",
                                                          value: item.target.value, deadline: Double($0)) }
                }
            let chart = SVGChart(
                title: title, unit: Format.unitLabel(main.unit),
                lines: [SVGChart.Line(label: "\(Format.label(metric.rawValue)), actual", points: main.points.map { point in
                    SVGChart.Point(year: Double(point.period.lastYear), value: point.value, text: Format.amount(point.value, main.unit),
                                   href: href(point))
                })],
                targets: targets)
            let svg = chart.render()
            if !svg.isEmpty { charts.append(Chart(title: title, svg: svg)) }
        }
        return (charts, short)
    }
}
