public import ZonebaseModel

/// Which zones to list.
public struct ZoneFilter: Sendable {
    /// Only zones in this province (case-insensitive).
    public var province: String?
    /// Only zones of this level.
    public var level: ZoneLevel?
    /// Only zones of this type.
    public var type: ZoneType?

    /// Creates a filter; `nil` means any.
    public init(province: String? = nil, level: ZoneLevel? = nil, type: ZoneType? = nil) {
        self.province = province
        self.level = level
        self.type = type
    }
}

/// Which figures to list.
public struct FigureFilter: Sendable {
    /// Only figures about this zone (its id).
    public var zoneID: Int64?
    /// Only this metric.
    public var metric: Metric?
    /// Only figures whose period starts with this text (a year such as `2011`, or a span such as `2011/2015`).
    public var period: String?
    /// Only this status.
    public var status: FigureStatus?
    /// Only figures of a subject and metric that some target is about (the targets themselves, and
    /// the actuals and forecasts they are judged against).
    public var targetedOnly: Bool

    /// Creates a filter; `nil` means any.
    public init(
        zoneID: Int64? = nil, metric: Metric? = nil, period: String? = nil, status: FigureStatus? = nil, targetedOnly: Bool = false
    ) {
        self.zoneID = zoneID
        self.metric = metric
        self.period = period
        self.status = status
        self.targetedOnly = targetedOnly
    }
}
