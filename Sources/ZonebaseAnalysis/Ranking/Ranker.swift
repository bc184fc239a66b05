public import ZonebaseModel

/// One zone's place in a ranking.
public struct RankingEntry: Sendable, Hashable, Codable {
    /// 1 for the largest; equal values share a rank.
    public var rank: Int
    /// The share of peers ranked below it, in percent (100 for the first, 0 for the last).
    public var percentile: Double
    public var subject: SubjectKey
    public var value: Double
    public var unit: FigureUnit
    public var period: Period
    /// Whether the value was derived (growth from two levels) rather than stated.
    public var isDerived: Bool
    public var sources: [SourceReference]
}

/// Ranks zones by a metric for a period.
public enum Ranker {
    /// Zones ranked by their actual `metric` (`aspect` level or growth) for periods starting with
    /// `period` (a year such as `2011`), largest first. Only subjects `isPeer` accepts take part; for
    /// growth, zones that state none but report two consecutive levels take part with the derived growth.
    public static func rank(
        _ observations: [Observation], metric: Metric, aspect: Aspect = .level, period: String,
        isPeer: (SubjectKey) -> Bool = { $0.zoneID != nil }
    ) -> [RankingEntry] {
        let candidates = observations.filter {
            $0.metric == metric && $0.aspect == aspect && $0.status == .actual && !$0.isConversion && isPeer($0.subject)
                && ($0.shape == .year || $0.shape == .point) && ($0.period?.description.hasPrefix(period) ?? false)
        }
        var best: [SubjectKey: (point: Series.Point, unit: FigureUnit, derived: Bool)] = [:]
        for series in SeriesBuilder.series(candidates) {
            // The latest reading within the period (a year's end for stocks), in the series' unit.
            guard let point = series.points.last else { continue }
            best[series.subject] = (point, series.unit, false)
        }
        if aspect == .growth {
            // Zones that state no growth: growth between their reported levels.
            let levels = observations.filter {
                $0.metric == metric && $0.aspect == .level && $0.status == .actual && !$0.isConversion && $0.shape == .year
                    && best[$0.subject] == nil && isPeer($0.subject)
            }
            for derived in SeriesBuilder.series(levels).flatMap(DerivedFigureFinder.growth)
            where derived.method == .growthBetweenLevels && best[derived.subject] == nil && derived.period.description.hasPrefix(period) {
                best[derived.subject] = (Series.Point(
                    period: derived.period, value: derived.value, bound: .exact, sources: derived.inputs.map(\.source), disagreeing: []),
                    .percent, true)
            }
        }
        // Only one unit takes part: the most common (yuan figures are not ranked against dollars).
        let units = Dictionary(grouping: best.values, by: \.unit).max { $0.value.count < $1.value.count }?.key
        let entries = best.filter { $0.value.unit == units }.sorted { ($0.value.point.value, $1.key) > ($1.value.point.value, $0.key) }
        var ranked: [RankingEntry] = []
        for (index, entry) in entries.enumerated() {
            let rank = index > 0 && ranked[index - 1].value == entry.value.point.value ? ranked[index - 1].rank : index + 1
            ranked.append(RankingEntry(
                rank: rank, percentile: 0, subject: entry.key, value: entry.value.point.value, unit: entry.value.unit,
                period: entry.value.point.period, isDerived: entry.value.derived, sources: entry.value.point.sources))
        }
        let count = ranked.count
        for index in ranked.indices {
            let below = ranked.filter { $0.value < ranked[index].value }.count
            ranked[index].percentile = count > 1 ? Double(below) / Double(count - 1) * 100 : 100
        }
        return ranked
    }
}
