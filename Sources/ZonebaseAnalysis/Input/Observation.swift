public import ZonebaseModel

/// A figure as the analysis reads it: its subject, its values and where it was stated.
public struct Observation: Sendable, Hashable, Codable {
    /// What the figure is about.
    public var subject: SubjectKey
    public var metric: Metric
    /// In base units (yuan, km², a count, percent points).
    public var value: Double
    public var unit: FigureUnit
    public var aspect: Aspect
    public var status: FigureStatus
    public var bound: Bound
    /// The time it refers to; `nil` when the text gives none.
    public var period: Period?
    /// Whether it only restates another figure in a second currency.
    public var isConversion: Bool
    /// Where it was stated.
    public var source: SourceReference
    /// The measure as the text names it ("general public budget revenue", "share of national
    /// exports"): figures of one metric but different measures are different quantities.
    public var measure: String? = nil

    /// Creates an observation.
    public init(
        subject: SubjectKey, metric: Metric, value: Double, unit: FigureUnit, aspect: Aspect = .level,
        status: FigureStatus = .actual, bound: Bound = .exact, period: Period? = nil, isConversion: Bool = false,
        source: SourceReference
    ) {
        self.subject = subject
        self.metric = metric
        self.value = value
        self.unit = unit
        self.aspect = aspect
        self.status = status
        self.bound = bound
        self.period = period
        self.isConversion = isConversion
        self.source = source
    }

    /// The shape of its period: a year's flow, a reading at a point, part of a year, several years.
    public var shape: PeriodShape { PeriodShape(period, metric: metric) }
}

/// A dated event as the analysis reads it.
public struct EventObservation: Sendable, Hashable, Codable {
    /// The zone.
    public var subject: SubjectKey
    public var kind: EventKind
    public var date: PartialDate
    public var authority: String?
    public var source: SourceReference

    /// Creates an event observation.
    public init(subject: SubjectKey, kind: EventKind, date: PartialDate, authority: String? = nil, source: SourceReference) {
        (self.subject, self.kind, self.date, self.authority, self.source) = (subject, kind, date, authority, source)
    }
}
