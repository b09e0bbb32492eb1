/// Expressions of `NumericEntityRules` that digits begin; numeric dates and phone numbers.
extension NumericEntityRules.Scanner {
    mutating func digitsLed(at i: Int) -> Match? {
        if let end = numericDate(at: i) { return Match(start: i, end: end, label: .date) }
        if let end = phoneNumberEnd(at: i) { return Match(start: i, end: end, label: nil) }
        // "1900 GMT", "0950 local time"
        let l = lex[i]
        if l.flags.contains(.integer) && l.digitCount == 4 && l.value.truncatingRemainder(dividingBy: 100) < 60
            && l.value < 2400 && (kind(i + 1) == .timezone || (word(i + 1) == .local && word(i + 2) == .time))
        {
            return Match(start: i, end: zoneEnd(i + 1), label: .time)
        }
        if let found = amount(at: i, hedged: false, durations: true, clocks: true) { return found }
        if let end = dayMonth(at: i) { return Match(start: i, end: extendDate(end), label: .date) }
        if let found = age(at: i) { return found }
        if let end = yearEnd(at: i, force: false) { return Match(start: i, end: end, label: .date) }
        if lex[i].flags.contains(.integer) && kind(i + 1) == .eraSuffix {
            return Match(start: i, end: i + 2, label: .date)
        }
        return count(at: i, hedged: false)
    }

    /// "2024-01-03", "2024/01/03", "22/07/2022", "7/22/22".
    func numericDate(at i: Int) -> Int? {
        let separatorOK = { (q: Int) -> Bool in (self.isDash(q) || self.isPunct(q, "/")) && self.attached(q) }
        func twoDigits(_ q: Int, _ range: ClosedRange<Double>) -> Bool {
            q < limit && lex[q].kind == .digits && lex[q].flags.contains(.integer) && lex[q].digitCount <= 2
                && attached(q) && range.contains(lex[q].value)
        }
        guard i + 4 < limit, separatorOK(i + 1), separatorOK(i + 3),
            tokens[i + 1].text == tokens[i + 3].text
        else { return nil }
        if isYear(i) && twoDigits(i + 2, 1...12) && twoDigits(i + 4, 1...31) { return i + 5 }
        let first = lex[i]
        guard first.flags.contains(.integer), first.digitCount <= 2, first.value >= 1, first.value <= 31,
            twoDigits(i + 2, 1...31), first.value <= 12 || lex[i + 2].value <= 12,
            attached(i + 4), lex[i + 4].kind == .digits, lex[i + 4].flags.contains(.integer),
            lex[i + 4].digitCount == 2 || isYear(i + 4)
        else { return nil }
        return i + 5
    }

    /// Runs of digit groups that make a phone number: "+44 20 7946 0958", "(555) 123-4567", "555-123-4567".
    func phoneNumberEnd(at i: Int) -> Int? {
        func plain(_ q: Int) -> Bool {
            q < limit && lex[q].kind == .digits && lex[q].flags.contains(.integer)
        }
        guard plain(i) else { return nil }
        var groups = 1
        var q = i + 1
        var digits = Int(lex[i].digitCount)
        while q < limit {
            if plain(q) && tokens[q].spaceBefore && lex[q - 1].kind == .digits {
                groups += 1
                digits += Int(lex[q].digitCount)
                q += 1
            } else if (isDash(q) || isPunct(q, ".")) && attached(q) && plain(q + 1) && attached(q + 1) {
                groups += 1
                digits += Int(lex[q + 1].digitCount)
                q += 2
            } else {
                break
            }
        }
        let p = previous(i)
        // "(555) 123-4567"
        if p >= 0 && isPunct(p, "(") && isPunct(i + 1, ")") && plain(i + 2) && lex[i].digitCount == 3 {
            var end = i + 3
            while (isDash(end) || isPunct(end, ".")) && attached(end) && plain(end + 1) && attached(end + 1) {
                end += 2
            }
            return end
        }
        let international = p >= 0 && isPunct(p, "+") && attached(i)
        let areaCode = p >= 0 && isPunct(p, ")") && previous(p) >= 0 && plain(previous(p))
        if (groups >= 3 && digits >= 7) || (international && digits >= 6) || (areaCode && digits >= 6)
            || (groups == 2 && digits >= 7 && lex[i].digitCount != 4 && tokens[i + 1].spaceBefore)
        {
            return q
        }
        return nil
    }
}
