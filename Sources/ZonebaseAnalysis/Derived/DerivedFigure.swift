public import ZonebaseModel

/// A figure no source states but the stated ones imply, marked as derived, with its inputs.
public struct DerivedFigure: Sendable, Hashable, Codable {
    /// How it was derived.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// Growth between two reported levels of consecutive periods.
        case growthBetweenLevels = "growth_between_levels"
        /// The previous period's level implied by a level and its stated growth ("4.4 billion, up 29.6%").
        case impliedPreviousLevel = "implied_previous_level"
        /// Compound annual growth between the first and last reported levels.
        case compoundAnnualGrowth = "compound_annual_growth"
        /// A part's share of its whole, both reported for the same period.
        case shareOfWhole = "share_of_whole"
    }

    public var subject: SubjectKey
    public var metric: Metric
    public var value: Double
    public var unit: FigureUnit
    public var aspect: Aspect
    public var period: Period
    public var method: Method
    /// The stated figures it comes from.
    public var inputs: [Observation]
}
