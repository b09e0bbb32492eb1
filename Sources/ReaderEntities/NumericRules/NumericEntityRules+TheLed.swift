/// Expressions of `NumericEntityRules` that keep their "the".
extension NumericEntityRules.Scanner {
    /// Expressions that keep their "the": "the 1990s", "the winter", "the coming days", "the end of 2025",
    /// "the fourth quarter", "the 19th century", "the age of 96", "the following month".
    func theLed(at i: Int) -> Match? {
        let j = i + 1
        guard j < limit else { return nil }
        // "the early 1990s", "the mid-1990s", "the late 19th century"
        let w = word(j)
        if w == .early || w == .mid || w == .late {
            var q = j + 1
            if isDash(q) && attached(q) { q += 1 }
            if let end = decadeEnd(at: q, afterThe: true) ?? centuryEnd(at: q, hyphenated: false) {
                return Match(start: i, end: end, label: .date)
            }
        }
        if let end = decadeEnd(at: j, afterThe: true) { return Match(start: i, end: end, label: .date) }
        if let end = centuryEnd(at: j, hyphenated: false) { return Match(start: i, end: end, label: .date) }
        if let end = quarterEnd(at: j) { return Match(start: i, end: end, label: .date) }
        // "the 84th minute"
        if (kind(j) == .ordinalWord || kind(j) == .digitsOrdinal) && unitAt(j + 1) == .minute {
            return Match(start: i, end: j + 2, label: .time)
        }
        // "the first half of 2024"
        if (w == .first || w == .second) && word(j + 1) == .half && word(j + 2) == .of,
            let end = dateAfterOf(at: j + 3)
        {
            return Match(start: i, end: end, label: .date)
        }
        // "the end of the decade", "the start of next year"
        switch w {
        case .end, .start, .beginning, .middle, .turn, .rest, .remainder:
            if word(j + 1) == .of, let end = dateAfterOf(at: j + 2) { return Match(start: i, end: end, label: .date) }
            return nil
        default:
            break
        }
        // "the age of 96"
        if w == .age && word(j + 1) == .of && isAgeNumber(j + 2) {
            if (word(j + 3) == .and || word(j + 3) == .to) && isAgeNumber(j + 4) {
                return Match(start: i, end: j + 5, label: .date)
            }
            return Match(start: i, end: j + 3, label: .date)
        }
        // "the 19th of September"
        if kind(j) == .digitsOrdinal && isDayNumber(j) && word(j + 1) == .of && kind(j + 2) == .month {
            var end = j + 3
            if isYear(end) { end += 1 }
            return Match(start: i, end: end, label: .date)
        }
        // "the winter", "the summer of 2023"
        if kind(j) == .season && !isNameWord(j) {
            if word(j + 1) == .of && isYear(j + 2) { return Match(start: i, end: j + 3, label: .date) }
            if tokens[j].text.lowercased() != "fall" && isBoundary(j + 1) {
                return Match(start: i, end: j + 1, label: .date)
            }
            return nil
        }
        if w == .weekend && !lex[j].flags.contains(.plural) { return Match(start: i, end: j + 1, label: .date) }
        if let (end, label) = relative(at: j, withThe: true) { return Match(start: i, end: end, label: label) }
        // "the year", "the week", "the month", "the decade" (not "Footballer of the Year")
        if w == .year || w == .week || w == .month || unitAt(j) == .decade || unitAt(j) == .century,
            !lex[j].flags.contains(.plural), !isCapitalizedInside(j), !(isDash(j + 1) && attached(j + 1))
        {
            return Match(start: i, end: j + 1, label: .date)
        }
        return nil
    }

    /// What may follow "the end of": "2025", "the decade", "the year", "next year", "March 2024", "the 1990s".
    func dateAfterOf(at q: Int) -> Int? {
        guard q < limit else { return nil }
        if word(q) == .the {
            let r = q + 1
            if let unit = unitAt(r), !lex[r].flags.contains(.plural), !unit.isTime { return r + 1 }
            if kind(r) == .season { return r + 1 }
            if word(r) == .weekend || (word(r) == .season && !tokens[r].text.hasSuffix("s")) { return r + 1 }
            if let end = decadeEnd(at: r, afterThe: true) ?? centuryEnd(at: r, hyphenated: false) ?? quarterEnd(at: r) {
                return end
            }
            if let (end, label) = relative(at: r, withThe: true), label == .date { return end }
            return nil
        }
        if let end = yearEnd(at: q, force: true) { return end }
        if kind(q) == .month { return monthDate(at: q, requireDay: false, contextual: true) }
        if let (end, label) = relative(at: q, withThe: false), label == .date { return end }
        return decadeEnd(at: q, afterThe: false)
    }
}
