/// Numbers as `NumericEntityRules` reads them: digits, words, scales and ranges.
extension NumericEntityRules.Scanner {
    struct NumberPhrase {
        enum Form { case digits, scaled, words, article, half, vague }
        var end: Int
        var value: Double
        var form: Form
        var hasScale: Bool = false
        /// One integer token without separators ("1993", "61").
        var plainInteger: Bool = false
        var isRange: Bool = false

        var isNumeric: Bool { form == .digits || form == .scaled || form == .words }
    }

    /// "61", "13.5 billion", "1.13bn", "twenty-five", "a million", "six and a half", "a", "half a", "several".
    func numberPhrase(at i: Int) -> NumberPhrase? {
        guard i < limit else { return nil }
        let l = lex[i]
        var phrase: NumberPhrase
        switch l.kind {
        case .digits:
            var value = l.value
            var end = i + 1
            var scaled = false
            while kind(end) == .scale {
                value *= lex[end].value
                end += 1
                scaled = true
            }
            phrase = NumberPhrase(end: end, value: value, form: .digits, hasScale: scaled,
                                  plainInteger: !scaled && l.flags.contains(.integer))
        case .digitsScaled:
            return NumberPhrase(end: i + 1, value: l.value, form: .scaled, hasScale: true)
        case .numberWord:
            guard let words = wordNumber(at: i, initial: 0) else { return nil }
            phrase = words
        case .keyword:
            switch l.word {
            case .a, .an:
                if kind(i + 1) == .scale || word(i + 1) == .dozen { return wordNumber(at: i + 1, initial: 1) }
                if word(i + 1) == .few { return NumberPhrase(end: i + 2, value: 3, form: .vague) }
                if word(i + 1) == .couple && word(i + 2) == .of {
                    return NumberPhrase(end: i + 3, value: 2, form: .vague)
                }
                return NumberPhrase(end: i + 1, value: 1, form: .article)
            case .half:
                guard word(i + 1) == .a || word(i + 1) == .an else { return nil }
                if kind(i + 2) == .scale {
                    return NumberPhrase(end: i + 3, value: 0.5 * lex[i + 2].value, form: .words, hasScale: true)
                }
                return NumberPhrase(end: i + 2, value: 0.5, form: .half)
            case .several, .few, .many:
                return NumberPhrase(end: i + 1, value: 3, form: .vague)
            default:
                return nil
            }
        default:
            return nil
        }
        // "six and a half"
        if word(phrase.end) == .and && word(phrase.end + 1) == .a && word(phrase.end + 2) == .half {
            phrase.end += 3
            phrase.value += 0.5
            phrase.plainInteger = false
        }
        return phrase
    }

    /// "twenty-five", "one hundred and fifty", "two million", "a dozen" (`initial` 1 after "a").
    func wordNumber(at i: Int, initial: Double) -> NumberPhrase? {
        var total = 0.0
        var current = initial
        var j = i
        var any = initial > 0
        var afterScale = false
        var scaled = false
        while j < limit {
            let l = lex[j]
            if l.kind == .numberWord {
                if any && !afterScale { break }
                current += l.value
                j += 1
                any = true
                afterScale = false
                if l.value >= 20 && isPunct(j, "-") && attached(j) && kind(j + 1) == .numberWord && attached(j + 1)
                    && lex[j + 1].value >= 1 && lex[j + 1].value <= 9
                {
                    current += lex[j + 1].value
                    j += 2
                }
            } else if l.word == .dozen && any {
                current = max(current, 1) * 12
                j += 1
                afterScale = true
            } else if l.kind == .scale && any {
                if l.value == 100 {
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * l.value
                    current = 0
                }
                j += 1
                afterScale = true
                scaled = true
            } else if l.word == .and && afterScale && kind(j + 1) == .numberWord {
                j += 1
            } else {
                break
            }
        }
        guard any, j > i || initial > 0 else { return nil }
        return NumberPhrase(end: j, value: total + current, form: .words, hasScale: scaled)
    }

    /// A number or a range of numbers: "40 to 50", "10-15", "five or six".
    func rangedNumber(at i: Int) -> NumberPhrase? {
        guard var phrase = numberPhrase(at: i) else { return nil }
        guard phrase.isNumeric else { return phrase }
        let separator = phrase.end
        let isSeparator = word(separator) == .to || word(separator) == .or
            || (isDash(separator) && attached(separator) == attached(separator + 1))
        if isSeparator, let second = numberPhrase(at: separator + 1), second.isNumeric {
            phrase.end = second.end
            phrase.value = second.value
            phrase.hasScale = phrase.hasScale || second.hasScale
            phrase.plainInteger = false
            phrase.isRange = true
        }
        return phrase
    }
}
