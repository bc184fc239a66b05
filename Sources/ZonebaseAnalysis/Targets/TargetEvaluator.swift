import Foundation
import ZonebaseModel

/// Judges targets: every target is matched to the actuals of the same subject, metric, aspect and
/// unit — never to another metric (output value is not revenue) — and given a status with its evidence.
public enum TargetEvaluator {
    /// Assessments of every target among `observations`, as of `today` (a passed deadline with no
    /// actual reported is "not yet known", not "missed").
    public static func assess(_ observations: [Observation], asOf today: PartialDate) -> [TargetAssessment] {
        let actuals = observations.filter { $0.status == .actual && !$0.isConversion && $0.period != nil }
        var actualsByTopic: [MeasureKey: [Observation]] = [:]
        for actual in actuals { actualsByTopic[MeasureKey(actual), default: []].append(actual) }
        var levelsBySubject: [MeasureKey: [Observation]] = [:]
        for actual in actuals where actual.aspect == .level { levelsBySubject[MeasureKey(actual).anyLevel, default: []].append(actual) }
        // Many targets share a subject and metric: their actuals become a series once.
        var pointsByTopic: [MeasureKey: [Series.Point]] = [:]
        return observations.filter { $0.status == .target && !$0.isConversion }.map { target in
            let topic = MeasureKey(target)
            let points: [Series.Point]
            if let known = pointsByTopic[topic] {
                points = known
            } else {
                points = actualPoints(for: target, actuals: actualsByTopic[topic] ?? [], levels: levelsBySubject[topic.anyLevel] ?? [])
                pointsByTopic[topic] = points
            }
            return assess(target, points: points, growths: actualsByTopic[topic.asGrowth] ?? [], today: today)
        }.sorted(by: inListingOrder)
    }

    /// The order of a listing: by subject, metric and aspect, then by deadline and source, so the
    /// same targets are listed alike whatever order their figures were read in.
    static func inListingOrder(_ lhs: TargetAssessment, _ rhs: TargetAssessment) -> Bool {
        let left = lhs.target, right = rhs.target
        if left.subject != right.subject { return left.subject < right.subject }
        if left.metric != right.metric { return left.metric.rawValue < right.metric.rawValue }
        if left.aspect != right.aspect { return left.aspect.rawValue < right.aspect.rawValue }
        let leftPeriod = left.period?.sortKey ?? (0, 0, 0, 0), rightPeriod = right.period?.sortKey ?? (0, 0, 0, 0)
        if leftPeriod != rightPeriod { return leftPeriod < rightPeriod }
        return (left.source.document, left.source.spanStart, left.value) < (right.source.document, right.source.spanStart, right.value)
    }

    /// The actuals a target of this subject, metric and aspect is judged by, oldest first: whole-year
    /// readings only (a first half says nothing of the year's total); for growth, derived growth
    /// when none is stated.
    static func actualPoints(for target: Observation, actuals: [Observation], levels: [Observation]) -> [Series.Point] {
        let usable = actuals.filter { [.year, .point].contains($0.shape) || (target.aspect != .level && $0.period?.end == nil) }
        var points = SeriesBuilder.series(usable).flatMap(\.points).sorted { $0.period.sortKey < $1.period.sortKey }
        if points.isEmpty, target.aspect == .growth, target.unit == .percent {
            // Growth between two years' levels, in the levels' most common unit.
            let derived = SeriesBuilder.series(levels.filter { $0.unit != .percent })
                .filter { $0.shape == .year || $0.shape == .point }
                .max { $0.points.count < $1.points.count }
                .map(DerivedFigureFinder.growth) ?? []
            points = derived.filter { $0.method == .growthBetweenLevels }.map { figure in
                Series.Point(period: figure.period, value: figure.value, bound: .exact, sources: figure.inputs.map(\.source), disagreeing: [])
            }
        }
        return points
    }

    static func assess(_ target: Observation, points: [Series.Point], growths: [Observation], today: PartialDate) -> TargetAssessment {
        guard let deadline = target.period?.lastYear else {
            return TargetAssessment(target: target, status: .notYetKnown, explanation: "the target states no deadline")
        }
        func evidence(_ point: Series.Point) -> TargetAssessment.Evidence {
            TargetAssessment.Evidence(period: point.period, value: point.value, sources: point.sources)
        }
        let upToDeadline = points.filter { $0.period.lastYear <= deadline }
        var assessment = TargetAssessment(target: target, status: .notYetKnown, deadline: deadline, explanation: "")
        guard let latest = upToDeadline.last else {
            assessment.explanation = "no actual \(target.metric.rawValue) \(target.aspect.rawValue) reported for \(target.subject)"
            return assessment
        }
        assessment.latest = evidence(latest)
        if latest.period.lastYear == deadline {
            let reached = reaches(latest.value, target.value, bound: target.bound)
            assessment.status = reached ? .met : .missed
            assessment.explanation = "\(format(latest.value)) in \(latest.period) against \(format(target.value))"
            return assessment
        }
        let years = Double(deadline - latest.period.lastYear)
        if target.aspect == .level {
            let required = DerivedFigureFinder.compoundGrowth(from: latest.value, to: target.value, years: years)
            assessment.requiredGrowth = required.isFinite ? required : nil
            if let baseline = upToDeadline.first, baseline.period.lastYear < latest.period.lastYear {
                assessment.baseline = evidence(baseline)
                let achieved = DerivedFigureFinder.compoundGrowth(
                    from: baseline.value, to: latest.value, years: Double(latest.period.lastYear - baseline.period.lastYear))
                assessment.achievedGrowth = achieved.isFinite ? achieved : nil
            } else if let stated = growths.first(where: { $0.period == latest.period && $0.unit == .percent }) {
                assessment.achievedGrowth = stated.value
            }
        }
        if deadline < today.year {
            assessment.explanation = "the deadline \(deadline) has passed and no actual for it is reported; latest: "
                + "\(format(latest.value)) in \(latest.period)"
            return assessment
        }
        if reaches(latest.value, target.value, bound: target.bound), target.aspect == .level {
            assessment.status = .onTrack
            assessment.explanation = "already \(format(latest.value)) in \(latest.period)"
        } else if let required = assessment.requiredGrowth, let achieved = assessment.achievedGrowth, required.isFinite, achieved.isFinite {
            assessment.status = achieved >= required ? .onTrack : .behind
            assessment.explanation = "needs \(format(required))% a year to \(deadline), achieved \(format(achieved))% a year"
        } else {
            assessment.explanation = "latest: \(format(latest.value)) in \(latest.period); not enough actuals to judge the pace"
        }
        return assessment
    }

    /// Whether `actual` reaches `target`: a ceiling ("under") is reached from below, anything else
    /// from above; "about" allows 2 %, rounding 0.5 %.
    static func reaches(_ actual: Double, _ target: Double, bound: Bound) -> Bool {
        let tolerance = abs(target) * (bound == .approx ? 0.02 : 0.005)
        return bound == .atMost ? actual <= target + tolerance : actual >= target - tolerance
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        if abs(value) >= 1e8 { return String(format: "%.2f billion", value / 1e9) }
        return value == value.rounded() ? String(Int64(value)) : String(format: "%.1f", value)
    }
}
