/// Ages in `NumericEntityRules` (DATE, as OntoNotes has them).
extension NumericEntityRules.Scanner {
    /// Ages: "Trump, [77]," "aged [96]", "turns [24]", "the age of [96]" (the last is made by `theLed`).
    func age(at i: Int) -> Match? {
        guard isAgeNumber(i) else { return nil }
        let p = previous(i)
        guard p >= 0 else { return nil }
        let before = lex[p]
        if before.word == .aged || before.word == .age {
            var end = i + 1
            if word(end) == .to || isDash(end), isAgeNumber(end + 1) { end += 2 }
            return Match(start: i, end: end, label: .date)
        }
        if before.word == .turns || before.word == .turn {
            let next = i + 1
            guard next >= limit || kind(next) == .punct || lex[next].flags.contains(.function)
                || kind(next) == .weekday || kind(next) == .deictic
            else { return nil }
            return Match(start: i, end: i + 1, label: .date)
        }
        // "Huang, 61, co-founded", "The queen, 96, made" (two digits: not "the operator, 3.")
        if isPunct(p, ","), previous(p) >= 0, lex[i].digitCount >= 2 {
            let name = lex[previous(p)]
            guard name.flags.contains(.letter), !name.flags.contains(.function) else { return nil }
            switch name.kind {
            case .month, .weekday, .numberWord, .dateUnit, .timeUnit, .scale, .vagueScale, .ordinalWord,
                .quantityUnit, .currencyWord, .keyword:
                return nil
            default:
                break
            }
            let next = i + 1
            guard next >= limit || isPunct(next, ",") || isPunct(next, ";") || isPunct(next, ")")
                || (isPunct(next, ".") && !(next + 1 < limit && kind(next + 1) == .digits))
            else { return nil }
            return Match(start: i, end: i + 1, label: .date)
        }
        return nil
    }

    func isAgeNumber(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let l = lex[i]
        return l.kind == .digits && l.flags.contains(.integer) && !l.flags.contains(.leadingZero) && l.value >= 1
            && l.value <= 120
    }
}
