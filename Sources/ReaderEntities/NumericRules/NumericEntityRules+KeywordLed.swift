/// Expressions of `NumericEntityRules` that a keyword begins: "this year", "between 2005 and 2007".
extension NumericEntityRules.Scanner {
    mutating func keywordLed(at i: Int) -> Match? {
        switch word(i) {
        case .the:
            return theLed(at: i)
        case .this, .last, .next, .coming, .recent, .past:
            if let (end, label) = relative(at: i, withThe: false) { return Match(start: i, end: end, label: label) }
            return nil
        case .early, .mid, .late, .earlier, .later:
            return edgeLed(at: i)
        case .a, .an, .half, .several, .few, .many:
            return amount(at: i, hedged: false, durations: true, clocks: false)
        case .between:
            return betweenLed(at: i)
        case .fiscal:
            if isYear(i + 1) { return Match(start: i, end: i + 2, label: .date) }
            if word(i + 1) == .year && isYear(i + 2) { return Match(start: i, end: i + 3, label: .date) }
            return nil
        default:
            return nil
        }
    }

    /// "between 2005 and 2007", "between 15 November 2004 and 5 January 2005", "between 3% and 6%",
    /// "between 50 and 60%", "between Monday and Friday".
    mutating func betweenLed(at i: Int) -> Match? {
        func part(_ j: Int) -> Match? {
            guard j < limit else { return nil }
            if let end = dayMonth(at: j) ?? monthDate(at: j, requireDay: false, contextual: true) {
                return Match(start: j, end: end, label: .date)
            }
            if isYear(j) { return Match(start: j, end: j + 1, label: .date) }
            if kind(j) == .weekday && !lex[j].flags.contains(.abbreviation) {
                return Match(start: j, end: j + 1, label: .date)
            }
            if let found = amount(at: j, hedged: false, durations: false, clocks: true), found.label != .date {
                return found
            }
            return nil
        }
        guard let second = { () -> Match? in
            if let first = part(i + 1) {
                guard word(first.end) == .and, let second = part(first.end + 1), second.label == first.label else {
                    return nil
                }
                return second
            }
            // "between 50 and 60%"
            guard let number = numberPhrase(at: i + 1), number.isNumeric, word(number.end) == .and,
                let second = part(number.end + 1), second.label == .percent || second.label == .money
            else { return nil }
            return second
        }() else { return nil }
        return Match(start: i, end: second.end, label: second.label)
    }
}
