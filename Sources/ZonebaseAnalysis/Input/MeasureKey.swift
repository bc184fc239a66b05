import ZonebaseModel

/// What observations share when they measure the same thing: subject, metric, aspect and unit.
/// Series, conflicts and targets group by it, adding what they need (status, period, shape).
struct MeasureKey: Hashable {
    var subject: SubjectKey
    var metric: Metric
    var aspect: Aspect
    var unit: FigureUnit

    init(_ observation: Observation) {
        subject = observation.subject
        metric = observation.metric
        aspect = observation.aspect
        unit = observation.unit
    }

    /// The same subject and metric's growth in percent.
    var asGrowth: MeasureKey {
        var key = self
        key.aspect = .growth
        key.unit = .percent
        return key
    }

    /// The same subject and metric's levels, whatever their unit.
    var anyLevel: MeasureKey {
        var key = self
        key.aspect = .level
        key.unit = .count
        return key
    }
}
