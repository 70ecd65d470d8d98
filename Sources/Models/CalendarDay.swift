import Foundation

/// A date without a time, as providers announce deadlines ("2027-01-06"). Compared and counted in
/// whole days, in UTC, so a deadline means the same day everywhere.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        guard let date = Self.calendar.date(from: components),
              Self.calendar.dateComponents([.year, .month, .day], from: date) == components.dateOnly else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// `YYYY-MM-DD`; nil for anything else (including days that do not exist).
    public init?(_ text: String) {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The UTC day `date` falls on.
    public init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        (year, month, day) = (parts.year!, parts.month!, parts.day!)
    }

    /// Today, in UTC.
    public static var today: CalendarDay { CalendarDay(Date()) }

    /// Midnight UTC at the start of the day.
    public var date: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// Whole days from `self` to `other`: positive when `other` is later.
    public func days(until other: CalendarDay) -> Int {
        Self.calendar.dateComponents([.day], from: date, to: other.date).day!
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(Self.calendar.date(byAdding: .day, value: days, to: date)!)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

extension DateComponents {
    fileprivate var dateOnly: DateComponents { DateComponents(year: year, month: month, day: day) }
}
