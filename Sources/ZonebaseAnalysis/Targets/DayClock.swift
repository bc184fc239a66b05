import Foundation
public import ZonebaseModel

/// Where "today" comes from: targets are judged as of a day, and the kept judgements are for the
/// current year. Passed in (the system's calendar day in UTC by default, a fixed day in tests), read
/// nowhere else.
public struct DayClock: Sendable {
    private let read: @Sendable () -> PartialDate

    /// A clock answering `read()`.
    public init(_ read: @escaping @Sendable () -> PartialDate) {
        self.read = read
    }

    /// Today, to the day.
    public var today: PartialDate { read() }

    /// The system's date, in UTC.
    public static let utc = DayClock {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return PartialDate(year: parts.year ?? 2000, month: parts.month, day: parts.day)
    }

    /// Always `day`.
    public static func fixed(_ day: PartialDate) -> DayClock { DayClock { day } }
}
