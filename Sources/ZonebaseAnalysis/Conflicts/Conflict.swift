public import ZonebaseModel

/// Sources that disagree on one fact, all kept, one preferred by a stated rule.
public struct Conflict: Sendable, Hashable, Codable {
    /// What the fact is: a figure (metric, aspect, unit, status, period) or an event's date.
    public enum Topic: Sendable, Hashable, Codable {
        case figure(metric: Metric, aspect: Aspect, unit: FigureUnit, status: FigureStatus, period: Period?)
        case eventDate(kind: EventKind)

        /// A key that orders topics the same way on every run: figures by metric, aspect, unit,
        /// status and period, then event dates by kind (cheap to build, unlike a description).
        var listingKey: String {
            switch self {
            case .figure(let metric, let aspect, let unit, let status, let period):
                "0 \(metric.rawValue) \(aspect.rawValue) \(unit.rawValue) \(status.rawValue) \(period?.description ?? "")"
            case .eventDate(let kind): "1 \(kind.rawValue)"
            }
        }
    }

    /// One reading of the fact and every source that gives it.
    public struct Reading: Sendable, Hashable, Codable {
        /// The value as stated (base units) for a figure, or the date for an event.
        public var value: String
        /// The sources giving this reading.
        public var sources: [SourceReference]
    }

    /// The zone or subject.
    public var subject: SubjectKey
    public var topic: Topic
    /// The readings, the preferred one first.
    public var readings: [Reading]
    /// Why the first reading is preferred.
    public var reason: String
}
