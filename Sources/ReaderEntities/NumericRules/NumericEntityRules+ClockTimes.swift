/// Clock times in `NumericEntityRules`, with their time zone.
extension NumericEntityRules.Scanner {
    /// "18:42 GMT", "7:30 AM CET", "11:20 AM EDT", "19:05 GMT+3", "9am", "5 p.m.", "three o'clock", "noon".
    func clockTime(at i: Int) -> Int? {
        guard i < limit else { return nil }
        let l = lex[i]
        switch l.kind {
        case .clock:
            return zoneEnd(kind(i + 1) == .ampm ? i + 2 : i + 1)
        case .clockAmPm, .noon:
            return zoneEnd(i + 1)
        case .digits, .numberWord:
            // "5 p.m.", "three o'clock"
            guard l.kind == .numberWord || l.flags.contains(.integer), l.value >= 1, l.value <= 12,
                kind(i + 1) == .oclock || (kind(i + 1) == .ampm && l.kind == .digits)
            else { return nil }
            return zoneEnd(i + 2)
        default:
            return nil
        }
    }

    /// Past a time zone after a clock time: "GMT", "GMT+3", "local time".
    func zoneEnd(_ end: Int) -> Int {
        var end = end
        if kind(end) == .timezone {
            end += 1
            if (isPunct(end, "+") || isDash(end)) && attached(end) && kind(end + 1) == .digits && attached(end + 1) {
                end += 2
            }
        } else if word(end) == .local && word(end + 1) == .time {
            end += 2
        }
        return end
    }
}
