/// Calendar dates in `NumericEntityRules`: a month, a day of the month, a weekday.
extension NumericEntityRules.Scanner {
    /// "July 10, 2024", "Sep.30 - 2024", "Jul 19 2024", "Oct. 1", "April 1949", "May of 2023", "February".
    /// `contextual`: the month follows a word that makes it a month ("in May", "the end of March").
    func monthDate(at i: Int, requireDay: Bool, contextual: Bool) -> Int? {
        guard i < limit, lex[i].kind == .month else { return nil }
        let l = lex[i]
        var e = i + 1
        if isDayNumber(e) && !(kind(e + 1) == .scale || isPunct(e + 1, "%") || unitAt(e + 1) != nil) {
            e += 1
            if isDash(e) && attached(e) && isDayNumber(e + 1) && attached(e + 1) { e += 2 }  // "July 1-5"
            if isPunct(e, ",") && isYear(e + 1) {
                e += 2
            } else if isYear(e) {
                e += 1
            } else if isDash(e) && isYear(e + 1) {
                e += 2  // "Sep.30 - 2024"
            }
            return e
        }
        if requireDay { return nil }
        if word(e) == .of && isYear(e + 1) { return e + 2 }
        if isYear(e) { return e + 1 }
        // The month alone.
        if l.flags.contains(.abbreviation) && !l.flags.contains(.period) { return nil }
        let p = previous(i)
        // Only "in", "since", "during", "until" outweigh a following name ("given by May Parsons").
        var strongPreposition = false
        if p >= 0 {
            switch lex[p].word {
            case .in, .since, .during, .until: strongPreposition = true
            default: break
            }
        }
        if (l.flags.contains(.ambiguous) || l.flags.contains(.abbreviation)) && !contextual {
            guard p >= 0 else { return nil }
            let before = lex[p]
            let listed = (before.word == .and || before.word == .or || before.word == .to) && previous(p) >= 0
                && lex[previous(p)].kind == .month
            // Not "of" alone: "The Darling Buds of May" ("the end of May" is contextual).
            guard listed || before.flags.contains(.temporalPreposition) && before.word != .and && before.word != .or
                && before.word != .of
            else { return nil }
        }
        // "Theresa May", "June Brown" ("in October Tory leader Michael Howard" is a date)
        if !contextual && !strongPreposition && (isNameBefore(i) || isNameAfter(e)) { return nil }
        return e
    }

    /// "19 Sep 2022", "8 August", "4th July", "19th of September 2022".
    func dayMonth(at i: Int) -> Int? {
        guard isDayNumber(i) else { return nil }
        var e = i + 1
        // "6 to 9 January", "26-28 August", "20 and 21 August"
        let w = word(e)
        if w == .to || w == .and || w == .or || (isDash(e) && attached(e) == attached(e + 1)), isDayNumber(e + 1),
            kind(e + 2) == .month
        {
            e += 2
        }
        if word(e) == .of && kind(e - 1) == .digitsOrdinal { e += 1 }
        guard kind(e) == .month else { return nil }
        e += 1
        if isYear(e) {
            e += 1
        } else if isPunct(e, ",") && isYear(e + 1) {
            e += 2
        }
        return e
    }

    /// After a calendar date: "20 March to 27 March 2004", "July last year", "March this year".
    func extendDate(_ end: Int) -> Int {
        var end = end
        let w = word(end)
        if w == .to || w == .through || isDash(end),
            let second = dayMonth(at: end + 1) ?? monthDate(at: end + 1, requireDay: true, contextual: true)
        {
            end = second
        }
        let r = word(end)
        if (r == .this || r == .last || r == .next) && word(end + 1) == .year { end += 2 }
        return end
    }

    mutating func monthLed(at i: Int) -> Match? {
        guard var end = monthDate(at: i, requireDay: false, contextual: false) else { return nil }
        // "June to August", "January-March 2024"
        if end == i + 1 || isYear(end - 1) {
            let separator = end
            if word(separator) == .to || word(separator) == .through || isDash(separator),
                kind(separator + 1) == .month,
                let second = monthDate(at: separator + 1, requireDay: false, contextual: true)
            {
                end = second
            }
        }
        return Match(start: i, end: extendDate(end), label: .date)
    }

    /// "Monday", "Mon 19 Sep 2022", "Monday, July 1", "Tuesday night" (TIME), "Monday to Saturday", "Mondays".
    mutating func weekdayLed(at i: Int) -> Match? {
        let l = lex[i]
        if l.kind == .weekdayPlural { return Match(start: i, end: i + 1, label: .date) }
        var end = i + 1
        var extended = false
        if isPunct(end, ","), let date = monthDate(at: end + 1, requireDay: true, contextual: true) ?? dayMonth(at: end + 1) {
            end = date
            extended = true
        } else if let date = dayMonth(at: end) ?? monthDate(at: end, requireDay: true, contextual: true) {
            end = date
            extended = true
        }
        if l.flags.contains(.abbreviation) && !extended { return nil }
        if !extended {
            // "The Sunday Times", "Sheffield Wednesday"
            if previousWord(i) == .the && isNameAfter(end) { return nil }
            if isNameBefore(i) { return nil }
            if kind(end) == .partOfDay && !isNameWord(end) { return Match(start: i, end: end + 1, label: .time) }
            let r = word(end)
            if (r == .this || r == .last || r == .next) && word(end + 1) == .week {
                return Match(start: i, end: end + 2, label: .date)
            }
            if word(end) == .to || word(end) == .through || isDash(end), kind(end + 1) == .weekday,
                !lex[end + 1].flags.contains(.abbreviation)
            {
                end += 2
            }
        }
        return Match(start: i, end: end, label: .date)
    }
}
