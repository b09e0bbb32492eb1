/// Amounts in `NumericEntityRules`: money, percentages, clock times and durations after a number.
extension NumericEntityRules.Scanner {
    /// Money, percentages, clock times and durations starting at `i` (after any hedge).
    func amount(at i: Int, hedged: Bool, durations: Bool, clocks: Bool) -> Match? {
        guard i < limit else { return nil }
        if let end = moneyWithSymbol(at: i) { return Match(start: i, end: end, label: .money) }
        if kind(i) == .pence { return Match(start: i, end: i + 1, label: .money) }
        if let end = vagueMoney(at: i) { return Match(start: i, end: end, label: .money) }
        if clocks, let end = clockTime(at: i) { return Match(start: i, end: end, label: .time) }
        guard let phrase = rangedNumber(at: i) else { return nil }
        if var end = percentTail(phrase) {
            // "3% to 3.5%" (a range, rising; not "from 1.9% to 1.8%" nor "50.9% to 49.1%")
            if word(end) == .to || (isDash(end) && attached(end)), previousWord(i) != .from,
                let second = numberPhrase(at: end + 1), second.isNumeric, second.value > phrase.value,
                let secondEnd = percentTail(second)
            {
                end = secondEnd
            }
            return Match(start: i, end: end, label: .percent)
        }
        if let end = currencyTail(phrase) { return Match(start: i, end: end, label: .money) }
        if durations, let (end, label) = durationTail(phrase, start: i, hedged: hedged) {
            return Match(start: i, end: end, label: label)
        }
        return nil
    }

    /// "%", "percent", "per cent", "percentage point(s)" after a number.
    func percentTail(_ phrase: NumberPhrase) -> Int? {
        let e = phrase.end
        if word(e) == .percentage && (word(e + 1) == .point || word(e + 1) == .points) {
            return phrase.form == .vague ? nil : e + 2
        }
        guard phrase.isNumeric else { return nil }
        if isPunct(e, "%") { return e + 1 }
        if word(e) == .percent { return e + 1 }
        if word(e) == .per && word(e + 1) == .cent { return e + 2 }
        return nil
    }
}
