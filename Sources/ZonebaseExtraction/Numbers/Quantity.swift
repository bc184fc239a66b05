import ZonebaseModel

/// A number with its unit as it occurs in the text: `44.53-bln yuan`, `$36.1 million`,
/// `202-square-kilometer`, `37.6%`, `177 industrial enterprises`.
struct Quantity: Sendable {
    /// The value in base units (yuan, dollars, km², a count, percent points).
    var value: Double
    /// The unit of ``value``.
    var unit: FigureUnit
    /// The tokens of the quote: from a currency sign or the number to the last unit word.
    var tokens: Range<Int>
    /// The index of the first token of the number itself.
    var numberToken: Int
    /// For counts, the metric the counted noun implies (`enterprises`, `projects`, `other` for zones).
    var countMetric: Metric?
    /// Whether the counted things are zones or parks (such counts belong to whoever holds them).
    var countsZones: Bool = false
    /// Whether the number was written as a fraction word (`one-third`).
    var isFraction: Bool = false
}
