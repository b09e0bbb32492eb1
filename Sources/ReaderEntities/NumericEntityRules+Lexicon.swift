import ReaderText

/// Word tables and per-token classification for `NumericEntityRules`.
extension NumericEntityRules {
    /// What a token is, as far as the rules care.
    enum Kind: UInt8, Sendable {
        case other, punct
        // Written with digits (`value` is the number unless noted).
        case digits  // "61", "1,000", "13.5"
        case digitsScaled  // "350m", "1.13bn" (value includes the scale)
        case digitsOrdinal  // "75th"
        case digitsDecade  // "1990s", "90s" (value is the year)
        case clock  // "18:42" (value is minutes after midnight)
        case clockAmPm  // "9am", "9.30pm", "10:30pm"
        case pence  // "10p"
        case digitsQuantity  // "5km", "40mph"
        case dottedDate  // "22.07.2022"
        case quarterCode  // "Q3"
        // Words.
        case numberWord  // one ... ninety
        case scale  // hundred, thousand, million, bn, crore (value is the multiplier)
        case vagueScale  // hundreds, thousands, millions, dozens, tens
        case ordinalWord  // first ... hundredth
        case month  // value 1...12
        case weekday  // value 1...7
        case weekdayPlural  // Mondays
        case dateUnit, timeUnit  // value is a `Unit`
        case quantityUnit  // metres, miles, mph, tonnes
        case partOfDay  // morning, afternoon, evening, night
        case season  // summer, winter, autumn, spring, fall
        case deictic  // today, yesterday, tomorrow
        case tonight
        case noon  // noon, midday, midnight
        case periodic  // annual, quarterly, monthly, weekly, daily, yearly
        case timezone  // GMT, EDT, ET, CET
        case ampm  // a.m., PM
        case oclock
        case currencySymbol  // $ £ € ¥ (punctuation tokens)
        case currencyWord  // dollars, euros, yen
        case currencyWordScaled  // pounds, won: money only after million/billion
        case currencyQualifier  // US, Australian, Swiss (before "dollars", "francs")
        case currencyCode  // USD, EUR
        case eraSuffix  // BC, AD
        case streetSuffix  // Street, Avenue
        case keyword  // see `Word`
    }

    /// Single words with their own role in the rules.
    enum Word: UInt8, Sendable {
        case none
        case the, a, an, of, and, or, to, through, until, from, `in`, on, at, by, since, `for`, within, after, before
        case during, between, than, `as`, up, least, most, more, less, fewer, over, under, above, below
        case about, around, roughly, approximately, nearly, almost, some, just, only, circa, close, well, estimated
        case excess, upwards, no, not, exactly, barely
        case ago, old, later, earlier, early, late, mid
        case last, next, this, past, coming, following, previous, preceding, same, current, recent, upcoming, final
        case end, start, beginning, middle, turn, rest, remainder
        case half, quarter, second, first, dozen, several, few, couple, many, much, little, high, low
        case aged, age, turns
        case percent, per, cent, percentage, point, points
        case local, time, fiscal, weekend, every, each, any, which, that, year, week, month, day
        case page, number, flight, season, opening
        case `let`
    }

    /// Units of durations.
    enum Unit: Int, Sendable {
        case day = 1, week, fortnight, month, year, decade, century, quarter, hour, minute, second

        var isTime: Bool { self == .hour || self == .minute || self == .second }
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let capitalized = Flags(rawValue: 1 << 0)
        static let function = Flags(rawValue: 1 << 1)  // determiners, prepositions, pronouns, hedges, auxiliaries
        static let plural = Flags(rawValue: 1 << 2)
        static let abbreviation = Flags(rawValue: 1 << 3)  // "Sep", "Sep.", "Mon"
        static let period = Flags(rawValue: 1 << 4)  // abbreviation written with its period
        static let ambiguous = Flags(rawValue: 1 << 5)  // "May", "March": also ordinary words
        static let integer = Flags(rawValue: 1 << 6)  // digits only
        static let comma = Flags(rawValue: 1 << 7)  // "1,000"
        static let leadingZero = Flags(rawValue: 1 << 8)
        static let sentenceStart = Flags(rawValue: 1 << 9)
        static let headline = Flags(rawValue: 1 << 10)  // on a line written in headline case
        static let letter = Flags(rawValue: 1 << 11)  // starts with a letter
        static let temporalPreposition = Flags(rawValue: 1 << 12)  // in, since, by, until ...
        static let metre = Flags(rawValue: 1 << 13)  // "200m": could be metres
        static let canStart = Flags(rawValue: 1 << 14)  // may begin a span
        static let lower = Flags(rawValue: 1 << 15)  // starts with a lower-case letter
    }

    /// The classification of one token.
    struct Lex: Sendable {
        var kind: Kind = .other
        var word: Word = .none
        var flags: Flags = []
        /// Number of digits before any separator (digit tokens only).
        var digitCount: UInt8 = 0
        var value: Double = 0

        init() {}

        init(_ kind: Kind, _ word: Word = .none, _ value: Double = 0, _ flags: Flags = []) {
            self.kind = kind
            self.word = word
            self.value = value
            self.flags = flags
        }
    }

    /// How a table word may be written.
    enum CaseRule { case any, capitalizedOnly, upperOnly }

    /// Lower-case key to entry, with capitalised and upper-case variants added.
    static let lexicon: [String: Lex] = buildLexicon()

    private static func buildLexicon() -> [String: Lex] {
        var table: [String: Lex] = [:]
        table.reserveCapacity(2048)

        func add(_ key: String, _ lex: Lex, _ rule: CaseRule = .any) {
            var lex = lex
            if lex.kind != .other || lex.word != .none { lex.flags.insert(.canStart) }
            func put(_ text: String) {
                if let existing = table[text] {
                    // Keep the richer entry; merge the function flag.
                    var merged = existing.kind == .other && existing.word == .none ? lex : existing
                    merged.flags.formUnion(lex.flags.intersection([.function, .temporalPreposition]))
                    table[text] = merged
                } else {
                    table[text] = lex
                }
            }
            switch rule {
            case .any:
                put(key)
                put(capitalizedForm(key))
                put(key.uppercased())
            case .capitalizedOnly:
                put(capitalizedForm(key))
                put(key.uppercased())
            case .upperOnly:
                put(key.uppercased())
            }
        }

        // Months: full names, and abbreviations with and without their period.
        for (index, monthName) in CivilCalendar.monthNames.enumerated() {
            let name = monthName.lowercased()
            var flags: Flags = []
            if name == "may" || name == "march" { flags.insert(.ambiguous) }
            add(name, Lex(.month, .none, Double(index + 1), flags), .capitalizedOnly)
        }
        for (abbreviation, month) in CivilCalendar.monthAbbreviations {
            let name = abbreviation.lowercased()
            add(name, Lex(.month, .none, Double(month), [.abbreviation]), .capitalizedOnly)
            add(name + ".", Lex(.month, .none, Double(month), [.abbreviation, .period]), .capitalizedOnly)
        }
        // Weekdays.
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() {
            add(name, Lex(.weekday, .none, Double(index + 1)), .capitalizedOnly)
            add(name + "s", Lex(.weekdayPlural, .none, Double(index + 1)), .capitalizedOnly)
        }
        let weekdayAbbreviations: [(String, Int)] = [
            ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5),
            ("sat", 6), ("sun", 7),
        ]
        for (name, day) in weekdayAbbreviations {
            add(name, Lex(.weekday, .none, Double(day), [.abbreviation]), .capitalizedOnly)
            add(name + ".", Lex(.weekday, .none, Double(day), [.abbreviation, .period]), .capitalizedOnly)
        }

        // Numbers.
        let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                           "nineteen"]
        for (index, name) in numberWords.enumerated() { add(name, Lex(.numberWord, .none, Double(index))) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, name) in tens.enumerated() { add(name, Lex(.numberWord, .none, Double(20 + 10 * index))) }
        let scales: [(String, Double)] = [
            ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
            ("bn", 1e9), ("mn", 1e6), ("tn", 1e12), ("mln", 1e6), ("bln", 1e9), ("crore", 1e7), ("lakh", 1e5),
        ]
        for (name, value) in scales { add(name, Lex(.scale, .none, value)) }
        for name in ["hundreds", "thousands", "millions", "billions", "trillions", "dozens", "tens", "scores"] {
            add(name, Lex(.vagueScale, .none, 0, [.plural]))
        }
        add("dozen", Lex(.keyword, .dozen, 12))
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (index, name) in ordinals.enumerated() {
            let word: Word = index == 0 ? .first : (index == 1 ? .second : .none)
            add(name, Lex(.ordinalWord, word, Double(index + 1)))
        }
        for (index, name) in ["thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                              "ninetieth", "hundredth", "thousandth"].enumerated()
        {
            add(name, Lex(.ordinalWord, .none, index < 7 ? Double(30 + 10 * index) : (index == 7 ? 100 : 1000)))
        }

        // Units.
        let dateUnits: [(String, Unit, Bool)] = [
            ("day", .day, false), ("days", .day, true), ("week", .week, false), ("weeks", .week, true),
            ("fortnight", .fortnight, false), ("fortnights", .fortnight, true), ("month", .month, false),
            ("months", .month, true), ("year", .year, false), ("years", .year, true), ("decade", .decade, false),
            ("decades", .decade, true), ("century", .century, false), ("centuries", .century, true),
            ("quarter", .quarter, false), ("quarters", .quarter, true),
        ]
        for (name, unit, plural) in dateUnits {
            var lex = Lex(.dateUnit, .none, Double(unit.rawValue), plural ? [.plural] : [])
            switch name {
            case "year": lex.word = .year
            case "week": lex.word = .week
            case "month": lex.word = .month
            case "day": lex.word = .day
            case "quarter": lex.word = .quarter
            default: break
            }
            add(name, lex)
        }
        let timeUnits: [(String, Unit, Bool)] = [
            ("hour", .hour, false), ("hours", .hour, true), ("hrs", .hour, true), ("minute", .minute, false),
            ("minutes", .minute, true), ("mins", .minute, true), ("seconds", .second, true),
        ]
        for (name, unit, plural) in timeUnits { add(name, Lex(.timeUnit, .none, Double(unit.rawValue), plural ? [.plural] : [])) }
        let quantityUnits = [
            "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers", "km", "mile",
            "miles", "mph", "kph", "km/h", "feet", "foot", "ft", "inch", "inches", "cm", "mm", "millimetre",
            "millimetres", "millimeter", "millimeters", "centimetre", "centimetres", "centimeter", "centimeters",
            "kg", "kilogram", "kilograms", "kilos", "gram", "grams", "tonne", "tonnes", "ton", "tons", "lb", "lbs",
            "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "acre", "acres", "hectare",
            "hectares", "knots", "megawatts", "gigawatts", "kilowatts", "mw", "gw", "kw", "kwh", "degrees", "yards",
            "yard", "sq",
        ]
        for name in quantityUnits { add(name, Lex(.quantityUnit)) }

        // Times of day and other temporal words.
        for name in ["morning", "afternoon", "evening", "night"] { add(name, Lex(.partOfDay)) }
        for name in ["summer", "winter", "autumn", "spring", "fall"] { add(name, Lex(.season)) }
        for name in ["today", "yesterday", "tomorrow"] { add(name, Lex(.deictic)) }
        add("tonight", Lex(.tonight))
        for name in ["noon", "midday", "midnight"] { add(name, Lex(.noon)) }
        for name in ["annual", "annually", "quarterly", "monthly", "weekly", "daily", "yearly", "biannual",
                     "biennial", "fortnightly"]
        {
            add(name, Lex(.periodic))
        }
        add("weekend", Lex(.keyword, .weekend))
        add("weekends", Lex(.keyword, .weekend, 0, [.plural]))
        for name in ["gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "msk", "ist", "jst", "kst", "hkt",
                     "sgt", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "est", "edt", "cst", "cdt", "mst", "mdt",
                     "pst", "pdt", "et", "pt", "akst", "akdt", "hst", "wib", "pht", "sast", "eat", "wat", "gst", "ast",
                     "adt", "nst", "art", "brt", "ict", "pkt"]
        {
            add(name, Lex(.timezone), .upperOnly)
        }
        for name in ["a.m.", "p.m.", "am", "pm"] { add(name, Lex(.ampm)) }
        add("o'clock", Lex(.oclock))
        add("o\u{2019}clock", Lex(.oclock))

        // Money.
        for name in ["dollars", "dollar", "euros", "euro", "pence", "cents", "yen", "yuan", "renminbi", "rupees",
                     "rupee", "roubles", "rubles", "rouble", "ruble", "francs", "franc", "kronor", "kroner", "kronur",
                     "krona", "krone", "pesos", "peso", "rand", "reais", "lira", "liras", "shekels", "dirhams",
                     "riyals", "rials", "naira", "ringgit", "baht", "zlotys", "zloty", "forints", "hryvnias",
                     "hryvnia", "rupiah", "sterling"]
        {
            add(name, Lex(.currencyWord))
        }
        for name in ["pounds", "won", "dong", "marks"] { add(name, Lex(.currencyWordScaled)) }
        for name in ["us", "u.s.", "australian", "canadian", "hong", "kong", "new", "zealand", "singapore", "swiss",
                     "taiwan", "taiwanese", "mexican", "brazilian", "danish", "swedish", "norwegian", "zimbabwe",
                     "zimbabwean", "jamaican", "namibian", "fijian"]
        {
            add(name, Lex(.currencyQualifier), .capitalizedOnly)
        }
        for name in ["usd", "eur", "gbp", "jpy", "cny", "chf", "inr", "aud", "cad", "hkd", "sgd", "rmb", "nzd", "sek",
                     "nok", "dkk", "krw", "rub", "brl", "zar", "try", "mxn"]
        {
            add(name, Lex(.currencyCode), .upperOnly)
        }
        add("rs", Lex(.currencyCode), .capitalizedOnly)
        add("rs.", Lex(.currencyCode), .capitalizedOnly)
        for name in ["bc", "ad", "bce", "ce"] { add(name, Lex(.eraSuffix), .upperOnly) }
        for name in ["street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "lane", "drive",
                     "way", "place", "square", "terrace", "crescent"]
        {
            add(name, Lex(.streetSuffix), .capitalizedOnly)
        }

        // Keywords.
        let keywords: [(String, Word)] = [
            ("the", .the), ("a", .a), ("an", .an), ("of", .of), ("and", .and), ("or", .or), ("to", .to),
            ("through", .through), ("until", .until), ("till", .until), ("from", .from), ("in", .in), ("on", .on),
            ("at", .at), ("by", .by), ("since", .since), ("for", .for), ("within", .within), ("after", .after),
            ("before", .before), ("during", .during), ("between", .between), ("than", .than), ("as", .as),
            ("up", .up), ("least", .least), ("most", .most), ("more", .more), ("less", .less), ("fewer", .fewer),
            ("over", .over), ("under", .under), ("above", .above), ("below", .below), ("about", .about),
            ("around", .around), ("roughly", .roughly), ("approximately", .approximately), ("nearly", .nearly),
            ("almost", .almost), ("some", .some), ("just", .just), ("only", .only), ("circa", .circa),
            ("close", .close), ("well", .well), ("estimated", .estimated), ("excess", .excess),
            ("upwards", .upwards), ("no", .no), ("not", .not), ("exactly", .exactly), ("barely", .barely),
            ("ago", .ago), ("old", .old), ("later", .later), ("earlier", .earlier), ("early", .early),
            ("late", .late), ("mid", .mid), ("last", .last), ("next", .next), ("this", .this), ("past", .past),
            ("coming", .coming), ("following", .following), ("previous", .previous), ("preceding", .preceding),
            ("same", .same), ("current", .current), ("recent", .recent), ("upcoming", .upcoming),
            ("final", .final), ("end", .end), ("start", .start), ("beginning", .beginning), ("middle", .middle),
            ("turn", .turn), ("rest", .rest), ("remainder", .remainder), ("half", .half), ("several", .several),
            ("few", .few), ("couple", .couple), ("many", .many), ("much", .much), ("little", .little),
            ("high", .high), ("low", .low), ("aged", .aged), ("age", .age), ("ages", .age), ("turns", .turns),
            ("turned", .turns), ("turning", .turns), ("percent", .percent), ("pct", .percent), ("per", .per),
            ("cent", .cent), ("percentage", .percentage), ("point", .point), ("points", .points),
            ("local", .local), ("time", .time), ("fiscal", .fiscal), ("every", .every), ("each", .each),
            ("any", .any), ("which", .which), ("that", .that), ("season", .season), ("seasons", .season), ("opening", .opening), ("olds", .old),
            ("page", .page), ("pages", .page), ("pp", .page),
            ("p.", .page), ("number", .number), ("flight", .flight), ("let", .let),
        ]
        for (name, word) in keywords { add(name, Lex(.keyword, word)) }
        add("no.", Lex(.keyword, .number), .capitalizedOnly)

        // Words that mark the next preposition-like context as temporal ("in 1949", "since March").
        for name in ["in", "since", "from", "until", "till", "by", "before", "after", "during", "through", "of",
                     "between", "circa", "throughout", "around", "early", "late", "mid", "and", "to", "or", "year"]
        {
            var lex = table[name] ?? Lex()
            lex.flags.insert(.temporalPreposition)
            add(name, lex)
        }
        // Function words: a capitalised one is not a name ("In 2019", "The 19").
        for name in ["the", "a", "an", "of", "and", "or", "but", "to", "through", "until", "till", "from", "in", "on",
                     "at", "by", "since", "for", "within", "after", "before", "during", "between", "than", "as",
                     "up", "over", "under", "above", "below", "about", "around", "roughly", "approximately", "nearly",
                     "almost", "some", "just", "only", "more", "less", "fewer", "least", "most", "into", "onto",
                     "with", "without", "against", "among", "across", "toward", "towards", "via", "per", "his", "her",
                     "its", "their", "our", "your", "my", "this", "that", "these", "those", "is", "was", "were", "are",
                     "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
                     "must", "shall", "it", "he", "she", "they", "we", "you", "i", "who", "which", "what", "when",
                     "where", "while", "if", "not", "no", "also", "all", "both", "each", "every", "any", "another",
                     "other", "than", "then", "so", "because", "although", "though", "out", "off", "down", "here",
                     "there", "nearly", "early", "late", "mid", "last", "next", "past", "another", "another", "some",
                     "once", "twice", "top", "number", "no.", "page", "aged", "age", "turns", "turned", "turning",
                     "circa", "throughout", "beyond", "despite", "like", "unlike", "near", "inside", "outside",
                     "upon", "beneath", "behind", "amid", "along", "around", "whose", "whom", "how", "why", "said",
                     "says", "say", "just", "even", "still", "already", "about", "exactly", "barely", "estimated",
                     "more", "well", "close", "upwards", "excess", "ago", "later", "earlier", "recent", "coming",
                     "following", "previous", "same", "current", "final", "several", "few", "many", "much", "than"]
        {
            var lex = table[name] ?? Lex()
            lex.flags.insert(.function)
            add(name, lex)
        }
        return table
    }

    static func capitalizedForm(_ word: String) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        return String(first).uppercased() + String(String.UnicodeScalarView(word.unicodeScalars.dropFirst()))
    }
}
