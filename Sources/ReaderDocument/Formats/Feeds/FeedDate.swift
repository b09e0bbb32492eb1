import Foundation
import ReaderText

/// Dates as feeds and pages write them: RFC 822 (RSS: "Tue, 10 Jun 2003 04:00:00 GMT") and
/// RFC 3339 (Atom and HTML: "2003-12-13T18:30:02.25+01:00", or a bare "2003-12-13").
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return nil }
        return rfc3339(trimmed) ?? rfc822(trimmed)
    }

    /// A date as a dateline shows it: "2003-06-10 04:00 UTC".
    public static func display(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = ListDate.format(date)
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        return String(format: "%@ %02d:%02d UTC", day, secondOfDay / 3600, secondOfDay / 60 % 60)
    }

    static func rfc3339(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<(index + digits)] {
                guard let digit = scalar.properties.numericType != nil ? Int(String(scalar)) : nil, scalar.isASCII else { return nil }
                value = value * 10 + digit
            }
            index += digits
            return value
        }
        func expect(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if index < scalars.count {
            guard scalars[index] == "T" || scalars[index] == "t" || scalars[index] == " " else { return nil }
            index += 1
            guard let h = number(2), expect(":"), let m = number(2) else { return nil }
            hour = h
            minute = m
            if expect(":") {
                guard let s = number(2) else { return nil }
                second = Double(s)
                if expect(".") || expect(",") {
                    var fraction = 0.0, scale = 0.1
                    while index < scalars.count, let digit = Int(String(scalars[index])), scalars[index].isASCII {
                        fraction += Double(digit) * scale
                        scale /= 10
                        index += 1
                    }
                    second += fraction
                }
            }
            if expect("Z") || expect("z") {
                offset = 0
            } else if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                let sign = scalars[index] == "-" ? -1 : 1
                index += 1
                guard let oh = number(2) else { return nil }
                _ = expect(":")
                let om = number(2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard index == scalars.count else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// "jan" to "dec": a month's word is known by its first three letters ("Sept", "September").
    static let months = CivilCalendar.shortMonthNames.map { $0.lowercased() }
    static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "bst": 1,
    ]

    /// RFC 822 and its relatives: RFC 850 ("Sunday, 01-Dec-24 10:00:00 GMT") and the month
    /// first ("Dec 1, 2024 10:00").
    static func rfc822(_ text: String) -> Date? {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        func isMonth(_ word: String) -> Bool { months.contains(String(word.prefix(3))) && word.allSatisfy(\.isLetter) }
        if let first = words.first, first.count >= 3, first.allSatisfy(\.isLetter), !isMonth(first) { words.removeFirst() }
        if let first = words.first, first.contains("-") {
            let parts = first.split(separator: "-").map(String.init)
            guard parts.count == 3 else { return nil }
            words.replaceSubrange(0..<1, with: parts)
        }
        if words.count >= 3, isMonth(words[0]), Int(words[1]) != nil { words.swapAt(0, 1) }
        guard words.count >= 3, let day = Int(words[0]),
              let month = months.firstIndex(of: String(words[1].prefix(3))), var year = Int(words[2]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if words.count >= 4 {
            let parts = words[3].split(separator: ":").map { Int($0) }
            guard parts.count >= 2, parts.allSatisfy({ $0 != nil }) else { return nil }
            hour = parts[0]!
            minute = parts[1]!
            if parts.count > 2 { second = Double(parts[2]!) }
        }
        if words.count >= 5 {
            let zone = words[4]
            if let hours = zones[zone] {
                offset = hours * 3600
            } else if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let value = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60)
            }
        }
        return makeDate(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offset: Int) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...CivilCalendar.daysInMonth(month, year: year)).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), second >= 0, second < 61 else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }
}
