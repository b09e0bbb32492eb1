/// Token access for the patterns of `NumericEntityRules`: lookahead stops at the end of the line.
extension NumericEntityRules.Scanner {
    typealias Kind = NumericEntityRules.Kind
    typealias Word = NumericEntityRules.Word
    typealias Unit = NumericEntityRules.Unit
    typealias Flags = NumericEntityRules.Flags
    typealias Match = NumericEntityRules.Match

    @inline(__always) func kind(_ i: Int) -> Kind { i < limit ? lex[i].kind : .other }
    @inline(__always) func word(_ i: Int) -> Word { i < limit ? lex[i].word : .none }
    @inline(__always) func flags(_ i: Int) -> Flags { i < limit ? lex[i].flags : [] }
    @inline(__always) func value(_ i: Int) -> Double { lex[i].value }
    @inline(__always) func isPunct(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        i < limit && lex[i].kind == .punct && lex[i].value == Double(scalar.value)
    }
    @inline(__always) func isDash(_ i: Int) -> Bool { isPunct(i, "-") || isPunct(i, "\u{2013}") }
    /// No space before token `i`.
    @inline(__always) func attached(_ i: Int) -> Bool { i < limit && !tokens[i].spaceBefore }
    /// The token before `i` on the same line, or -1.
    @inline(__always) func previous(_ i: Int) -> Int { i > 0 && !tokens[i].lineStart ? i - 1 : -1 }
    @inline(__always) func previousWord(_ i: Int) -> Word {
        let p = previous(i)
        return p >= 0 ? lex[p].word : .none
    }

    /// A four-digit year, 1000 to 2099.
    func isYear(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let l = lex[i]
        return l.kind == .digits && l.flags.contains(.integer) && l.digitCount == 4 && !l.flags.contains(.leadingZero)
            && l.value >= 1000 && l.value <= 2099
    }

    /// A day of the month: 1 to 31, or 1st to 31st.
    func isDayNumber(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let l = lex[i]
        guard l.kind == .digits && l.flags.contains(.integer) || l.kind == .digitsOrdinal else { return false }
        return l.digitCount <= 2 && l.value >= 1 && l.value <= 31
    }

    func unitAt(_ i: Int) -> Unit? {
        guard i < limit else { return nil }
        let l = lex[i]
        if l.kind == .dateUnit || l.kind == .timeUnit { return Unit(rawValue: Int(l.value)) }
        if l.word == .second { return .second }
        return nil
    }
}
