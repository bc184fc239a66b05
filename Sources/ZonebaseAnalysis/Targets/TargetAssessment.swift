public import ZonebaseModel

/// A target judged against the actuals of the same subject and metric.
public struct TargetAssessment: Sendable, Hashable, Codable {
    /// Where the target stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// An actual for the deadline reaches the target.
        case met
        /// An actual for the deadline falls short.
        case missed
        /// Before the deadline, growing at least as fast as the target needs.
        case onTrack = "on_track"
        /// Before the deadline, growing slower than the target needs.
        case behind
        /// No actual to judge by, or none for the deadline once it has passed.
        case notYetKnown = "not_yet_known"
    }

    /// An actual used as evidence.
    public struct Evidence: Sendable, Hashable, Codable {
        public var period: Period
        public var value: Double
        public var sources: [SourceReference]
    }

    public var target: Observation
    public var status: Status
    /// The last year the target covers.
    public var deadline: Int?
    /// The earliest actual before the latest one.
    public var baseline: Evidence?
    /// The latest actual (for the deadline, when there is one).
    public var latest: Evidence?
    /// Growth per year (percent) needed from the latest actual to reach the target by the deadline.
    public var requiredGrowth: Double?
    /// Growth per year (percent) achieved from the baseline to the latest actual, or the latest stated growth.
    public var achievedGrowth: Double?
    /// One sentence saying why.
    public var explanation: String
}
