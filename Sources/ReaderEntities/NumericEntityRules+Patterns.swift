/// The patterns of `NumericEntityRules`: each looks at the tokens from one position and returns where its
/// expression ends.
extension NumericEntityRules {
    /// Holidays (DATE), keyed by their first word; longest first.
    static let holidays: [String: [[String]]] = {
        let names: [[String]] = [
            ["Christmas", "Day"], ["Christmas", "Eve"], ["Christmas"], ["New", "Year", "'s", "Day"],
            ["New", "Year", "'s", "Eve"], ["New", "Year"], ["Boxing", "Day"], ["Easter", "Sunday"],
            ["Easter", "Monday"], ["Easter"], ["Good", "Friday"], ["Thanksgiving", "Day"], ["Thanksgiving"],
            ["Halloween"], ["Valentine", "'s", "Day"], ["Independence", "Day"], ["Bastille", "Day"],
            ["Labor", "Day"], ["Labour", "Day"], ["Memorial", "Day"], ["Veterans", "Day"], ["Remembrance", "Day"],
            ["Remembrance", "Sunday"], ["Armistice", "Day"], ["Ramadan"], ["Eid", "al", "-", "Fitr"],
            ["Eid", "al", "-", "Adha"], ["Eid"], ["Diwali"], ["Hanukkah"], ["Passover"], ["Yom", "Kippur"],
            ["Rosh", "Hashanah"], ["Lunar", "New", "Year"], ["Chinese", "New", "Year"], ["Mother", "'s", "Day"],
            ["Father", "'s", "Day"], ["May", "Day"], ["Australia", "Day"], ["Canada", "Day"],
            ["St", "Patrick", "'s", "Day"], ["St.", "Patrick", "'s", "Day"], ["Juneteenth"], ["Hogmanay"],
            ["Election", "Day"], ["Inauguration", "Day"], ["Christmas", "Day"], ["Holy", "Week"],
        ]
        var table: [String: [[String]]] = [:]
        for name in names { table[name[0], default: []].append(name) }
        for key in table.keys { table[key]!.sort { $0.count > $1.count } }
        return table
    }()

    static let holidayStarts: Set<String> = Set(holidays.keys)

    /// Last words of event names that take a year: "the 2022 World Cup", "the 2005 RBS Six Nations".
    static let eventWords: Set<String> = [
        "Cup", "Olympics", "Olympic", "Paralympics", "Games", "Open", "Championship", "Championships", "Prix",
        "Tour", "Festival", "Expo", "Summit", "Awards", "Oscars", "Series", "Tournament", "Final", "Finals", "Rally",
        "Marathon", "Classic", "League", "Masters", "Bowl", "Nations", "Contest", "Conference", "Convention",
        "Election", "Elections", "Euros", "Eurovision", "Biennale", "Jubilee", "Fair", "Show", "Derby", "Trophy",
        "Challenge", "Grand", "Slam", "Invitational", "Regatta", "Gala", "Congress", "Forum", "Week", "Race",
        "Plan", "Vision", "Agenda", "Act", "Census", "Budget", "Review", "Strategy", "Edition", "Season",
    ]

    /// Letters written straight before "$": US$, A$, HK$.
    static let dollarPrefixes: Set<String> = ["US", "A", "C", "HK", "NZ", "S", "R", "NT", "Z", "J", "U.S."]

    /// Common race and event distances written "200m" (QUANTITY, not money).
    static let raceDistances: Set<Double> = [50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]
}

extension NumericEntityRules.Scanner {
    typealias Kind = NumericEntityRules.Kind
    typealias Word = NumericEntityRules.Word
    typealias Unit = NumericEntityRules.Unit
    typealias Flags = NumericEntityRules.Flags
    typealias Match = NumericEntityRules.Match

    // MARK: Token access (lookahead stops at the end of the line)

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

    /// A capitalised word that is part of a name, where capitals mean something (not a headline line).
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        let f = lex[i].flags
        guard f.contains(.letter), f.contains(.capitalized), !f.contains(.function), !f.contains(.headline) else {
            return false
        }
        switch lex[i].kind {
        case .month, .weekday, .timezone, .ampm, .season, .deictic, .keyword, .numberWord, .ordinalWord, .dateUnit,
            .timeUnit, .scale, .currencyCode, .eraSuffix, .quarterCode:
            return false
        default:
            return true
        }
    }

    /// Capitalised inside a sentence, where capitals mean something: "the Year" in an award name.
    func isCapitalizedInside(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let f = lex[i].flags
        return f.contains(.capitalized) && !f.contains(.headline) && !f.contains(.sentenceStart)
    }

    /// A name word right after a number ("2022 World Cup", "June Brown"), not at a sentence start.
    func isNameAfter(_ i: Int) -> Bool {
        i < limit && !lex[i].flags.contains(.sentenceStart) && isNameWord(i)
            && !NumericEntityRules.holidayStarts.contains(tokens[i].text)
    }

    /// A year that begins an event name: "the 2022 World Cup", "2005 RBS Six Nations", "2024 Olympics".
    func isEventAfter(_ i: Int) -> Bool {
        var q = i
        var last = -1
        while q < limit && q < i + 5, lex[q].flags.isSuperset(of: [.letter, .capitalized]),
            lex[q].flags.isDisjoint(with: [.function, .headline, .sentenceStart])
        {
            last = q
            q += 1
        }
        return last >= 0 && NumericEntityRules.eventWords.contains(tokens[last].text)
    }

    /// A name word right before `i` ("Paris 2024", "Boeing 737", "Theresa May").
    func isNameBefore(_ i: Int) -> Bool {
        let p = previous(i)
        return p >= 0 && isNameWord(p)
    }

    /// Nothing more of a phrase follows: end of line, punctuation, a function word or a year.
    func isBoundary(_ i: Int) -> Bool {
        guard i < limit else { return true }
        let l = lex[i]
        if l.kind == .punct { return !(isDash(i) && attached(i)) }
        return l.flags.contains(.function) || isYear(i)
    }

    // MARK: Dispatch

    mutating func match(at i: Int) -> Match? {
        let l = lex[i]
        // Hedged amounts: "about 84%", "more than $65 billion", "up to 24 hours", "at least eight".
        if l.kind == .keyword, let hedge = hedge(at: i) {
            // "aged under 30", "aged over 65"
            if previousWord(i) == .aged && isAgeNumber(hedge.end) {
                return Match(start: i, end: hedge.end + 1, label: .date)
            }
            if let found = amount(at: hedge.end, hedged: true, durations: hedge.durations, clocks: hedge.clocks) {
                return Match(start: i, end: found.end, label: found.label)
            }
            if let found = count(at: hedge.end, hedged: true) {
                return Match(start: i, end: found.end, label: found.label)
            }
        }
        if l.flags.contains(.capitalized), let end = holiday(at: i) {
            return Match(start: i, end: end, label: .date)
        }
        switch l.kind {
        case .keyword:
            return keywordLed(at: i)
        case .digits:
            return digitsLed(at: i)
        case .numberWord, .digitsScaled, .pence:
            if let found = amount(at: i, hedged: false, durations: true, clocks: true) { return found }
            return count(at: i, hedged: false)
        case .month:
            return monthLed(at: i)
        case .weekday, .weekdayPlural:
            return weekdayLed(at: i)
        case .ordinalWord, .digitsOrdinal:
            return ordinalLed(at: i)
        case .digitsDecade:
            if l.digitCount == 4 && !isNameBefore(i) { return Match(start: i, end: i + 1, label: .date) }
            return nil
        case .clock, .clockAmPm:
            if let end = clockTime(at: i) { return Match(start: i, end: end, label: .time) }
            return nil
        case .dottedDate:
            return Match(start: i, end: i + 1, label: .date)
        case .quarterCode:
            return Match(start: i, end: isYear(i + 1) ? i + 2 : i + 1, label: .date)
        case .digitsQuantity:
            return Match(start: i, end: i + 1, label: .quantity)
        case .currencySymbol, .currencyCode, .currencyQualifier:
            if let end = moneyWithSymbol(at: i) { return Match(start: i, end: end, label: .money) }
            return nil
        case .vagueScale:
            if let end = vagueMoney(at: i) { return Match(start: i, end: end, label: .money) }
            return count(at: i, hedged: false)
        case .deictic, .tonight, .noon:
            // "Today" inside a sentence is a name ("the Today programme", "USA Today").
            if l.flags.contains(.capitalized) && !l.flags.contains(.sentenceStart) && !l.flags.contains(.headline) {
                return nil
            }
            if l.kind == .deictic && kind(i + 1) == .partOfDay { return Match(start: i, end: i + 2, label: .time) }
            return Match(start: i, end: i + 1, label: l.kind == .deictic ? .date : .time)
        case .periodic:
            if l.flags.contains(.capitalized) && !l.flags.contains(.headline) && isNameAfter(i + 1) { return nil }
            if l.flags.contains(.capitalized) && !l.flags.contains(.sentenceStart) && !l.flags.contains(.headline) {
                return nil
            }
            return Match(start: i, end: i + 1, label: .date)
        case .season:
            return seasonLed(at: i)
        case .punct:
            // "'90s"
            if kind(i + 1) == .digitsDecade && attached(i + 1) && lex[i + 1].digitCount == 2 {
                return Match(start: i, end: i + 2, label: .date)
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: Hedges

    struct Hedge {
        var end: Int
        /// The hedge may precede a duration ("over two days" is a preposition, not a hedge).
        var durations: Bool
        /// The hedge may precede a clock time ("around 1:30 a.m.").
        var clocks: Bool
    }

    func hedge(at i: Int) -> Hedge? {
        var j = i
        var durations = true
        var clocks = true
        var steps = 0
        scan: while steps < 3 {
            let next: Int
            switch word(j) {
            case .about, .around, .roughly, .approximately, .circa, .nearly, .almost, .just:
                next = j + 1
            case .some, .only, .exactly, .barely:
                next = j + 1
                clocks = false
            case .over, .under, .above, .below:
                next = j + 1
                durations = false
                clocks = false
            case .more, .less, .fewer:
                guard word(j + 1) == .than else { break scan }
                next = j + 2
                clocks = false
            case .up:
                guard word(j + 1) == .to else { break scan }
                next = j + 2
                clocks = false
            case .at:
                guard word(j + 1) == .least || word(j + 1) == .most else { break scan }
                next = j + 2
                clocks = false
            case .as:
                switch word(j + 1) {
                case .many, .much, .little, .few, .high, .low: break
                default: break scan
                }
                guard word(j + 2) == .as else { break scan }
                next = j + 3
                clocks = false
            case .close:
                guard word(j + 1) == .to else { break scan }
                next = j + 2
            case .well:
                let w = word(j + 1)
                guard w == .over || w == .under || w == .above || w == .below else { break scan }
                next = j + 2
                durations = false
                clocks = false
            case .an:
                guard word(j + 1) == .estimated else { break scan }
                next = j + 2
                clocks = false
            case .upwards:
                guard word(j + 1) == .of else { break scan }
                next = j + 2
                durations = false
                clocks = false
            case .in:
                guard word(j + 1) == .excess, word(j + 2) == .of else { break scan }
                next = j + 3
                durations = false
                clocks = false
            case .no, .not:
                let w = word(j + 1)
                guard w == .more || w == .less || w == .fewer, word(j + 2) == .than else { break scan }
                next = j + 3
                clocks = false
            default:
                break scan
            }
            j = next
            steps += 1
        }
        return steps > 0 ? Hedge(end: j, durations: durations, clocks: clocks) : nil
    }

    // MARK: Numbers

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

    // MARK: Amounts and durations

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

    /// "18:42 GMT", "7:30 AM CET", "11:20 AM EDT", "19:05 GMT+3", "9am", "5 p.m.", "three o'clock", "noon".
    func clockTime(at i: Int) -> Int? {
        guard i < limit else { return nil }
        let l = lex[i]
        var end: Int
        switch l.kind {
        case .clock:
            end = i + 1
            if kind(end) == .ampm { end += 1 }
        case .clockAmPm:
            end = i + 1
        case .digits, .numberWord:
            guard l.kind == .numberWord || l.flags.contains(.integer), l.value >= 1, l.value <= 12 else { return nil }
            if kind(i + 1) == .ampm && l.kind == .digits {
                end = i + 2
            } else if kind(i + 1) == .oclock {
                end = i + 2
            } else {
                return nil
            }
        case .noon:
            end = i + 1
        default:
            return nil
        }
        return zoneEnd(end)
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

    // MARK: Keyword-led expressions

    mutating func keywordLed(at i: Int) -> Match? {
        switch word(i) {
        case .the:
            return theLed(at: i)
        case .this, .last, .next, .coming, .recent, .past:
            if let (end, label) = relative(at: i, withThe: false) { return Match(start: i, end: end, label: label) }
            return nil
        case .early, .mid, .late, .earlier, .later:
            return edgeLed(at: i)
        case .a, .an, .half, .several, .few, .many:
            return amount(at: i, hedged: false, durations: true, clocks: false)
        case .between:
            return betweenLed(at: i)
        case .fiscal:
            if isYear(i + 1) { return Match(start: i, end: i + 2, label: .date) }
            if word(i + 1) == .year && isYear(i + 2) { return Match(start: i, end: i + 3, label: .date) }
            return nil
        default:
            return nil
        }
    }

    /// "between 2005 and 2007", "between 15 November 2004 and 5 January 2005", "between 3% and 6%",
    /// "between 50 and 60%", "between Monday and Friday".
    mutating func betweenLed(at i: Int) -> Match? {
        func part(_ j: Int) -> Match? {
            guard j < limit else { return nil }
            if let end = dayMonth(at: j) ?? monthDate(at: j, requireDay: false, contextual: true) {
                return Match(start: j, end: end, label: .date)
            }
            if isYear(j) { return Match(start: j, end: j + 1, label: .date) }
            if kind(j) == .weekday && !lex[j].flags.contains(.abbreviation) {
                return Match(start: j, end: j + 1, label: .date)
            }
            if let found = amount(at: j, hedged: false, durations: false, clocks: true), found.label != .date {
                return found
            }
            return nil
        }
        guard let second = { () -> Match? in
            if let first = part(i + 1) {
                guard word(first.end) == .and, let second = part(first.end + 1), second.label == first.label else {
                    return nil
                }
                return second
            }
            // "between 50 and 60%"
            guard let number = numberPhrase(at: i + 1), number.isNumeric, word(number.end) == .and,
                let second = part(number.end + 1), second.label == .percent || second.label == .money
            else { return nil }
            return second
        }() else { return nil }
        return Match(start: i, end: second.end, label: second.label)
    }

    /// Expressions that keep their "the": "the 1990s", "the winter", "the coming days", "the end of 2025",
    /// "the fourth quarter", "the 19th century", "the age of 96", "the following month".
    func theLed(at i: Int) -> Match? {
        let j = i + 1
        guard j < limit else { return nil }
        // "the early 1990s", "the mid-1990s", "the late 19th century"
        let w = word(j)
        if w == .early || w == .mid || w == .late {
            var q = j + 1
            if isDash(q) && attached(q) { q += 1 }
            if let end = decadeEnd(at: q, afterThe: true) ?? centuryEnd(at: q, hyphenated: false) {
                return Match(start: i, end: end, label: .date)
            }
        }
        if let end = decadeEnd(at: j, afterThe: true) { return Match(start: i, end: end, label: .date) }
        if let end = centuryEnd(at: j, hyphenated: false) { return Match(start: i, end: end, label: .date) }
        if let end = quarterEnd(at: j) { return Match(start: i, end: end, label: .date) }
        // "the 84th minute"
        if (kind(j) == .ordinalWord || kind(j) == .digitsOrdinal) && unitAt(j + 1) == .minute {
            return Match(start: i, end: j + 2, label: .time)
        }
        // "the first half of 2024"
        if (w == .first || w == .second) && word(j + 1) == .half && word(j + 2) == .of,
            let end = dateAfterOf(at: j + 3)
        {
            return Match(start: i, end: end, label: .date)
        }
        // "the end of the decade", "the start of next year"
        switch w {
        case .end, .start, .beginning, .middle, .turn, .rest, .remainder:
            if word(j + 1) == .of, let end = dateAfterOf(at: j + 2) { return Match(start: i, end: end, label: .date) }
            return nil
        default:
            break
        }
        // "the age of 96"
        if w == .age && word(j + 1) == .of && isAgeNumber(j + 2) {
            if (word(j + 3) == .and || word(j + 3) == .to) && isAgeNumber(j + 4) {
                return Match(start: i, end: j + 5, label: .date)
            }
            return Match(start: i, end: j + 3, label: .date)
        }
        // "the 19th of September"
        if kind(j) == .digitsOrdinal && isDayNumber(j) && word(j + 1) == .of && kind(j + 2) == .month {
            var end = j + 3
            if isYear(end) { end += 1 }
            return Match(start: i, end: end, label: .date)
        }
        // "the winter", "the summer of 2023"
        if kind(j) == .season && !isNameWord(j) {
            if word(j + 1) == .of && isYear(j + 2) { return Match(start: i, end: j + 3, label: .date) }
            if tokens[j].text.lowercased() != "fall" && isBoundary(j + 1) {
                return Match(start: i, end: j + 1, label: .date)
            }
            return nil
        }
        if w == .weekend && !lex[j].flags.contains(.plural) { return Match(start: i, end: j + 1, label: .date) }
        if let (end, label) = relative(at: j, withThe: true) { return Match(start: i, end: end, label: label) }
        // "the year", "the week", "the month", "the decade" (not "Footballer of the Year")
        if w == .year || w == .week || w == .month || unitAt(j) == .decade || unitAt(j) == .century,
            !lex[j].flags.contains(.plural), !isCapitalizedInside(j), !(isDash(j + 1) && attached(j + 1))
        {
            return Match(start: i, end: j + 1, label: .date)
        }
        return nil
    }

    /// What may follow "the end of": "2025", "the decade", "the year", "next year", "March 2024", "the 1990s".
    func dateAfterOf(at q: Int) -> Int? {
        guard q < limit else { return nil }
        if word(q) == .the {
            let r = q + 1
            if let unit = unitAt(r), !lex[r].flags.contains(.plural), !unit.isTime { return r + 1 }
            if kind(r) == .season { return r + 1 }
            if word(r) == .weekend || (word(r) == .season && !tokens[r].text.hasSuffix("s")) { return r + 1 }
            if let end = decadeEnd(at: r, afterThe: true) ?? centuryEnd(at: r, hyphenated: false) ?? quarterEnd(at: r) {
                return end
            }
            if let (end, label) = relative(at: r, withThe: true), label == .date { return end }
            return nil
        }
        if let end = yearEnd(at: q, force: true) { return end }
        if kind(q) == .month { return monthDate(at: q, requireDay: false, contextual: true) }
        if let (end, label) = relative(at: q, withThe: false), label == .date { return end }
        return decadeEnd(at: q, afterThe: false)
    }

    /// "1990s", "'90s" (and "90s" after "the").
    func decadeEnd(at j: Int, afterThe: Bool) -> Int? {
        if kind(j) == .digitsDecade && (lex[j].digitCount == 4 || afterThe) { return j + 1 }
        if (isPunct(j, "'") || isPunct(j, "\u{2019}")) && kind(j + 1) == .digitsDecade && attached(j + 1) {
            return j + 2
        }
        return nil
    }

    /// "19th century", "twentieth century", "12th-century" (`hyphenated` allows the modifier form).
    func centuryEnd(at j: Int, hyphenated: Bool) -> Int? {
        guard kind(j) == .digitsOrdinal || kind(j) == .ordinalWord else { return nil }
        if unitAt(j + 1) == .century { return isNameAfter(j + 2) ? nil : j + 2 }  // not "20th Century Fox"
        if hyphenated && isDash(j + 1) && attached(j + 1) && attached(j + 2) && unitAt(j + 2) == .century {
            return j + 3
        }
        return nil
    }

    /// "fourth quarter", "first-quarter", "the final quarter of 2024".
    func quarterEnd(at j: Int) -> Int? {
        let l = lex[min(j, lex.count - 1)]
        guard j < limit, ((l.kind == .ordinalWord || l.kind == .digitsOrdinal) && l.value <= 4) || l.word == .final
        else { return nil }
        var end: Int
        if word(j + 1) == .quarter {
            end = j + 2
        } else if isDash(j + 1) && attached(j + 1) && word(j + 2) == .quarter && attached(j + 2) {
            end = j + 3
        } else {
            return nil
        }
        if word(end) == .of && isYear(end + 1) {
            end += 2
        } else if word(end) == .of && word(end + 1) == .the && word(end + 2) == .year {
            end += 3
        } else if isYear(end) {
            end += 1
        }
        return end
    }

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

    // MARK: Calendar dates

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

    /// "Christmas Day", "New Year's Day", "Easter".
    func holiday(at i: Int) -> Int? {
        guard let names = NumericEntityRules.holidays[tokens[i].text] else { return nil }
        for name in names {
            var q = i
            var matched = true
            for part in name {
                guard q < limit else {
                    matched = false
                    break
                }
                let text = tokens[q].text
                if text != part && !(part == "'s" && text == "\u{2019}s") {
                    matched = false
                    break
                }
                q += 1
            }
            guard matched else { continue }
            // "Christmas Island", "Easter Rising": a capitalised word after a bare holiday name.
            if name.count <= 2 && isNameAfter(q) { return nil }
            if name.count == 1 && lex[i].kind == .month { return nil }
            return q
        }
        return nil
    }

    /// "summer 2024", "in summer".
    func seasonLed(at i: Int) -> Match? {
        guard !isNameWord(i) else { return nil }
        if isYear(i + 1) { return Match(start: i, end: i + 2, label: .date) }
        if word(i + 1) == .of && isYear(i + 2) { return Match(start: i, end: i + 3, label: .date) }
        let name = tokens[i].text.lowercased()
        guard name != "spring" && name != "fall" else { return nil }
        let before = previousWord(i)
        guard before == .in || before == .during || before == .by || before == .until || before == .since
            || before == .through, isBoundary(i + 1)
        else { return nil }
        return Match(start: i, end: i + 1, label: .date)
    }

    // MARK: Numbers written with digits

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

    /// Ages: "Trump, [77]," "aged [96]", "turns [24]", "the age of [96]" (the last is made by `theLed`).
    func age(at i: Int) -> Match? {
        guard isAgeNumber(i) else { return nil }
        let p = previous(i)
        guard p >= 0 else { return nil }
        let before = lex[p]
        if before.word == .aged || before.word == .age {
            var end = i + 1
            if word(end) == .to || isDash(end), isAgeNumber(end + 1) { end += 2 }
            return Match(start: i, end: end, label: .date)
        }
        if before.word == .turns || before.word == .turn {
            let next = i + 1
            guard next >= limit || kind(next) == .punct || lex[next].flags.contains(.function)
                || kind(next) == .weekday || kind(next) == .deictic
            else { return nil }
            return Match(start: i, end: i + 1, label: .date)
        }
        // "Huang, 61, co-founded", "The queen, 96, made" (two digits: not "the operator, 3.")
        if isPunct(p, ","), previous(p) >= 0, lex[i].digitCount >= 2 {
            let name = lex[previous(p)]
            guard name.flags.contains(.letter), !name.flags.contains(.function) else { return nil }
            switch name.kind {
            case .month, .weekday, .numberWord, .dateUnit, .timeUnit, .scale, .vagueScale, .ordinalWord,
                .quantityUnit, .currencyWord, .keyword:
                return nil
            default:
                break
            }
            let next = i + 1
            guard next >= limit || isPunct(next, ",") || isPunct(next, ";") || isPunct(next, ")")
                || (isPunct(next, ".") && !(next + 1 < limit && kind(next + 1) == .digits))
            else { return nil }
            return Match(start: i, end: i + 1, label: .date)
        }
        return nil
    }

    func isAgeNumber(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let l = lex[i]
        return l.kind == .digits && l.flags.contains(.integer) && !l.flags.contains(.leadingZero) && l.value >= 1
            && l.value <= 120
    }

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

    /// Words that make the next number an identifier: "No. 10", "page 12", "#5", "flight 370".
    func blocksNumber(_ p: Int) -> Bool {
        let l = lex[p]
        if l.kind == .punct {
            return isPunct(p, "#") || isPunct(p, "+") || isPunct(p, "/") || isPunct(p, "\\")
        }
        return l.word == .page || l.word == .number || l.word == .flight
    }

    // MARK: Ordinals and counts

    mutating func ordinalLed(at i: Int) -> Match? {
        if let end = centuryEnd(at: i, hyphenated: true) { return Match(start: i, end: end, label: .date) }
        if let end = quarterEnd(at: i) { return Match(start: i, end: end, label: .date) }
        if unitAt(i + 1) == .century && isNameAfter(i + 2) { return nil }  // "20th Century Fox"
        if kind(i) == .digitsOrdinal, let end = dayMonth(at: i) {
            return Match(start: i, end: extendDate(end), label: .date)
        }
        let l = lex[i]
        // "First Lady", "First Republic Bank"
        if l.flags.contains(.capitalized) && !l.flags.contains(.headline) && isNameWord(i + 1) && i + 1 < limit {
            return nil
        }
        if l.kind == .digitsOrdinal && isNameBefore(i) { return nil }
        return Match(start: i, end: i + 1, label: .ordinal)
    }

    /// CARDINAL and QUANTITY: "591", "about 15,000", "hundreds of thousands", "4-2", "140 mph", "200-metre".
    func count(at i: Int, hedged: Bool) -> Match? {
        guard i < limit else { return nil }
        let l = lex[i]
        if l.kind == .vagueScale {
            let name = tokens[i].text.lowercased()
            var end = i + 1
            if word(end) == .of && kind(end + 1) == .vagueScale { end += 2 }
            if (name == "tens" || name == "scores") && word(i + 1) != .of { return nil }
            return Match(start: i, end: end, label: .cardinal)
        }
        if l.kind == .digitsQuantity { return Match(start: i, end: i + 1, label: .quantity) }
        guard let phrase = numberPhrase(at: i) else { return nil }
        // Quantities: "140 mph", "20 million tonnes", "1.6-mile", "more than a metre", "200m".
        let e = phrase.end
        if phrase.form != .vague {
            if kind(e) == .quantityUnit && (phrase.form != .article || hedged) {
                return Match(start: i, end: e + 1, label: .quantity)
            }
            if isDash(e) && attached(e) && kind(e + 1) == .quantityUnit && attached(e + 1) {
                return Match(start: i, end: e + 2, label: .quantity)
            }
        }
        guard phrase.isNumeric else { return nil }
        // A number before a unit of time is a duration, not a count ("over [two days]").
        if unitAt(e) != nil || (isDash(e) && attached(e) && unitAt(e + 1) != nil) { return nil }
        if l.flags.contains(.metre) && NumericEntityRules.raceDistances.contains(l.value / 1e6) {
            return Match(start: i, end: i + 1, label: .quantity)
        }
        // Scores and tallies: "4-2", "243-187".
        if l.kind == .digits && l.flags.contains(.integer) && l.digitCount <= 3 && isDash(i + 1) && attached(i + 1)
            && attached(i + 2) && kind(i + 2) == .digits && lex[i + 2].flags.contains(.integer)
            && lex[i + 2].digitCount <= 3
        {
            return Match(start: i, end: i + 3, label: .cardinal)
        }
        if !hedged {
            // Numbers that belong to names are consumed without a span.
            let skip = Match(start: i, end: phrase.end, label: nil)
            let p = previous(i)
            if isNameBefore(i) { return skip }
            // "F-16", "COVID-19"
            if p >= 0 && isDash(p) && attached(i) && attached(p) && previous(p) >= 0
                && lex[previous(p)].flags.contains(.letter)
            {
                return skip
            }
            if p >= 0 && blocksNumber(p) { return skip }
            if l.kind == .digits && isStreetNumber(i) { return skip }
            // A year inside a name: "the 2022 World Cup", "Paris 2024".
            if isYear(i) && isEventAfter(i + 1) { return skip }
            if l.kind == .numberWord {
                // "the one that", "no one", "one another", "one-off"
                if l.value == 1 && phrase.end == i + 1 {
                    switch previousWord(i) {
                    case .the, .no, .any, .every, .each, .which, .that, .this: return nil
                    default: break
                    }
                    if i + 1 < limit && tokens[i + 1].text == "another" { return nil }
                }
                if isDash(phrase.end) && attached(phrase.end) && flags(phrase.end + 1).contains(.lower) {
                    return nil
                }
            }
        }
        return Match(start: i, end: phrase.end, label: .cardinal)
    }

    /// "10 Downing Street", "1600 Pennsylvania Avenue".
    func isStreetNumber(_ i: Int) -> Bool {
        var q = i + 1
        var words = 0
        while q < limit && words < 3 && lex[q].flags.contains(.capitalized) {
            if lex[q].kind == .streetSuffix && words > 0 { return true }
            q += 1
            words += 1
        }
        return false
    }
}
