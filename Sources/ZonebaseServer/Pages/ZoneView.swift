import Foundation
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// A zone's profile page.
struct ZoneView {
    struct Event {
        var date: String
        var kind: String
        var authority: String
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

    struct FigureLine {
        var metric: String
        var aspect: String
        var period: String
        var value: String
        var href: String
        var document: String
        var quote: String
    }

    struct Target {
        var metric: String
        var aspect: String
        var target: String
        var period: String
        var status: String
        var progress: Int
        var latest: String
        var needed: String
        var achieved: String
        var explanation: String
        var href: String
    }

    struct ConflictLine {
        var fact: String
        var readings: String
        var reason: String
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
    var latest: [FigureLine]
    var targets: [Target]
    var conflicts: [ConflictLine]
    var figuresCSV: String
    var figuresJSON: String
    // Stored, not computed: templates see a value's stored properties only (they read it by reflection).
    var hasIndustries = false
    var hasSubZones = false
    var hasCharts = false
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
            Event(date: event.date, kind: event.kind.rawValue.replacingOccurrences(of: "_", with: " "), authority: event.authority ?? "",
                  href: "/documents/" + HTML.pathSegment(event.document), document: event.document, quote: event.quote)
        }
        industries = profile.industries.map { Industry(name: $0, category: IndustryCategory(industry: $0).rawValue) }
        subZones = profile.subZones
        figuresCSV = "/export/zones/\(zone.id)/figures.csv"
        figuresJSON = "/api/v1/zones/\(zone.id)/figures"
        let series = SeriesBuilder.series(observations)
        // One chart per metric: its yearly (or year-end) actual levels, with the targets of that metric.
        charts = Dictionary(grouping: series.filter {
            $0.status == .actual && $0.aspect == .level && ($0.shape == .year || $0.shape == .point) && $0.unit != .usd
        }, by: \.metric).sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { metric, group in
            guard let main = group.max(by: { $0.points.count < $1.points.count }) else { return nil }
            let targets = assessments.filter { $0.target.metric == metric && $0.target.aspect == .level && $0.target.unit == main.unit }
                .compactMap { item in item.deadline.map { SVGChart.TargetLine(label: "target \(Format.amount(item.target.value))", value: item.target.value, deadline: Double($0)) } }
            let chart = SVGChart(
                title: "\(metric.rawValue) (\(main.shape))", unit: main.unit.rawValue,
                lines: [SVGChart.Line(label: metric.rawValue, points: main.points.map { (Double($0.period.lastYear), $0.value, Format.amount($0.value, main.unit)) })],
                targets: targets)
            let svg = chart.render()
            return svg.isEmpty ? nil : Chart(title: metric.rawValue.replacingOccurrences(of: "_", with: " "), svg: svg)
        }
        latest = ZoneView.latestFigures(series).map { item in
            FigureLine(
                metric: item.series.metric.rawValue, aspect: item.series.aspect.rawValue, period: item.point.period.description,
                value: Format.amount(item.point.value, item.series.unit),
                href: item.point.sources.first.map { "/documents/\(HTML.pathSegment($0.document))#at-\($0.spanStart)" } ?? "",
                document: item.point.sources.first?.document ?? "", quote: item.point.sources.first?.quote ?? "")
        }
        targets = assessments.map { item in
            let progress = item.latest.map { latest in item.target.value > 0 ? min(100, max(0, Int(latest.value / item.target.value * 100))) : 0 } ?? 0
            return Target(
                metric: item.target.metric.rawValue, aspect: item.target.aspect.rawValue,
                target: Format.amount(item.target.value, item.target.unit), period: item.target.period?.description ?? "",
                status: item.status.rawValue, progress: progress,
                latest: item.latest.map { "\(Format.amount($0.value, item.target.unit)) (\($0.period))" } ?? "–",
                needed: Format.rate(item.requiredGrowth), achieved: Format.rate(item.achievedGrowth), explanation: item.explanation,
                href: "/documents/\(HTML.pathSegment(item.target.source.document))#at-\(item.target.source.spanStart)")
        }
        self.conflicts = conflicts.map { conflict in
            let fact: String
            switch conflict.topic {
            case .figure(let metric, let aspect, let unit, let status, let period):
                fact = "\(metric.rawValue) \(aspect.rawValue) \(status.rawValue) \(period?.description ?? "") (\(unit.rawValue))"
            case .eventDate(let kind):
                fact = kind.rawValue.replacingOccurrences(of: "_", with: " ")
            }
            return ConflictLine(
                fact: fact,
                readings: conflict.readings.map { "\($0.value) (\($0.sources.map(\.document).joined(separator: ", ")))" }.joined(separator: " vs "),
                reason: conflict.reason)
        }
        hasIndustries = !industries.isEmpty
        hasSubZones = !subZones.isEmpty
        hasCharts = !charts.isEmpty
        hasTargets = !targets.isEmpty
        hasConflicts = !self.conflicts.isEmpty
    }

    /// For each actual series, its newest point.
    static func latestFigures(_ series: [Series]) -> [(series: Series, point: Series.Point)] {
        series.filter { $0.status == .actual }.compactMap { series in series.points.last.map { (series, $0) } }
    }
}
