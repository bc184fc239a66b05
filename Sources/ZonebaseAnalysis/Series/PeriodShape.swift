public import ZonebaseModel

/// What kind of time a figure covers. A chart never mixes shapes: a year's output (a flow), the
/// enterprises counted at a year's end (a stock), the first half of a year and a five-year total are
/// different quantities even when metric and unit agree.
public enum PeriodShape: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A flow over one whole calendar year.
    case year
    /// A stock read at a point (a year's or a month's end).
    case point
    /// Part of one year: the months `first...last` (first half = 1...6).
    case partial(firstMonth: Int, lastMonth: Int)
    /// Several years: a plan period or a cumulative total.
    case years
    /// No period stated.
    case undated

    /// The shape of `period` for `metric`: a stock metric's yearly figure is a year-end reading.
    public init(_ period: Period?, metric: Metric) {
        guard let period else { self = .undated; return }
        if let end = period.end {
            if end.year != period.start.year {
                self = .years
            } else {
                self = .partial(firstMonth: period.start.month ?? 1, lastMonth: end.month ?? 12)
            }
        } else if metric.isStock || period.start.month != nil {
            self = .point
        } else {
            self = .year
        }
    }

    public var description: String {
        switch self {
        case .year: "year"
        case .point: "point"
        case .partial(let first, let last): "months \(first)-\(last)"
        case .years: "several years"
        case .undated: "undated"
        }
    }

    /// Encodes as its description: `year`, `point`, `months 1-6`, `several years`, `undated`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch text {
        case "year": self = .year
        case "point": self = .point
        case "several years": self = .years
        case "undated": self = .undated
        default:
            let months = text.dropFirst("months ".count).split(separator: "-").compactMap { Int($0) }
            guard text.hasPrefix("months "), months.count == 2 else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not a period shape")
            }
            self = .partial(firstMonth: months[0], lastMonth: months[1])
        }
    }
}

extension Metric {
    /// Metrics counted at a moment (how many enterprises, how large the area), not summed over a period.
    public var isStock: Bool {
        switch self {
        case .enterprises, .hitechEnterprises, .jobs, .area, .population: true
        default: false
        }
    }
}

extension Period {
    /// The last year the period covers.
    public var lastYear: Int { (end ?? start).year }

    /// A sortable position: the end of the period, then its start.
    var sortKey: (Int, Int, Int, Int) {
        let last = end ?? start
        return (last.year, last.month ?? 12, start.year, start.month ?? 1)
    }
}
