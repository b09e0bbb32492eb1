extension NumericEntityRules {
    /// Letters written straight before "$": US$, A$, HK$.
    static let dollarPrefixes: Set<String> = ["US", "A", "C", "HK", "NZ", "S", "R", "NT", "Z", "J", "U.S."]
}

/// Money in `NumericEntityRules`: a currency symbol, code or word with a number.
extension NumericEntityRules.Scanner {
    /// "56 billion euros", "20 pence", "5bn yen", "500 Swiss francs", "1.5 million pounds".
    func currencyTail(_ phrase: NumberPhrase) -> Int? {
        guard phrase.isNumeric else { return nil }
        var q = phrase.end
        var qualifiers = 0
        while kind(q) == .currencyQualifier && qualifiers < 2 {
            q += 1
            qualifiers += 1
        }
        switch kind(q) {
        case .currencyWord:
            return q + 1
        case .currencyWordScaled:
            if phrase.hasScale { return q + 1 }
            if tokens[q].text == "pounds" && word(q + 1) == .none && q + 1 < limit && tokens[q + 1].text == "sterling" {
                return q + 2
            }
            return nil
        case .currencyCode:
            return qualifiers == 0 ? q + 1 : nil
        default:
            return nil
        }
    }

    /// "$1.13bn", "£600m", "US$5", "€3.2 billion", "USD 5 million".
    func moneyWithSymbol(at i: Int) -> Int? {
        guard i < limit else { return nil }
        var q = i
        if lex[q].flags.contains(.letter) && kind(q + 1) == .currencySymbol && lex[q + 1].value == 0x24 && attached(q + 1)
            && NumericEntityRules.dollarPrefixes.contains(tokens[q].text)
        {
            q += 1
        }
        guard kind(q) == .currencySymbol || kind(q) == .currencyCode else { return nil }
        if kind(q) == .currencyCode && isPunct(q + 1, ".") && attached(q + 1) { q += 1 }  // "Rs."
        guard let phrase = numberPhrase(at: q + 1), phrase.form == .digits || phrase.form == .scaled
            || (phrase.form == .words && phrase.hasScale)
        else { return nil }
        return phrase.end
    }

    /// "billions of dollars", "hundreds of millions of pounds".
    func vagueMoney(at i: Int) -> Int? {
        var q = i
        while kind(q) == .vagueScale && word(q + 1) == .of {
            q += 2
            if kind(q) == .currencyWord || kind(q) == .currencyWordScaled { return q + 1 }
        }
        return nil
    }
}
