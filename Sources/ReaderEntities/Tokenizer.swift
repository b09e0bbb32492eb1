import ReaderText

/// Splits text into tokens that keep their scalar offsets.
///
/// `Kim|Jong|-|un|'s`, `U.S.`, `Sep.|12`, `$|1.2|billion`, `4.5|%`, `£|350m`, `7:30`: words keep
/// inner digits separators and apostrophes, a possessive 's is its own token, hyphens and other
/// punctuation stand alone, and known abbreviations keep their period.
public enum Tokenizer {
    /// Lower-cased words that keep a following period ("Mr.", "Sep.", "Inc.").
    static let abbreviations: Set<String> = Set([
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "st",
        "jr", "sr", "rev", "hon", "pres", "supt", "cmdr", "adm", "maj",
        "inc", "ltd", "co", "corp", "plc", "bros", "vs", "etc", "no", "vol", "dept", "univ", "ft", "mt",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]).union(CivilCalendar.monthAbbreviations.map { $0.text.lowercased() })

    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: Array(text.unicodeScalars))
    }

    public static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        tokenize(scalars: scalars, slicer: TextSlicer(scalars: scalars))
    }

    public static func tokenize(scalars: [Unicode.Scalar], slicer: TextSlicer) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let count = scalars.count
        var index = 0
        var spaceBefore = true
        var lineStart = true
        func emit(_ start: Int, _ end: Int) {
            let text = slicer.text(start, end)
            tokens.append(Token(text: text, start: start, end: end, spaceBefore: spaceBefore, lineStart: lineStart))
            spaceBefore = false
            lineStart = false
        }
        while index < count {
            let scalar = scalars[index]
            if scalar.isWhitespaceFast {
                if scalar == "\n" { lineStart = true }
                spaceBefore = true
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                let end = wordEnd(scalars, from: index)
                emit(index, end)
                index = end
            } else if isApostrophe(scalar), index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                index + 2 >= count || !isWordScalar(scalars[index + 2]), index > 0, isWordScalar(scalars[index - 1])
            {
                emit(index, index + 2)
                index += 2
            } else {
                emit(index, index + 1)
                index += 1
            }
        }
        return tokens
    }

    /// Where the word starting at `start` ends.
    static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let count = scalars.count
        var end = start
        while end < count {
            let scalar = scalars[end]
            if isWordScalar(scalar) || scalar.properties.generalCategory == .nonspacingMark {
                end += 1
                continue
            }
            let next = end + 1 < count ? scalars[end + 1] : " "
            let previous = scalars[end - 1]
            let betweenDigits = isDigit(previous) && isDigit(next)
            if (scalar == "." || scalar == "," || scalar == ":") && betweenDigits {
                end += 1
                continue
            }
            if isApostrophe(scalar) && isLetter(next) {
                let afterNext = end + 2 < count ? scalars[end + 2] : " "
                if (next == "s" || next == "S") && !isWordScalar(afterNext) { break }
                end += 1
                continue
            }
            if scalar == "." && isLetter(previous) {
                return abbreviationEnd(scalars, wordStart: start, dot: end)
            }
            break
        }
        return end
    }

    /// Keeps the period of "U.S.", "J." and known abbreviations; otherwise the word ends before it.
    static func abbreviationEnd(_ scalars: [Unicode.Scalar], wordStart: Int, dot: Int) -> Int {
        let count = scalars.count
        if dot - wordStart == 1 {
            // Initials: U.S., U.N., J.R.R.: single letters each followed by a period.
            var end = dot + 1
            while end + 1 < count, isLetter(scalars[end]), scalars[end + 1] == "." {
                end += 2
            }
            return end
        }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<dot])).lowercased()
        return abbreviations.contains(word) ? dot + 1 : dot
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
