import Foundation

/// Gregorian dates against days since 1970-01-01, by Howard Hinnant's `days_from_civil` and
/// `civil_from_days`: no calendar or time zone of the machine is involved.
public enum CivilCalendar {
    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month (1–12) and day of the month of a count of days since 1970-01-01.
    public static func date(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 of a moment, in a zone `utcOffset` seconds east of UTC.
    public static func days(of date: Date, utcOffset: Int) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffset
        return seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a year is a Gregorian leap year.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The English names of the months, January first: the one table that dates in feeds, datelines,
    /// the list and the entity rules are read and written with.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The names cut to three letters, January first: "Jan" to "Dec", "May" among them.
    public static let shortMonthNames: [String] = monthNames.map { String($0.prefix(3)) }

    /// The abbreviations of month names that are not the name itself, with the month (1–12): the three
    /// letters ("May" is a name) and "Sept".
    public static let monthAbbreviations: [(text: String, month: Int)] =
        zip(shortMonthNames, monthNames).enumerated().compactMap { index, names in
            names.0 == names.1 ? nil : (names.0, index + 1)
        } + [("Sept", 9)]
}
