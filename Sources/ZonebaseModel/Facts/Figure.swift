/// A number a document states about a subject: an amount, a growth rate or a share.
public struct Figure: Sendable, Hashable, Codable {
    /// The zone, park, city, province, group or country the number is about, as named in the text.
    public var subject: String
    /// What is measured, from the closed list.
    public var metric: Metric
    /// The measure as the text names it, normalized (lower case, singular, generic words dropped):
    /// `general public budget revenue`, `operating revenue of industrial enterprises above designated
    /// size`. Two figures of one metric but different measures are different quantities.
    public var measure: String?
    /// The value in base units: yuan (not billions), square kilometres, a plain count, percent points.
    public var value: Double
    /// The unit of ``value``.
    public var unit: FigureUnit
    /// Amount, growth or share.
    public var aspect: Aspect
    /// Achieved, aimed at, or forecast.
    public var status: FigureStatus
    /// How the number bounds the real value.
    public var bound: Bound
    /// The time the figure refers to, or `nil` when its own words give none.
    public var period: Period?
    /// Where ``period`` came from: the sentence, its paragraph, a heading, the title or a lead.
    public var periodSource: PeriodSource?
    /// `true` when the figure only restates another one in a second currency ("($7.43 billion)").
    public var isConversion: Bool
    /// Where the figure is stated.
    public var evidence: Evidence

    /// Creates a figure record.
    public init(
        subject: String, metric: Metric, value: Double, unit: FigureUnit, aspect: Aspect = .level,
        status: FigureStatus = .actual, bound: Bound = .exact, period: Period? = nil, isConversion: Bool = false,
        measure: String? = nil, periodSource: PeriodSource? = nil, evidence: Evidence
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
        self.measure = measure
        self.periodSource = periodSource
        self.evidence = evidence
    }
}
