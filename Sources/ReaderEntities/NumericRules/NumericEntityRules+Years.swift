/// Years standing alone in `NumericEntityRules`.
extension NumericEntityRules.Scanner {
    /// A year standing alone: "in 1949", "a 2016 deal", "2003 to 2010", "2019-20", "500 BC".
    /// Not part of a name ("Paris 2024", "the 2022 World Cup") unless `force`.
    func yearEnd(at i: Int, force: Bool) -> Int? {
        guard isYear(i) else { return nil }
        let year = lex[i].value
        let p = previous(i)
        let temporal = p >= 0 && (lex[p].flags.contains(.temporalPreposition) || lex[p].kind == .month
            || lex[p].kind == .season || lex[p].word == .fiscal)
        if !force {
            if year < 1900 && !temporal { return nil }
            if p >= 0 && blocksNumber(p) { return nil }
            if isNameBefore(i) { return nil }
            if !temporal && isEventAfter(i + 1) { return nil }
            // "2048-bit", "1500-strong"
            if isDash(i + 1) && attached(i + 1) && attached(i + 2) && flags(i + 2).contains(.lower) { return nil }
            if phoneNumberEnd(at: i) != nil { return nil }
            // "2048 x 1080", "1920*1080"
            if isPunct(i + 1, "*") || isPunct(i + 1, "\u{00D7}") || (i + 1 < limit && tokens[i + 1].text == "x") {
                return nil
            }
            // "2000 people"
            if !temporal && year.truncatingRemainder(dividingBy: 100) == 0 && i + 1 < limit
                && lex[i + 1].flags.contains(.lower) && !lex[i + 1].flags.contains(.function)
                && tokens[i + 1].text.hasSuffix("s")
            {
                return nil
            }
        }
        var end = i + 1
        if (isDash(end) || isPunct(end, "/")) && attached(end) && attached(end + 1) && kind(end + 1) == .digits
            && lex[end + 1].flags.contains(.integer) && lex[end + 1].digitCount == 2
            && (Int(lex[end + 1].value) > Int(year) % 100 || Int(lex[end + 1].value) == (Int(year) + 1) % 100)
        {
            end += 2  // "2019-20", "1965-71"
        } else if word(end) == .to || word(end) == .through || isDash(end), isYear(end + 1),
            lex[end + 1].value > year
        {
            end += 2  // "2003 to 2010"
        }
        if kind(end) == .eraSuffix { end += 1 }
        return end
    }
}
