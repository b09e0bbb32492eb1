/// Durations in `NumericEntityRules`: a number and a unit of time ("two days", "22-year-old").
extension NumericEntityRules.Scanner {
    /// "two days", "40 to 50 years", "six and a half years", "three-day", "22-year-old", "four years ago",
    /// "a year ago", "several hours", "two hours and 15 minutes".
    func durationTail(_ phrase: NumberPhrase, start: Int, hedged: Bool) -> (Int, EntityLabel)? {
        let e = phrase.end
        // Modifiers: "three-day", "22-year-old", "nearly 200-year".
        if isDash(e) && attached(e) && attached(e + 1), let unit = unitAt(e + 1), !lex[e + 1].flags.contains(.plural),
            phrase.isNumeric, unit != .quarter
        {
            var end = e + 2
            if isDash(end) && attached(end) && word(end + 1) == .old && attached(end + 1) { end += 2 }
            return (end, unit.isTime ? .time : .date)
        }
        guard let unit = unitAt(e), unit != .quarter else { return nil }
        let plural = lex[e].flags.contains(.plural)
        if unit == .second && !plural && isDash(e + 1) && attached(e + 1) { return nil }  // "one second-set outburst"
        var end = e + 1
        let trailing = word(end)
        switch phrase.form {
        case .article:
            guard !plural else { return nil }
            if unit == .second && !hedged { return nil }
            let previousAllows: Bool
            switch previousWord(start) {
            case .for, .within, .in, .after, .over, .than: previousAllows = true
            default: previousAllows = false
            }
            // "a decade" rarely states a rate, unlike "twice a year", "$5 a week".
            guard hedged || previousAllows || unit == .decade || unit == .century || trailing == .ago || trailing == .earlier || trailing == .later
                || (trailing == .and && word(end + 1) == .a && word(end + 2) == .half)
            else { return nil }
        case .vague:
            guard plural else { return nil }
        case .half:
            guard !plural else { return nil }
        default:
            if unit == .second && !plural && phrase.value != 1 { return nil }
        }
        // "3 to 14 year-olds"
        if unit == .year && !plural && isDash(end) && attached(end) && word(end + 1) == .old && attached(end + 1) {
            end += 2
        }
        // "a year and a half"
        if word(end) == .and && word(end + 1) == .a && word(end + 2) == .half { end += 3 }
        // "two hours and 15 minutes", "2 hours 15 minutes"
        var q = end
        if word(q) == .and { q += 1 }
        if let next = numberPhrase(at: q), next.isNumeric, let smaller = unitAt(next.end),
            Self.rank(smaller) < Self.rank(unit), smaller.isTime == unit.isTime
        {
            end = next.end + 1
        }
        switch word(end) {
        case .ago, .earlier, .later: end += 1
        case .old where unit == .year: end += 1
        default: break
        }
        return (end, unit.isTime ? .time : .date)
    }

    /// Units from the smallest: the second of "two hours and 15 minutes" must be smaller than the first.
    static func rank(_ unit: Unit) -> Int {
        switch unit {
        case .second: 0
        case .minute: 1
        case .hour: 2
        case .day: 3
        case .week: 4
        case .fortnight: 5
        case .month: 6
        case .quarter: 7
        case .year: 8
        case .decade: 9
        case .century: 10
        }
    }
}
