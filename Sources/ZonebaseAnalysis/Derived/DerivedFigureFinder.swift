import Foundation
import ZonebaseModel

/// Derives figures from stated ones: growth between levels, previous levels implied by growth,
/// compound annual growth over a span, shares where part and whole are known.
public enum DerivedFigureFinder {
    /// Parts and the wholes they belong to, for shares.
    static let partsOfWholes: [(part: Metric, whole: Metric)] = [
        (.hitechEnterprises, .enterprises), (.addedValue, .outputValue), (.exports, .revenue),
    ]

    /// Every figure derivable from the actual `observations`.
    public static func derive(_ observations: [Observation]) -> [DerivedFigure] {
        let actual = observations.filter { $0.status == .actual && !$0.isConversion && $0.bound != .atLeast && $0.bound != .atMost }
        let series = SeriesBuilder.series(actual)
        var derived: [DerivedFigure] = []
        for levels in series where levels.aspect == .level && (levels.shape == .year || levels.shape == .point) {
            derived += growth(levels)
        }
        derived += impliedPreviousLevels(actual)
        derived += shares(series)
        return derived
    }

    /// Year-on-year growth between consecutive annual levels, and the compound growth over the whole run.
    static func growth(_ levels: Series) -> [DerivedFigure] {
        let yearly = levels.points.filter { $0.period.end == nil && $0.value > 0 }
        var derived: [DerivedFigure] = []
        for (previous, next) in zip(yearly, yearly.dropFirst()) where next.period.start.year == previous.period.start.year + 1 {
            derived.append(DerivedFigure(
                subject: levels.subject, metric: levels.metric, value: (next.value / previous.value - 1) * 100, unit: .percent,
                aspect: .growth, period: next.period, method: .growthBetweenLevels,
                inputs: inputs(levels, previous) + inputs(levels, next)))
        }
        if let first = yearly.first, let last = yearly.last, last.period.start.year - first.period.start.year >= 2 {
            let years = Double(last.period.start.year - first.period.start.year)
            derived.append(DerivedFigure(
                subject: levels.subject, metric: levels.metric, value: compoundGrowth(from: first.value, to: last.value, years: years),
                unit: .percent, aspect: .growth, period: Period(start: first.period.start, end: last.period.start),
                method: .compoundAnnualGrowth, inputs: inputs(levels, first) + inputs(levels, last)))
        }
        return derived
    }

    /// "4.4 billion yuan, up 29.6%": the level a year earlier was 4.4 / 1.296 billion. The growth
    /// must follow its level in the same sentence, for the same subject, metric and year.
    static func impliedPreviousLevels(_ observations: [Observation]) -> [DerivedFigure] {
        var sentences: [String: [Observation]] = [:]
        for observation in observations { sentences[observation.source.document + "|" + observation.source.sentence, default: []].append(observation) }
        var derived: [DerivedFigure] = []
        for members in sentences.values {
            for growth in members where growth.aspect == .growth && growth.unit == .percent && growth.value > -100 {
                guard let period = growth.period, period.end == nil,
                      let level = members.filter({
                          $0.aspect == .level && $0.unit != .percent && $0.metric == growth.metric && $0.period == period
                              && $0.subject == growth.subject && $0.source.spanStart < growth.source.spanStart
                      }).max(by: { $0.source.spanStart < $1.source.spanStart })
                else { continue }
                var previous = period.start
                previous.year -= 1
                derived.append(DerivedFigure(
                    subject: level.subject, metric: level.metric, value: level.value / (1 + growth.value / 100), unit: level.unit,
                    aspect: .level, period: Period(start: previous), method: .impliedPreviousLevel, inputs: [level, growth]))
            }
        }
        return derived.sorted { ($0.subject, $0.period.description, $0.value) < ($1.subject, $1.period.description, $1.value) }
    }

    /// A part's share of its whole where both are reported for the same subject and period.
    static func shares(_ series: [Series]) -> [DerivedFigure] {
        var derived: [DerivedFigure] = []
        let levels = series.filter { $0.aspect == .level }
        for (partMetric, wholeMetric) in partsOfWholes {
            for part in levels where part.metric == partMetric {
                guard let whole = levels.first(where: {
                    $0.metric == wholeMetric && $0.subject == part.subject && $0.unit == part.unit && $0.shape == part.shape
                }) else { continue }
                for point in part.points {
                    guard let total = whole.points.first(where: { $0.period == point.period }), total.value > 0 else { continue }
                    derived.append(DerivedFigure(
                        subject: part.subject, metric: partMetric, value: point.value / total.value * 100, unit: .percent,
                        aspect: .share, period: point.period, method: .shareOfWhole,
                        inputs: inputs(part, point) + inputs(whole, total)))
                }
            }
        }
        return derived
    }

    /// Compound annual growth in percent from `start` to `end` over `years`.
    public static func compoundGrowth(from start: Double, to end: Double, years: Double) -> Double {
        guard start > 0, end > 0, years > 0 else { return .nan }
        return (pow(end / start, 1 / years) - 1) * 100
    }

    /// The observation behind a series point (its first source), rebuilt as a value.
    private static func inputs(_ series: Series, _ point: Series.Point) -> [Observation] {
        point.sources.prefix(1).map { source in
            Observation(
                subject: series.subject, metric: series.metric, value: point.value, unit: series.unit, aspect: series.aspect,
                status: series.status, bound: point.bound, period: point.period, source: source)
        }
    }
}
