import Foundation
import ZonebaseModel

/// Runs ``CheckRule``s over facts.
public enum Checker {
    /// The breaches of `rules` among `figures` and `events`.
    public static func check(
        figures: [Observation], events: [EventObservation], rules: [CheckRule] = CheckRule.standard
    ) -> [Violation] {
        let actual = figures.filter { $0.status == .actual }
        let series = SeriesBuilder.series(actual)
        return rules.flatMap { rule -> [Violation] in
            switch rule.condition {
            case .partAtMostWhole(let part, let whole):
                partWithinWhole(rule, part: part, whole: whole, series: series)
            case .shareAtMostWhole:
                figures.filter { $0.aspect == .share && $0.unit == .percent && $0.value > 100.0001 }.map {
                    violation(rule, $0.subject, "\(Self.format($0.value)) % (\($0.metric.rawValue))", figures: [$0])
                }
            case .growthAgreesWithLevels(let tolerance):
                growthAgrees(rule, tolerance: tolerance, actual: actual, series: series)
            case .eventOrder(let earlier, let later):
                eventOrder(rule, earlier: earlier, later: later, events: events)
            case .plausibleExchangeRate(let range):
                exchangeRates(rule, range: range, figures: figures)
            }
        }
    }

    static func partWithinWhole(_ rule: CheckRule, part: Metric, whole: Metric, series: [Series]) -> [Violation] {
        var violations: [Violation] = []
        for parts in series where parts.metric == part && parts.aspect == .level {
            for wholes in series where wholes.metric == whole && wholes.aspect == .level && wholes.subject == parts.subject
                && wholes.unit == parts.unit && wholes.shape == parts.shape
            {
                for point in parts.points {
                    // Every reading of the part against the largest reading of the whole: sources that
                    // disagree are a conflict, but a part above every whole is an error.
                    guard let total = wholes.points.first(where: { $0.period == point.period }) else { continue }
                    let largestWhole = ([total.value] + total.disagreeing).max() ?? total.value
                    guard let largestPart = ([point.value] + point.disagreeing).max(), largestPart > largestWhole * 1.005 else { continue }
                    violations.append(violation(
                        rule, parts.subject,
                        "\(part.rawValue) \(format(largestPart)) > \(whole.rawValue) \(format(largestWhole)) in \(point.period)",
                        figures: observations(parts, point) + observations(wholes, total)))
                }
            }
        }
        return violations
    }

    static func growthAgrees(_ rule: CheckRule, tolerance: Double, actual: [Observation], series: [Series]) -> [Violation] {
        var violations: [Violation] = []
        let levels = series.filter { $0.aspect == .level && $0.shape == .year && $0.unit != .percent }
        for growth in actual where growth.aspect == .growth && growth.unit == .percent && growth.bound == .exact {
            guard let period = growth.period, period.end == nil, period.start.month == nil,
                  let run = levels.first(where: { $0.subject == growth.subject && $0.metric == growth.metric }),
                  let now = run.points.first(where: { $0.period == period }),
                  let before = run.points.first(where: { $0.period == .year(period.start.year - 1) }), before.value > 0
            else { continue }
            let implied = (now.value / before.value - 1) * 100
            guard abs(implied - growth.value) > tolerance else { continue }
            violations.append(violation(
                rule, growth.subject,
                "\(growth.metric.rawValue) grew \(format(growth.value)) % in \(period) by the text, \(format(implied)) % by the levels "
                    + "\(format(before.value)) → \(format(now.value))",
                figures: [growth] + observations(run, before) + observations(run, now)))
        }
        return violations
    }

    static func eventOrder(_ rule: CheckRule, earlier: EventKind, later: EventKind, events: [EventObservation]) -> [Violation] {
        var bySubject: [SubjectKey: [EventObservation]] = [:]
        for event in events { bySubject[event.subject, default: []].append(event) }
        var violations: [Violation] = []
        for (subject, events) in bySubject {
            for first in events where first.kind == earlier {
                for second in events where second.kind == later && isBefore(second.date, first.date) {
                    violations.append(violation(
                        rule, subject, "\(later.rawValue) \(second.date) before \(earlier.rawValue) \(first.date)", events: [first, second]))
                }
            }
        }
        return violations.sorted { $0.subject < $1.subject }
    }

    /// Strictly before, at the precision both dates share: 2012 is not before 2012-08.
    static func isBefore(_ first: PartialDate, _ second: PartialDate) -> Bool {
        if first.year != second.year { return first.year < second.year }
        guard let month = first.month, let otherMonth = second.month else { return false }
        if month != otherMonth { return month < otherMonth }
        guard let day = first.day, let otherDay = second.day else { return false }
        return day < otherDay
    }

    /// Each restatement against the figure it restates: the nearest figure before it in the same
    /// sentence of the same document, of the other currency and the same metric.
    static func exchangeRates(_ rule: CheckRule, range: ClosedRange<Double>, figures: [Observation]) -> [Violation] {
        var bySentence: [String: [Observation]] = [:]
        for figure in figures where figure.unit == .cny || figure.unit == .usd {
            bySentence[figure.source.document + "|" + figure.source.sentence, default: []].append(figure)
        }
        var violations: [Violation] = []
        for group in bySentence.values {
            for restated in group where restated.isConversion {
                guard let original = group.filter({
                    !$0.isConversion && $0.unit != restated.unit && $0.metric == restated.metric && $0.aspect == restated.aspect
                        && $0.source.spanStart < restated.source.spanStart
                }).max(by: { $0.source.spanStart < $1.source.spanStart }), original.value > 0, restated.value > 0
                else { continue }
                let rate = original.unit == .cny ? original.value / restated.value : restated.value / original.value
                guard !range.contains(rate) else { continue }
                violations.append(violation(
                    rule, original.subject,
                    "\"\(original.source.quote)\" restated as \"\(restated.source.quote)\": \(format(rate)) yuan to the dollar",
                    figures: [original, restated]))
            }
        }
        return violations.sorted { ($0.subject, $0.detail) < ($1.subject, $1.detail) }
    }

    private static func violation(
        _ rule: CheckRule, _ subject: SubjectKey, _ detail: String, figures: [Observation] = [], events: [EventObservation] = []
    ) -> Violation {
        Violation(rule: rule.id, severity: rule.severity, message: rule.message, subject: subject, detail: detail,
                  figures: figures, events: events)
    }

    private static func observations(_ series: Series, _ point: Series.Point) -> [Observation] {
        point.sources.map { source in
            Observation(subject: series.subject, metric: series.metric, value: point.value, unit: series.unit, aspect: series.aspect,
                        status: series.status, bound: point.bound, period: point.period, source: source)
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        if abs(value) >= 1e8 { return String(format: "%.2f billion", value / 1e9) }
        if abs(value) < 0.01 && value != 0 { return String(format: "%.6f", value) }
        return value == value.rounded() ? String(Int64(value)) : String(format: "%.2f", value)
    }
}
