import Foundation

/// Sync timestamps: milliseconds since 1970, written as ISO 8601 UTC with milliseconds
/// ("2026-12-04T17:56:55.123Z"), so every machine compares the same numbers.
public enum SyncTime {
    public static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    public static func milliseconds(seconds: Double) -> Int64 { Int64((seconds * 1000).rounded()) }
    public static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    public static func text(_ milliseconds: Int64) -> String {
        var seconds = time_t(milliseconds.floorDivided(by: 1000))
        let millis = Int(milliseconds - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(millis), 3))Z"
    }

    /// Reads the form `text` writes, else any ISO 8601 date and time.
    public static func milliseconds(_ text: String) -> Int64? {
        let digits = Array(text.utf8)
        if digits.count == 24, digits[4] == UInt8(ascii: "-"), digits[10] == UInt8(ascii: "T"), digits[19] == UInt8(ascii: "."),
           digits[23] == UInt8(ascii: "Z") {
            func number(_ range: Range<Int>) -> Int32? { Int32(String(decoding: digits[range], as: UTF8.self)) }
            if let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
               let minute = number(14..<16), let second = number(17..<19), let millis = number(20..<23) {
                var parts = tm()
                parts.tm_year = year - 1900
                parts.tm_mon = month - 1
                parts.tm_mday = day
                parts.tm_hour = hour
                parts.tm_min = minute
                parts.tm_sec = second
                return Int64(timegm(&parts)) * 1000 + Int64(millis)
            }
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return milliseconds(date) }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text).map(milliseconds)
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
