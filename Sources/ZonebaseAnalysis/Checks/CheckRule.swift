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

    /// The rules Zonebase checks: id, severity, message, condition.
    public static let standard: [CheckRule] = [
        ("added-value-within-output", .error, "added value exceeds output value for the same period",
         .partAtMostWhole(part: .addedValue, whole: .outputValue)),
        ("hitech-within-enterprises", .error, "more high-tech enterprises than enterprises",
         .partAtMostWhole(part: .hitechEnterprises, whole: .enterprises)),
        ("profit-within-revenue", .warning, "profit exceeds revenue for the same period", .partAtMostWhole(part: .profit, whole: .revenue)),
        ("share-at-most-100", .error, "a share above 100 %", .shareAtMostWhole),
        ("growth-matches-levels", .warning, "the stated growth does not match the levels of the year and the year before",
         .growthAgreesWithLevels(tolerance: 2)),
        ("national-after-founding", .error, "national approval dated before the zone was founded",
         .eventOrder(earlier: .established, later: .nationalApproval)),
        ("provincial-before-national", .warning, "national approval dated before provincial approval",
         .eventOrder(earlier: .provincialApproval, later: .nationalApproval)),
        // From 1994 to today the yuan traded between about 6.1 and 8.7 to the dollar.
        ("plausible-exchange-rate", .error, "a currency restatement far from any exchange rate of its yuan figure",
         .plausibleExchangeRate(yuanPerDollar: 5.5...9.0)),
    ].map { (rule: (String, Severity, String, Condition)) in
        CheckRule(id: rule.0, severity: rule.1, message: rule.2, condition: rule.3)
    }
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
