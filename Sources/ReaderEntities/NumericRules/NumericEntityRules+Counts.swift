extension NumericEntityRules {
    /// Common race and event distances written "200m" (QUANTITY, not money).
    static let raceDistances: Set<Double> = [50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]
}

/// Ordinals, counts and quantities in `NumericEntityRules` (ORDINAL, CARDINAL, QUANTITY).
extension NumericEntityRules.Scanner {
    mutating func ordinalLed(at i: Int) -> Match? {
        if let end = centuryEnd(at: i, hyphenated: true) { return Match(start: i, end: end, label: .date) }
        if let end = quarterEnd(at: i) { return Match(start: i, end: end, label: .date) }
        if unitAt(i + 1) == .century && isNameAfter(i + 2) { return nil }  // "20th Century Fox"
        if kind(i) == .digitsOrdinal, let end = dayMonth(at: i) {
            return Match(start: i, end: extendDate(end), label: .date)
        }
        let l = lex[i]
        // "First Lady", "First Republic Bank"
        if l.flags.contains(.capitalized) && !l.flags.contains(.headline) && isNameWord(i + 1) && i + 1 < limit {
            return nil
        }
        if l.kind == .digitsOrdinal && isNameBefore(i) { return nil }
        return Match(start: i, end: i + 1, label: .ordinal)
    }

    /// CARDINAL and QUANTITY: "591", "about 15,000", "hundreds of thousands", "4-2", "140 mph", "200-metre".
    func count(at i: Int, hedged: Bool) -> Match? {
        guard i < limit else { return nil }
        let l = lex[i]
        if l.kind == .vagueScale {
            let name = tokens[i].text.lowercased()
            var end = i + 1
            if word(end) == .of && kind(end + 1) == .vagueScale { end += 2 }
            if (name == "tens" || name == "scores") && word(i + 1) != .of { return nil }
            return Match(start: i, end: end, label: .cardinal)
        }
        if l.kind == .digitsQuantity { return Match(start: i, end: i + 1, label: .quantity) }
        guard let phrase = numberPhrase(at: i) else { return nil }
        // Quantities: "140 mph", "20 million tonnes", "1.6-mile", "more than a metre", "200m".
        let e = phrase.end
        if phrase.form != .vague {
            if kind(e) == .quantityUnit && (phrase.form != .article || hedged) {
                return Match(start: i, end: e + 1, label: .quantity)
            }
            if isDash(e) && attached(e) && kind(e + 1) == .quantityUnit && attached(e + 1) {
                return Match(start: i, end: e + 2, label: .quantity)
            }
        }
        guard phrase.isNumeric else { return nil }
        // A number before a unit of time is a duration, not a count ("over [two days]").
        if unitAt(e) != nil || (isDash(e) && attached(e) && unitAt(e + 1) != nil) { return nil }
        if l.flags.contains(.metre) && NumericEntityRules.raceDistances.contains(l.value / 1e6) {
            return Match(start: i, end: i + 1, label: .quantity)
        }
        // Scores and tallies: "4-2", "243-187".
        if l.kind == .digits && l.flags.contains(.integer) && l.digitCount <= 3 && isDash(i + 1) && attached(i + 1)
            && attached(i + 2) && kind(i + 2) == .digits && lex[i + 2].flags.contains(.integer)
            && lex[i + 2].digitCount <= 3
        {
            return Match(start: i, end: i + 3, label: .cardinal)
        }
        if !hedged {
            // Numbers that belong to names are consumed without a span.
            let skip = Match(start: i, end: phrase.end, label: nil)
            let p = previous(i)
            if isNameBefore(i) { return skip }
            // "F-16", "COVID-19"
            if p >= 0 && isDash(p) && attached(i) && attached(p) && previous(p) >= 0
                && lex[previous(p)].flags.contains(.letter)
            {
                return skip
            }
            if p >= 0 && blocksNumber(p) { return skip }
            if l.kind == .digits && isStreetNumber(i) { return skip }
            // A year inside a name: "the 2022 World Cup", "Paris 2024".
            if isYear(i) && isEventAfter(i + 1) { return skip }
            if l.kind == .numberWord {
                // "the one that", "no one", "one another", "one-off"
                if l.value == 1 && phrase.end == i + 1 {
                    switch previousWord(i) {
                    case .the, .no, .any, .every, .each, .which, .that, .this: return nil
                    default: break
                    }
                    if i + 1 < limit && tokens[i + 1].text == "another" { return nil }
                }
                if isDash(phrase.end) && attached(phrase.end) && flags(phrase.end + 1).contains(.lower) {
                    return nil
                }
            }
        }
        return Match(start: i, end: phrase.end, label: .cardinal)
    }

    /// "10 Downing Street", "1600 Pennsylvania Avenue".
    func isStreetNumber(_ i: Int) -> Bool {
        var q = i + 1
        var words = 0
        while q < limit && words < 3 && lex[q].flags.contains(.capitalized) {
            if lex[q].kind == .streetSuffix && words > 0 { return true }
            q += 1
            words += 1
        }
        return false
    }
}
