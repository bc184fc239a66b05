import ZonebaseModel

/// Builds series from observations: flows, stocks, parts of years and multi-year spans apart; the
/// same figure from several documents counted once, with all its sources.
public enum SeriesBuilder {
    /// Series of `observations` (conversions and undated figures left out), by subject, metric and kind.
    public static func series(_ observations: [Observation]) -> [Series] {
        var groups: [SeriesKey: [Period: [Observation]]] = [:]
        for observation in observations where !observation.isConversion {
            guard let period = observation.period else { continue }
            groups[SeriesKey(observation), default: [:]][period, default: []].append(observation)
        }
        return groups.map { key, periods in
            let points = periods.map { period, members in point(period, members) }.sorted { $0.period.sortKey < $1.period.sortKey }
            return Series(
                subject: key.measure.subject, metric: key.measure.metric, aspect: key.measure.aspect, unit: key.measure.unit,
                status: key.status, shape: key.shape, points: points)
        }.sorted(by: inListingOrder)
    }

    /// By subject, metric, aspect, status and kind of period; each compared only when everything
    /// before it is equal (a series' kind is described in words: comparing them for every pair of a
    /// few thousand series was most of a ranking's time).
    static func inListingOrder(_ lhs: Series, _ rhs: Series) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.metric != rhs.metric { return lhs.metric.rawValue < rhs.metric.rawValue }
        if lhs.aspect != rhs.aspect { return lhs.aspect.rawValue < rhs.aspect.rawValue }
        if lhs.status != rhs.status { return lhs.status.rawValue < rhs.status.rawValue }
        return lhs.shape.description < rhs.shape.description
    }

    /// One period's point: the preferred reading's value, every agreeing source, the other values.
    static func point(_ period: Period, _ members: [Observation]) -> Series.Point {
        let clusters = ConflictFinder.clusterFigures(members)
        var preferred = 0
        for index in clusters.indices.dropFirst() {
            let decision = Preference.choose(
                clusters[preferred].best.source, precision: Precision.significantDigits(clusters[preferred].best.value),
                clusters[index].best.source, precision: Precision.significantDigits(clusters[index].best.value))
            if !decision.firstWins { preferred = index }
        }
        let best = clusters[preferred]
        return Series.Point(
            period: period, value: best.best.value, bound: best.best.bound,
            sources: best.members.map(\.source).sorted { $0.document < $1.document },
            disagreeing: clusters.indices.filter { $0 != preferred }.map { clusters[$0].best.value })
    }
}

/// The identity of a series.
struct SeriesKey: Hashable {
    var measure: MeasureKey
    var status: FigureStatus
    var shape: PeriodShape

    init(_ observation: Observation) {
        measure = MeasureKey(observation)
        status = observation.status
        shape = observation.shape
    }
}
