/// A calendar date known only as precisely as the text states it: a year, a month, or a day.
///
/// ```swift
/// PartialDate(year: 2012, month: 8, day: 28).description  // "2012-08-28"
/// PartialDate(year: 2010, month: 9).description           // "2010-09"
/// ```
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2012.
    public var year: Int
    /// The month 1...12, when the text gives one.
    public var month: Int?
    /// The day of the month, when the text gives one (only together with a month).
    public var day: Int?

    /// Creates a date; a day without a month is dropped, and out-of-range parts are dropped.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        let validMonth = month.flatMap { (1...12).contains($0) ? $0 : nil }
        self.month = validMonth
        self.day = validMonth == nil ? nil : day.flatMap { (1...31).contains($0) ? $0 : nil }
    }

    /// The ISO 8601 prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = String(year)
        if let month {
            text += "-" + Self.twoDigits(month)
            if let day { text += "-" + Self.twoDigits(day) }
        }
        return text
    }

    /// Parses an ISO prefix such as `2010`, `2010-09` or `2012-08-28`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if parts.count > 1 && month == nil { return nil }
        if parts.count > 2 && day == nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Orders dates by year, then month, then day; a less precise date sorts before a more precise
    /// one of the same year or month.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Encodes as its ISO prefix, `"2012-08-28"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes an ISO prefix.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not a date such as 2012, 2012-08 or 2012-08-28")
        }
        self = date
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
