/// Periods in `NumericEntityRules`: decades, centuries, quarters and seasons.
extension NumericEntityRules.Scanner {
    /// "1990s", "'90s" (and "90s" after "the").
    func decadeEnd(at j: Int, afterThe: Bool) -> Int? {
        if kind(j) == .digitsDecade && (lex[j].digitCount == 4 || afterThe) { return j + 1 }
        if (isPunct(j, "'") || isPunct(j, "\u{2019}")) && kind(j + 1) == .digitsDecade && attached(j + 1) {
            return j + 2
        }
        return nil
    }

    /// "19th century", "twentieth century", "12th-century" (`hyphenated` allows the modifier form).
    func centuryEnd(at j: Int, hyphenated: Bool) -> Int? {
        guard kind(j) == .digitsOrdinal || kind(j) == .ordinalWord else { return nil }
        if unitAt(j + 1) == .century { return isNameAfter(j + 2) ? nil : j + 2 }  // not "20th Century Fox"
        if hyphenated && isDash(j + 1) && attached(j + 1) && attached(j + 2) && unitAt(j + 2) == .century {
            return j + 3
        }
        return nil
    }

    /// "fourth quarter", "first-quarter", "the final quarter of 2024".
    func quarterEnd(at j: Int) -> Int? {
        let l = lex[min(j, lex.count - 1)]
        guard j < limit, ((l.kind == .ordinalWord || l.kind == .digitsOrdinal) && l.value <= 4) || l.word == .final
        else { return nil }
        var end: Int
        if word(j + 1) == .quarter {
            end = j + 2
        } else if isDash(j + 1) && attached(j + 1) && word(j + 2) == .quarter && attached(j + 2) {
            end = j + 3
        } else {
            return nil
        }
        if word(end) == .of && isYear(end + 1) {
            end += 2
        } else if word(end) == .of && word(end + 1) == .the && word(end + 2) == .year {
            end += 3
        } else if isYear(end) {
            end += 1
        }
        return end
    }

    /// "summer 2024", "in summer".
    func seasonLed(at i: Int) -> Match? {
        guard !isNameWord(i) else { return nil }
        if isYear(i + 1) { return Match(start: i, end: i + 2, label: .date) }
        if word(i + 1) == .of && isYear(i + 2) { return Match(start: i, end: i + 3, label: .date) }
        let name = tokens[i].text.lowercased()
        guard name != "spring" && name != "fall" else { return nil }
        let before = previousWord(i)
        guard before == .in || before == .during || before == .by || before == .until || before == .since
            || before == .through, isBoundary(i + 1)
        else { return nil }
        return Match(start: i, end: i + 1, label: .date)
    }
}
