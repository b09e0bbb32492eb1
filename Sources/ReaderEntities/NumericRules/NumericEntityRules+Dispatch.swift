/// Which pattern of `NumericEntityRules` a token may begin: each looks at the tokens from one position and
/// returns where its expression ends.
extension NumericEntityRules.Scanner {
    mutating func match(at i: Int) -> Match? {
        let l = lex[i]
        // Hedged amounts: "about 84%", "more than $65 billion", "up to 24 hours", "at least eight".
        if l.kind == .keyword, let hedge = hedge(at: i) {
            // "aged under 30", "aged over 65"
            if previousWord(i) == .aged && isAgeNumber(hedge.end) {
                return Match(start: i, end: hedge.end + 1, label: .date)
            }
            if let found = amount(at: hedge.end, hedged: true, durations: hedge.durations, clocks: hedge.clocks) {
                return Match(start: i, end: found.end, label: found.label)
            }
            if let found = count(at: hedge.end, hedged: true) {
                return Match(start: i, end: found.end, label: found.label)
            }
        }
        if l.flags.contains(.capitalized), let end = holiday(at: i) {
            return Match(start: i, end: end, label: .date)
        }
        switch l.kind {
        case .keyword:
            return keywordLed(at: i)
        case .digits:
            return digitsLed(at: i)
        case .numberWord, .digitsScaled, .pence:
            if let found = amount(at: i, hedged: false, durations: true, clocks: true) { return found }
            return count(at: i, hedged: false)
        case .month:
            return monthLed(at: i)
        case .weekday, .weekdayPlural:
            return weekdayLed(at: i)
        case .ordinalWord, .digitsOrdinal:
            return ordinalLed(at: i)
        case .digitsDecade:
            if l.digitCount == 4 && !isNameBefore(i) { return Match(start: i, end: i + 1, label: .date) }
            return nil
        case .clock, .clockAmPm:
            if let end = clockTime(at: i) { return Match(start: i, end: end, label: .time) }
            return nil
        case .dottedDate:
            return Match(start: i, end: i + 1, label: .date)
        case .quarterCode:
            return Match(start: i, end: isYear(i + 1) ? i + 2 : i + 1, label: .date)
        case .digitsQuantity:
            return Match(start: i, end: i + 1, label: .quantity)
        case .currencySymbol, .currencyCode, .currencyQualifier:
            if let end = moneyWithSymbol(at: i) { return Match(start: i, end: end, label: .money) }
            return nil
        case .vagueScale:
            if let end = vagueMoney(at: i) { return Match(start: i, end: end, label: .money) }
            return count(at: i, hedged: false)
        case .deictic, .tonight, .noon:
            // "Today" inside a sentence is a name ("the Today programme", "USA Today").
            if l.flags.contains(.capitalized) && !l.flags.contains(.sentenceStart) && !l.flags.contains(.headline) {
                return nil
            }
            if l.kind == .deictic && kind(i + 1) == .partOfDay { return Match(start: i, end: i + 2, label: .time) }
            return Match(start: i, end: i + 1, label: l.kind == .deictic ? .date : .time)
        case .periodic:
            if l.flags.contains(.capitalized) && !l.flags.contains(.headline) && isNameAfter(i + 1) { return nil }
            if l.flags.contains(.capitalized) && !l.flags.contains(.sentenceStart) && !l.flags.contains(.headline) {
                return nil
            }
            return Match(start: i, end: i + 1, label: .date)
        case .season:
            return seasonLed(at: i)
        case .punct:
            // "'90s"
            if kind(i + 1) == .digitsDecade && attached(i + 1) && lex[i + 1].digitCount == 2 {
                return Match(start: i, end: i + 2, label: .date)
            }
            return nil
        default:
            return nil
        }
    }
}
