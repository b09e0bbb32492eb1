/// Dates relative to now in `NumericEntityRules`: "last week", "the coming days", "early 2024".
extension NumericEntityRules.Scanner {
    /// After "this", "last", "next" (no "the") or "the past", "the coming", "the following", ... :
    /// "last week", "this year", "next Friday", "last summer", "the past 10 years", "the coming days",
    /// "recent months", "this morning" (TIME), "the first week of June".
    func relative(at j: Int, withThe: Bool) -> (Int, EntityLabel)? {
        let w = word(j)
        let allowed: Bool
        if withThe {
            switch w {
            case .last, .next, .past, .coming, .following, .previous, .preceding, .same, .current, .first, .final,
                .opening:
                allowed = true
            default:
                allowed = false
            }
        } else {
            switch w {
            case .this, .last, .next, .coming, .recent, .past: allowed = true
            default: allowed = false
            }
        }
        guard allowed, !isCapitalizedInside(j) else { return nil }
        var q = j + 1
        var counted = false
        if w != .this && w != .same && w != .current, let phrase = numberPhrase(at: q),
            phrase.isNumeric || phrase.form == .vague
        {
            q = phrase.end
            counted = true
        }
        if let unit = unitAt(q), !isCapitalizedInside(q) {
            let plural = lex[q].flags.contains(.plural)
            if plural && !counted {
                switch w {
                case .coming, .recent, .past, .following, .previous, .preceding: break
                default: return nil
                }
            }
            if !plural && (w == .coming || w == .recent) { return nil }
            if !withThe && w == .past && !counted { return nil }
            if !withThe && !counted && (unit == .day || unit.isTime) { return nil }
            if (w == .first || w == .opening) && !counted && unit.isTime { return nil }
            if w == .opening && !counted { return nil }
            var end = q + 1
            if withThe && word(end) == .of, let after = dateAfterOf(at: end + 1) { end = after }
            return (end, unit.isTime ? .time : .date)
        }
        if counted { return nil }
        if word(q) == .season && !tokens[q].text.hasSuffix("s") {
            if !withThe ? (w == .this || w == .last || w == .next)
                : (w == .following || w == .previous || w == .same || w == .current || w == .coming || w == .next
                    || w == .last || w == .preceding)
            {
                return (q + 1, .date)
            }
            return nil
        }
        let demonstrative = w == .this || w == .last || w == .next
        let following = withThe && (w == .following || w == .next || w == .previous || w == .same)
        guard demonstrative && !withThe || following else { return nil }
        let l = lex[min(q, lex.count - 1)]
        guard q < limit else { return nil }
        if l.kind == .weekday && !l.flags.contains(.abbreviation) {
            if kind(q + 1) == .partOfDay { return (q + 2, .time) }
            return (q + 1, .date)
        }
        if l.kind == .month && !withThe && !l.flags.contains(.abbreviation) { return (q + 1, .date) }
        if l.kind == .season || l.word == .weekend { return (q + 1, .date) }
        if l.kind == .partOfDay && (w == .this || w == .last || following) { return (q + 1, .time) }
        return nil
    }

    /// "early 2024", "mid-July", "late last year", "earlier this month", "early Tuesday", "the late 1990s".
    func edgeLed(at i: Int) -> Match? {
        let w = word(i)
        var j = i + 1
        if w == .earlier || w == .later {
            let r = word(j)
            guard r == .this || r == .last || r == .next, let (end, label) = relative(at: j, withThe: false) else {
                return nil
            }
            return Match(start: i, end: end, label: label)
        }
        if w == .mid && isDash(j) && attached(j) { j += 1 }
        guard j < limit else { return nil }
        if let end = yearEnd(at: j, force: true) ?? decadeEnd(at: j, afterThe: false) {
            return Match(start: i, end: end, label: .date)
        }
        let l = lex[j]
        if l.kind == .month, let end = monthDate(at: j, requireDay: false, contextual: true) {
            return Match(start: i, end: end, label: .date)
        }
        if l.kind == .season && !isNameWord(j) {
            return Match(start: i, end: isYear(j + 1) ? j + 2 : j + 1, label: .date)
        }
        if l.kind == .weekday && !l.flags.contains(.abbreviation) {
            if kind(j + 1) == .partOfDay { return Match(start: i, end: j + 2, label: .time) }
            return Match(start: i, end: j + 1, label: .date)
        }
        let r = l.word
        if r == .this || r == .last || r == .next, let (end, label) = relative(at: j, withThe: false) {
            return Match(start: i, end: end, label: label)
        }
        return nil
    }
}
