/// The time a figure refers to: a single year or point (`2011`, `2018-12`), or a span
/// (`2023-01/2023-09`, the plan period `2011/2015`).
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first (or only) date of the period.
    public var start: PartialDate
    /// The last date of a span; `nil` for a single year or point.
    public var end: PartialDate?

    /// Creates a period; an `end` equal to `start` collapses into a single point.
    public init(start: PartialDate, end: PartialDate? = nil) {
        self.start = start
        self.end = end == start ? nil : end
    }

    /// A whole calendar year.
    public static func year(_ year: Int) -> Period { Period(start: PartialDate(year: year)) }

    /// Months `first...last` of one year, e.g. the first three quarters: `months(2023, 1, 9)`.
    public static func months(_ year: Int, _ first: Int, _ last: Int) -> Period {
        Period(start: PartialDate(year: year, month: first), end: PartialDate(year: year, month: last))
    }

    /// The exchange format's spelling: `start` or `start/end`.
    public var description: String {
        guard let end else { return start.description }
        return "\(start)/\(end)"
    }

    /// Encodes as the exchange format's spelling, `"2011/2015"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes the exchange format's spelling.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(exchange: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not a period such as 2011 or 2011/2015")
        }
        self = period
    }

    /// Parses the exchange format's spelling.
    public init?(exchange text: String) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard let start = halves.first.flatMap({ PartialDate(iso: String($0)) }) else { return nil }
        if halves.count == 2 {
            guard let end = PartialDate(iso: String(halves[1])) else { return nil }
            self.init(start: start, end: end)
        } else if halves.count == 1 {
            self.init(start: start)
        } else {
            return nil
        }
    }
}
