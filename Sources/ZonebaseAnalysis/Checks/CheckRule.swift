public import ZonebaseModel

/// A consistency rule, written as data: what must hold, how bad a breach is, and what to tell the user.
public struct CheckRule: Sendable, Hashable, Codable {
    /// How bad a breach is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        /// The facts cannot all be true.
        case error
        /// The facts are unlikely to all be true.
        case warning
    }

    /// What must hold.
    public enum Condition: Sendable, Hashable, Codable {
        /// The part's level is at most the whole's, for the same subject, unit and period.
        case partAtMostWhole(part: Metric, whole: Metric)
        /// A share is at most 100 %.
        case shareAtMostWhole
        /// A stated growth agrees, within `tolerance` percentage points, with the levels of the year and the one before.
        case growthAgreesWithLevels(tolerance: Double)
        /// The `later` event is not dated before the `earlier` one.
        case eventOrder(earlier: EventKind, later: EventKind)
        /// A dollar restatement of a yuan figure (or the reverse) is within `yuanPerDollar` of it.
        case plausibleExchangeRate(yuanPerDollar: ClosedRange<Double>)
    }

    /// A short stable name, e.g. `added-value-within-output`.
    public var id: String
    public var severity: Severity
    /// What a breach means, for the user.
    public var message: String
    public var condition: Condition

    /// The rules Zonebase checks.
    public static let standard: [CheckRule] = [
        CheckRule(
            id: "added-value-within-output", severity: .error,
            message: "added value exceeds output value for the same period",
            condition: .partAtMostWhole(part: .addedValue, whole: .outputValue)),
        CheckRule(
            id: "hitech-within-enterprises", severity: .error,
            message: "more high-tech enterprises than enterprises",
            condition: .partAtMostWhole(part: .hitechEnterprises, whole: .enterprises)),
        CheckRule(
            id: "profit-within-revenue", severity: .warning,
            message: "profit exceeds revenue for the same period",
            condition: .partAtMostWhole(part: .profit, whole: .revenue)),
        CheckRule(
            id: "share-at-most-100", severity: .error, message: "a share above 100 %", condition: .shareAtMostWhole),
        CheckRule(
            id: "growth-matches-levels", severity: .warning,
            message: "the stated growth does not match the levels of the year and the year before",
            condition: .growthAgreesWithLevels(tolerance: 2)),
        CheckRule(
            id: "national-after-founding", severity: .error,
            message: "national approval dated before the zone was founded",
            condition: .eventOrder(earlier: .established, later: .nationalApproval)),
        CheckRule(
            id: "provincial-before-national", severity: .warning,
            message: "national approval dated before provincial approval",
            condition: .eventOrder(earlier: .provincialApproval, later: .nationalApproval)),
        // From 1994 to today the yuan traded between about 6.1 and 8.7 to the dollar.
        CheckRule(
            id: "plausible-exchange-rate", severity: .error,
            message: "a currency restatement far from any exchange rate of its yuan figure",
            condition: .plausibleExchangeRate(yuanPerDollar: 5.5...9.0)),
    ]
}

/// A breach of a rule, with the facts and their sources.
public struct Violation: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: CheckRule.Severity
    public var message: String
    public var subject: SubjectKey
    /// What exactly disagrees, with numbers.
    public var detail: String
    /// The figures involved.
    public var figures: [Observation]
    /// The events involved.
    public var events: [EventObservation]
}
