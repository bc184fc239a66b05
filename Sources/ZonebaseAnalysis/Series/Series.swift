public import ZonebaseModel

/// One subject's figures of one kind over time: the same metric, aspect, unit, status and period
/// shape, so every point can sit on one chart.
public struct Series: Sendable, Hashable, Codable {
    /// One period's value, with every source that states it.
    public struct Point: Sendable, Hashable, Codable {
        public var period: Period
        /// The preferred value (see ``Conflict``).
        public var value: Double
        /// How the preferred value bounds the real one.
        public var bound: Bound
        /// Every source stating this period's value: agreeing ones count once.
        public var sources: [SourceReference]
        /// Other values stated for the same period, when sources disagree.
        public var disagreeing: [Double]
    }

    public var subject: SubjectKey
    public var metric: Metric
    public var aspect: Aspect
    public var unit: FigureUnit
    public var status: FigureStatus
    public var shape: PeriodShape
    /// Oldest first.
    public var points: [Point]
}
