import Foundation
import ReaderText

/// The moment the list's dates are relative to, and the local zone to show times of day in.
public struct WallClock: Hashable, Sendable {
    public var now: Date
    /// Seconds east of UTC of the local zone.
    public var utcOffset: Int

    public init(now: Date, utcOffset: Int = 0) {
        self.now = now
        self.utcOffset = utcOffset
    }

    /// The machine's clock and zone, read at the edge (the session), never by a view.
    public static func current() -> WallClock {
        let now = Date()
        return WallClock(now: now, utcOffset: TimeZone.current.secondsFromGMT(for: now))
    }
}

/// Dates in the list and elsewhere.
public enum ListDate {
    /// Dates closer than this to now show their day and month, as `ls -l` does.
    static let recentSeconds = 183 * 86_400

    /// ISO day, in UTC so the screen does not depend on the machine's zone.
    public static func format(_ date: Date) -> String {
        let (year, month, day) = CivilCalendar.date(fromDays: CivilCalendar.days(of: date, utcOffset: 0))
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// A list column's date, as mutt and newsboat show it: "14:05" today, "12 Mar" within the last six
    /// months, "Mar 2024" before. A date at midnight UTC is a day without a time: it is shown in UTC
    /// (so it never moves to the day before) and never as a time. Without a clock, the ISO day.
    public static func compact(_ date: Date, clock: WallClock?) -> String {
        guard let clock else { return format(date) }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let dayOnly = seconds % 86_400 == 0
        let offset = dayOnly ? 0 : clock.utcOffset
        let today = CivilCalendar.days(of: clock.now, utcOffset: clock.utcOffset)
        let day = CivilCalendar.days(of: date, utcOffset: offset)
        if day == today && !dayOnly {
            let local = seconds + offset
            let minutes = ((local % 86_400) + 86_400) % 86_400 / 60
            return String(format: "%02d:%02d", minutes / 60, minutes % 60)
        }
        let (year, month, dayOfMonth) = CivilCalendar.date(fromDays: day)
        let age = Int(clock.now.timeIntervalSince1970.rounded(.down)) - seconds
        if age < recentSeconds && age > -86_400 || day == today {
            return "\(dayOfMonth) \(CivilCalendar.shortMonthNames[month - 1])"
        }
        return "\(CivilCalendar.shortMonthNames[month - 1]) \(year)"
    }
}
