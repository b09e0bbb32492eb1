import Foundation
import ReaderText

/// A dateline found in an article: the line as written and, where it could be read, the moment it names.
public struct Dateline: Equatable, Sendable {
    /// The line as written, without surrounding whitespace.
    public var text: String
    /// The moment the line names; a line without a zone is read as UTC, without a time as midnight.
    public var date: Date?

    /// Creates a dateline from its text and the moment it names.
    public init(text: String, date: Date?) {
        self.text = text
        self.date = date
    }
}

/// Recognises lines that consist of a date (a dateline) and reads the moment they name.
public enum DatelineParser {
    /// The longest line, in characters, that can be a dateline.
    static let maximumLength = 80

    /// Reads a whole line as a dateline, or returns nil when the line is not one.
    ///
    /// The line must be at most 80 characters and hold, in order: optional prefix words
    /// ("Published", "Updated", "Posted", "Last updated", … with an optional ":" and "on"),
    /// an optional weekday, a date with a four-digit year, an optional time (24-hour, or 12-hour
    /// with AM/PM) and, after a time, an optional zone (UTC, GMT, Z, CET, BST, EST, … or an offset
    /// such as "+02:00" or "UTC+2"). Recognised dates are month-first ("Sep.12 - 2023",
    /// "March 3, 2024"), day-first ("12 September 2023") and ISO 8601 ("2023-09-12",
    /// "2023-09-12T07:30:00Z"). All-numeric day/month forms such as "12/09/2023" are ambiguous and
    /// rejected, as are ambiguous zones such as "IST", lines with impossible dates ("Feb 30, 2023")
    /// and sentences that merely contain a date.
    public static func parse(_ line: String) -> Dateline? {
        // Cheap rejections first: most lines of an article are long or hold no digit.
        guard line.utf8.count <= maximumLength * 4,
              line.utf8.contains(where: { (0x30...0x39).contains($0) })
        else { return nil }
        let text = trimmingWhitespace(line)
        guard text.utf8.count <= maximumLength || text.prefix(maximumLength + 1).count <= maximumLength
        else { return nil }
        var reader = DatelineTokenReader(tokens: DatelineToken.tokenize(text))
        guard let fields = reader.readDateline(), let date = fields.date else { return nil }
        return Dateline(text: String(text), date: date)
    }

    /// The line without leading and trailing whitespace (cheaper than Foundation's trimming).
    static func trimmingWhitespace(_ line: String) -> Substring {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return Substring(scalars[first...last])
    }
}

// MARK: - Tokens

/// One lexical piece of a candidate dateline.
enum DatelineToken: Equatable {
    /// A run of letters, lowercased.
    case word(String)
    /// A run of ASCII digits, as written (leading zeros kept, so the digit count is known).
    case number(String)
    /// Any other single non-space character.
    case symbol(Unicode.Scalar)

    /// Splits text into words, numbers and symbols, dropping whitespace.
    static func tokenize(_ text: Substring) -> [DatelineToken] {
        var tokens: [DatelineToken] = []
        var run = String.UnicodeScalarView()
        var runIsNumber = false

        func flush() {
            guard !run.isEmpty else { return }
            tokens.append(runIsNumber ? .number(String(run)) : .word(String(run).lowercased()))
            run = String.UnicodeScalarView()
        }

        for scalar in text.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if isDigit || scalar.properties.isAlphabetic {
                if !run.isEmpty && runIsNumber != isDigit { flush() }
                runIsNumber = isDigit
                run.append(scalar)
            } else {
                flush()
                if !scalar.properties.isWhitespace { tokens.append(.symbol(scalar)) }
            }
        }
        flush()
        return tokens
    }
}

// MARK: - Fields

/// The numbers read from a dateline, before they are checked and turned into a `Date`.
struct DatelineFields: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    /// Seconds east of UTC.
    var utcOffset = 0

    /// The moment the fields name in the proleptic Gregorian calendar, or nil if they are impossible.
    var date: Date? {
        guard (1...12).contains(month),
              (1...CivilCalendar.daysInMonth(month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - utcOffset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}

// MARK: - Vocabulary

/// The words a dateline may contain.
enum DatelineVocabulary {
    /// Month names and abbreviations, lowercased, to month numbers.
    static let months: [String: Int] = {
        var months: [String: Int] = [:]
        for (index, name) in CivilCalendar.monthNames.enumerated() { months[name.lowercased()] = index + 1 }
        for (text, month) in CivilCalendar.monthAbbreviations { months[text.lowercased()] = month }
        return months
    }()

    /// Weekday names and abbreviations, lowercased.
    static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]

    /// Phrases that may open a dateline, as lowercased words.
    static let prefixes: [[String]] = [
        ["last", "updated"], ["last", "modified"], ["first", "published"], ["originally", "published"],
        ["published"], ["updated"], ["posted"], ["modified"], ["created"], ["dated"], ["date"],
    ]

    /// Unambiguous zone abbreviations, lowercased, to seconds east of UTC. ("IST" is deliberately absent.)
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "ut": 0, "wet": 0,
        "cet": 3_600, "bst": 3_600, "west": 3_600, "cest": 7_200, "eet": 7_200, "eest": 10_800, "msk": 10_800,
        "est": -18_000, "edt": -14_400, "cst": -21_600, "cdt": -18_000,
        "mst": -25_200, "mdt": -21_600, "pst": -28_800, "pdt": -25_200,
        "et": -18_000, "ct": -21_600, "mt": -25_200, "pt": -28_800,
        "jst": 32_400, "kst": 32_400, "hkt": 28_800, "sgt": 28_800, "aest": 36_000, "aedt": 39_600,
    ]

    /// "ET", "PT" and the like name a US zone without saying whether daylight time applies.
    static let usGenericZones: Set<String> = ["et", "ct", "mt", "pt"]

    /// US daylight time, approximately: from mid-March to the start of November.
    static func isUSDaylightTime(month: Int, day: Int) -> Bool {
        switch month {
        case 4...10: return true
        case 3: return day >= 8
        case 11: return day < 7
        default: return false
        }
    }

    /// Symbols that may stand between the parts of a dateline.
    static let separators: Set<Unicode.Scalar> = [",", "-", "\u{2013}", "\u{2014}", "|", "\u{00B7}", "\u{2022}", "@"]

    /// Symbols that may start a numeric UTC offset.
    static let signs: [Unicode.Scalar: Int] = ["+": 1, "-": -1, "\u{2212}": -1]
}

// MARK: - Reader

/// A recursive-descent reader over the tokens of one candidate dateline.
struct DatelineTokenReader {
    let tokens: [DatelineToken]
    var index = 0

    init(tokens: [DatelineToken]) {
        self.tokens = tokens
    }

    /// Reads prefix, weekday, date, time and zone, and requires that nothing but a final "." follows.
    mutating func readDateline() -> DatelineFields? {
        skipPrefix()
        skipWeekday()
        guard var fields = readDate() else { return nil }
        let afterDate = index
        skipSeparators()
        if readTime(into: &fields) {
            readZone(into: &fields)
        } else {
            index = afterDate
        }
        _ = consume(symbol: ".")
        return index == tokens.count ? fields : nil
    }

    // MARK: Token helpers

    /// The current token, if any.
    var current: DatelineToken? { index < tokens.count ? tokens[index] : nil }

    /// Consumes the current token if it is the given symbol.
    mutating func consume(symbol: Unicode.Scalar) -> Bool {
        guard current == .symbol(symbol) else { return false }
        index += 1
        return true
    }

    /// Consumes the current token if it is the given (lowercase) word.
    mutating func consume(word: String) -> Bool {
        guard current == .word(word) else { return false }
        index += 1
        return true
    }

    /// Consumes and returns the current word, if it is one.
    mutating func readWord() -> String? {
        guard case .word(let word)? = current else { return nil }
        index += 1
        return word
    }

    /// Consumes a number of the given digit counts and returns its value.
    mutating func readNumber(digits: ClosedRange<Int>) -> Int? {
        guard case .number(let digitsText)? = current, digits.contains(digitsText.count),
              let value = Int(digitsText) else { return nil }
        index += 1
        return value
    }

    /// Skips any run of separator symbols and the word "at".
    mutating func skipSeparators() {
        while let token = current {
            switch token {
            case .symbol(let symbol) where DatelineVocabulary.separators.contains(symbol): index += 1
            case .word("at"): index += 1
            default: return
            }
        }
    }

    // MARK: Prefix and weekday

    /// Skips an opening phrase such as "Last updated:" or "Published on".
    mutating func skipPrefix() {
        for phrase in DatelineVocabulary.prefixes {
            let end = index + phrase.count
            guard end <= tokens.count, zip(tokens[index..<end], phrase).allSatisfy({ $0 == .word($1) })
            else { continue }
            index = end
            _ = consume(symbol: ":")
            _ = consume(word: "on")
            return
        }
    }

    /// Skips a weekday name with its trailing "." and ",".
    mutating func skipWeekday() {
        guard case .word(let word)? = current, DatelineVocabulary.weekdays.contains(word) else { return }
        index += 1
        _ = consume(symbol: ".")
        _ = consume(symbol: ",")
    }

    // MARK: Date

    /// Reads an ISO, month-first or day-first date.
    mutating func readDate() -> DatelineFields? {
        let start = index
        if let fields = readISODate() { return fields }
        index = start
        if let fields = readMonthFirstDate() { return fields }
        index = start
        if let fields = readDayFirstDate() { return fields }
        index = start
        if let fields = readDottedNumericDate() { return fields }
        index = start
        return nil
    }

    /// Reads "2023-09-12" (or with "/"), optionally followed by "T" before a time.
    mutating func readISODate() -> DatelineFields? {
        guard let year = readNumber(digits: 4...4),
              case .symbol(let separator)? = current, separator == "-" || separator == "/" else { return nil }
        index += 1
        guard let month = readNumber(digits: 1...2), consume(symbol: separator),
              let day = readNumber(digits: 1...2) else { return nil }
        _ = consume(word: "t")
        return DatelineFields(year: year, month: month, day: day)
    }

    /// Reads "Sep.12 - 2023", "March 3, 2024" or "Sept. 12th 2023".
    mutating func readMonthFirstDate() -> DatelineFields? {
        guard let month = readMonth(), let day = readDay() else { return nil }
        skipSeparators()
        _ = consume(symbol: ".")
        guard let year = readNumber(digits: 4...4) else { return nil }
        return DatelineFields(year: year, month: month, day: day)
    }

    /// Reads "12 September 2023", "12th of Sept. 2023" or "12. September, 2023".
    mutating func readDayFirstDate() -> DatelineFields? {
        guard let day = readDay() else { return nil }
        _ = consume(symbol: ".")
        _ = consume(word: "of")
        guard let month = readMonth() else { return nil }
        _ = consume(symbol: ",")
        guard let year = readNumber(digits: 4...4) else { return nil }
        return DatelineFields(year: year, month: month, day: day)
    }

    /// Reads "22.07.2022": with dots, numeric dates are day first by European convention.
    mutating func readDottedNumericDate() -> DatelineFields? {
        guard let day = readNumber(digits: 1...2), consume(symbol: "."),
              let month = readNumber(digits: 1...2), consume(symbol: "."),
              let year = readNumber(digits: 4...4) else { return nil }
        return DatelineFields(year: year, month: month, day: day)
    }

    /// Reads a month name with an optional trailing ".".
    mutating func readMonth() -> Int? {
        guard case .word(let word)? = current, let month = DatelineVocabulary.months[word] else { return nil }
        index += 1
        _ = consume(symbol: ".")
        return month
    }

    /// Reads a one- or two-digit day with an optional ordinal suffix ("12th").
    mutating func readDay() -> Int? {
        guard let day = readNumber(digits: 1...2) else { return nil }
        if case .word(let suffix)? = current, ["st", "nd", "rd", "th"].contains(suffix) { index += 1 }
        return day
    }

    // MARK: Time

    /// Reads "14:05", "07:30:00.250", "7:30 AM", "7.30pm" or "7 p.m." into the fields.
    mutating func readTime(into fields: inout DatelineFields) -> Bool {
        let start = index
        guard var hour = readNumber(digits: 1...2) else { return false }
        var minute = 0, second = 0, fraction = 0.0
        var dottedMinutes = false
        if consume(symbol: ":") {
            guard let value = readNumber(digits: 2...2) else { index = start; return false }
            minute = value
            if consume(symbol: ":") {
                guard let value = readNumber(digits: 2...2) else { index = start; return false }
                second = value
                if case .symbol(".")? = current, index + 1 < tokens.count,
                   case .number(let digits) = tokens[index + 1], let value = Double("0." + digits) {
                    fraction = value
                    index += 2
                }
            }
        } else if case .symbol(".")? = current, index + 1 < tokens.count,
                  case .number(let digits) = tokens[index + 1], digits.count == 2, let value = Int(digits) {
            minute = value
            dottedMinutes = true
            index += 2
        }
        let minuteGiven = index > start + 1
        if let isPM = readMeridiem() {
            guard (1...12).contains(hour) else { index = start; return false }
            hour = hour % 12 + (isPM ? 12 : 0)
        } else if dottedMinutes || !minuteGiven {
            // "7.30" and a bare "7" are only times with AM/PM.
            index = start
            return false
        }
        fields.hour = hour
        fields.minute = minute
        fields.second = second
        fields.fraction = fraction
        return true
    }

    /// Reads "AM", "pm", "a.m." or "P.M." and returns whether it is PM.
    mutating func readMeridiem() -> Bool? {
        let start = index
        switch readWord() {
        case "am"?: return false
        case "pm"?: return true
        case "a"?, "p"?:
            let isPM = tokens[start] == .word("p")
            guard consume(symbol: "."), consume(word: "m") else { index = start; return nil }
            // A final "." is left for the end-of-line check, which accepts it either way.
            if index + 1 < tokens.count { _ = consume(symbol: ".") }
            return isPM
        default:
            index = start
            return nil
        }
    }

    // MARK: Zone

    /// Reads an optional zone ("CET", "UTC+2", "+02:00", "(GMT)") into the fields.
    mutating func readZone(into fields: inout DatelineFields) {
        let start = index
        let parenthesised = consume(symbol: "(")
        var offset: Int?
        if case .word(let word)? = current, let base = DatelineVocabulary.zones[word] {
            index += 1
            offset = base
            if DatelineVocabulary.usGenericZones.contains(word), DatelineVocabulary.isUSDaylightTime(month: fields.month, day: fields.day) {
                offset = base + 3_600
            }
            if base == 0, word != "z", let extra = readOffset() { offset = extra }
        } else {
            offset = readOffset()
        }
        guard let offset, !parenthesised || consume(symbol: ")") else {
            index = start
            return
        }
        fields.utcOffset = offset
    }

    /// Reads "+02:00", "+0200", "-5" or "+5:30" and returns seconds east of UTC.
    mutating func readOffset() -> Int? {
        let start = index
        guard case .symbol(let symbol)? = current, let sign = DatelineVocabulary.signs[symbol] else { return nil }
        index += 1
        guard case .number(let digits)? = current, let value = Int(digits) else { index = start; return nil }
        index += 1
        var hours: Int, minutes = 0
        switch digits.count {
        case 4:
            hours = value / 100
            minutes = value % 100
        case 1...2:
            hours = value
            if consume(symbol: ":") {
                guard let value = readNumber(digits: 2...2) else { index = start; return nil }
                minutes = value
            }
        default:
            index = start
            return nil
        }
        guard hours <= 14, minutes < 60 else { index = start; return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
