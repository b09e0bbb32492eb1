/// Deterministic rules for dates, times, money and percentages (and counts), following the OntoNotes 5
/// conventions of the development set:
///
/// - DATE: `Tuesday`, `July 10, 2024`, `Sep.30 - 2024`, `2024-01-03`, `April 1949`, `1993`, `the 1990s`,
///   `last week`, `this year`, `the coming days`, `recent months`, `the end of 2025`, `four years ago`,
///   `more than 60 years`, `three-day`, `22-year-old`, ages (`Trump, [77],`, `aged [96]`, `turns [24]`),
///   holidays (`Christmas Day`, `New Year's Day`), `quarterly`.
/// - TIME: `18:42 GMT`, `7:30 AM CET`, `around 1:30 a.m.`, `about two hours`, `Tuesday night`, `tonight`.
/// - MONEY: `$1.13bn`, `£600m`, `more than $65 billion`, `about 56 billion euros`, `billions of dollars`.
/// - PERCENT: `12.5%`, `76 percent`, `84 per cent`, `less than two percentage points`.
/// - CARDINAL, ORDINAL and QUANTITY where they fall out of the same number parsing: `about 15,000`,
///   `hundreds of thousands`, `4-2`, `first`, `75th`, `140 mph`, `200-metre`.
///
/// Hedges belong to the span (`about 84%`), a leading "the" stays in relative dates (`the winter`),
/// prepositions and possessive 's stay outside (`on [Tuesday]'s`).
public enum NumericEntityRules {
    /// DATE, TIME, MONEY and PERCENT spans, and CARDINAL, ORDINAL and QUANTITY spans, found by rules, in text
    /// order, non-overlapping, each span starting and ending on token boundaries, `text` equal to the scalars
    /// of the text between start and end.
    public static func spans(in tokens: [Token], scalars: [Unicode.Scalar]) -> [EntitySpan] {
        spans(in: tokens, scalars: scalars, includeCounts: true)
    }

    /// As `spans(in:scalars:)`; without `includeCounts` only DATE, TIME, MONEY and PERCENT spans are returned
    /// (numbers that would have been counts are still consumed, so no partial span is made of them).
    public static func spans(in tokens: [Token], scalars: [Unicode.Scalar], includeCounts: Bool) -> [EntitySpan] {
        guard !tokens.isEmpty else { return [] }
        var scanner = Scanner(tokens: tokens, scalars: scalars)
        return scanner.run(includeCounts: includeCounts)
    }

    /// Matched tokens `start..<end`; a nil label means "consumed, no span" (phone numbers and the like).
    struct Match {
        var start: Int
        var end: Int
        var label: EntityLabel?
    }

    struct Scanner {
        let tokens: [Token]
        let scalars: [Unicode.Scalar]
        var lex: [Lex]
        /// First token of the next line while matching; lookahead stops there.
        var limit: Int = 0

        init(tokens: [Token], scalars: [Unicode.Scalar]) {
            self.tokens = tokens
            self.scalars = scalars
            self.lex = []
            lex.reserveCapacity(tokens.count)
            let table = NumericEntityRules.lexicon
            var sentenceStart = true
            var lineStart = 0
            var longWords = 0
            var capitalWords = 0
            for index in tokens.indices {
                let token = tokens[index]
                if token.lineStart && index > 0 {
                    markHeadline(lineStart..<index, longWords: longWords, capitalWords: capitalWords)
                    lineStart = index
                    longWords = 0
                    capitalWords = 0
                    sentenceStart = true
                }
                var entry = Self.classify(token, scalars: scalars, table: table)
                if sentenceStart { entry.flags.insert(.sentenceStart) }
                if entry.kind == .punct {
                    let scalar = Unicode.Scalar(UInt32(entry.value)) ?? " "
                    switch scalar {
                    case ".", "!", "?", ":": sentenceStart = true
                    case "\"", "\u{201C}", "\u{2018}", "'", "(", "[", "\u{2014}", "-": break
                    default: sentenceStart = false
                    }
                } else {
                    sentenceStart = false
                }
                if entry.flags.contains(.letter) && index != lineStart && token.end - token.start >= 4 {
                    longWords += 1
                    if entry.flags.contains(.capitalized) { capitalWords += 1 }
                }
                lex.append(entry)
            }
            markHeadline(lineStart..<tokens.count, longWords: longWords, capitalWords: capitalWords)
        }

        /// A line of two or more longer words, nearly all capitalised, is in headline case: capitals there say
        /// nothing about names.
        private mutating func markHeadline(_ range: Range<Int>, longWords: Int, capitalWords: Int) {
            guard longWords >= 2, capitalWords * 10 >= longWords * 9 else { return }
            for index in range { lex[index].flags.insert(.headline) }
        }

        mutating func run(includeCounts: Bool) -> [EntitySpan] {
            var spans: [EntitySpan] = []
            let count = tokens.count
            var index = 0
            limit = 0
            while index < count {
                if index >= limit {
                    var next = index + 1
                    while next < count && !tokens[next].lineStart { next += 1 }
                    limit = next
                }
                guard lex[index].flags.contains(.canStart), let found = match(at: index) else {
                    index += 1
                    continue
                }
                if let label = found.label, includeCounts || !Self.isCount(label) {
                    let start = tokens[found.start].start
                    let end = tokens[found.end - 1].end
                    let text = String(String.UnicodeScalarView(scalars[start..<end]))
                    spans.append(EntitySpan(start: start, end: end, label: label, text: text))
                }
                index = max(found.end, index + 1)
            }
            return spans
        }

        static func isCount(_ label: EntityLabel) -> Bool {
            label == .cardinal || label == .ordinal || label == .quantity
        }

        // MARK: Classification

        static func classify(_ token: Token, scalars: [Unicode.Scalar], table: [String: Lex]) -> Lex {
            let first = scalars[token.start]
            if first.value >= 0x30 && first.value <= 0x39 {
                var entry = classifyDigits(scalars, token.start, token.end)
                if entry.kind != .other { entry.flags.insert(.canStart) }
                return entry
            }
            if Tokenizer.isLetter(first) {
                var entry = table[token.text] ?? Lex()
                entry.flags.insert(.letter)
                let upper = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
                entry.flags.insert(upper ? .capitalized : .lower)
                if first == "Q" && token.end - token.start == 2 {
                    let digit = scalars[token.start + 1]
                    if digit.value >= 0x31 && digit.value <= 0x34 {
                        entry.kind = .quarterCode
                        entry.value = Double(digit.value - 0x30)
                        entry.flags.insert(.canStart)
                    }
                }
                if upper && holidayStarts.contains(token.text) { entry.flags.insert(.canStart) }
                return entry
            }
            var entry = Lex(.punct, .none, Double(first.value))
            switch first {
            case "$", "£", "€", "¥", "₹", "₩", "₽", "₺", "₪", "₦", "₱", "₴", "₫":
                entry.kind = .currencySymbol
                entry.flags.insert(.canStart)
            case "'", "\u{2019}":
                entry.flags.insert(.canStart)
            default:
                break
            }
            return entry
        }

        /// Numbers, clock times, ordinals, decades and numbers with a unit written as one token.
        static func classifyDigits(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Lex {
            var values = SIMD4<Int64>(repeating: 0)
            var lengths = SIMD4<Int64>(repeating: 0)
            var separators = SIMD4<UInt32>(repeating: 0)
            var segment = 0
            var position = start
            while position < end {
                let scalar = scalars[position]
                let value = scalar.value
                if value >= 0x30 && value <= 0x39 {
                    if lengths[segment] < 15 { values[segment] = values[segment] * 10 + Int64(value - 0x30) }
                    lengths[segment] += 1
                } else if scalar == "." || scalar == "," || scalar == ":" {
                    segment += 1
                    if segment > 3 { return Lex() }
                    separators[segment - 1] = value
                } else {
                    break
                }
                position += 1
            }
            var entry = Lex(.digits)
            entry.digitCount = UInt8(min(lengths[0], 255))
            if scalars[start] == "0" && lengths[0] > 1 { entry.flags.insert(.leadingZero) }

            // The shape of the digits.
            enum Shape { case integer, grouped, decimal, clock, dotted, other }
            var shape = Shape.other
            var number: Double = 0
            let dot = UInt32(0x2E), comma = UInt32(0x2C), colon = UInt32(0x3A)
            if segment == 0 {
                shape = .integer
                number = Double(values[0])
            } else if segment == 1 && separators[0] == dot {
                shape = .decimal
                number = Double(values[0]) + Double(values[1]) / pow10(Int(lengths[1]))
            } else if segment == 1 && separators[0] == colon {
                if lengths[0] <= 2 && lengths[1] == 2 && values[0] <= 24 && values[1] <= 59 {
                    shape = .clock
                    number = Double(values[0] * 60 + values[1])
                }
            } else if segment == 2 && separators[0] == dot && separators[1] == dot && lengths[0] <= 2
                && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2)
            {
                let (a, b) = (values[0], values[1])
                if (1...31).contains(a) && (1...31).contains(b) && (a <= 12 || b <= 12) { shape = .dotted }
            } else {
                // Grouped thousands, possibly with a decimal part: "1,000", "1,234.5".
                var grouped = true
                var decimalAt = -1
                for index in 0..<segment {
                    if separators[index] == comma {
                        if decimalAt >= 0 || lengths[index + 1] != 3 { grouped = false }
                    } else if separators[index] == dot && index == segment - 1 {
                        decimalAt = index + 1
                    } else {
                        grouped = false
                    }
                }
                if grouped && lengths[0] <= 3 {
                    shape = decimalAt >= 0 ? .decimal : .grouped
                    var whole: Double = 0
                    for index in 0...segment where index != decimalAt {
                        whole = whole * 1000 + Double(values[index])
                    }
                    if decimalAt >= 0 { whole += Double(values[decimalAt]) / pow10(Int(lengths[decimalAt])) }
                    number = whole
                }
            }
            if shape == .other { return Lex() }
            entry.value = number
            switch shape {
            case .integer: entry.flags.insert(.integer)
            case .grouped: entry.flags.insert(.comma)
            default: break
            }

            if position == end {
                switch shape {
                case .clock: entry.kind = .clock
                case .dotted: entry.kind = .dottedDate
                default: break
                }
                return entry
            }
            // A suffix of letters: "350m", "1.13bn", "75th", "1990s", "9am", "10p", "5km".
            guard end - position <= 4, shape != .dotted else { return Lex() }
            var suffix: UInt32 = 0  // up to four lower-cased ASCII letters packed into an integer
            for index in position..<end {
                let value = scalars[index].value
                guard (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) else {
                    return Lex()
                }
                suffix = suffix << 8 | (value | 0x20)
            }
            func code(_ text: StaticString) -> UInt32 {
                var result: UInt32 = 0
                text.withUTF8Buffer { for byte in $0 { result = result << 8 | UInt32(byte) } }
                return result
            }
            let isNumber = shape == .integer || shape == .grouped || shape == .decimal
            switch suffix {
            case code("m"), code("mn"), code("mln"):
                guard isNumber else { return Lex() }
                entry.kind = .digitsScaled
                entry.value = number * 1e6
                if suffix == code("m") { entry.flags.insert(.metre) }
            case code("bn"), code("b"), code("bln"):
                guard isNumber else { return Lex() }
                entry.kind = .digitsScaled
                entry.value = number * 1e9
            case code("tn"), code("trn"):
                guard isNumber else { return Lex() }
                entry.kind = .digitsScaled
                entry.value = number * 1e12
            case code("k"):
                guard isNumber else { return Lex() }
                entry.kind = .digitsScaled
                entry.value = number * 1e3
            case code("st"), code("nd"), code("rd"), code("th"):
                guard shape == .integer else { return Lex() }
                entry.kind = .digitsOrdinal
            case code("s"):
                guard shape == .integer, Int(number) % 10 == 0, lengths[0] == 4 || lengths[0] == 2 else { return Lex() }
                entry.kind = .digitsDecade
            case code("am"), code("pm"):
                if shape == .integer && number >= 1 && number <= 12 {
                    entry.value = number * 60
                } else if (shape == .clock || (shape == .decimal && lengths[1] == 2)) && values[0] >= 1
                    && values[0] <= 12 && values[1] <= 59
                {
                    entry.value = Double(values[0] * 60 + values[1])
                } else {
                    return Lex()
                }
                entry.kind = .clockAmPm
            case code("p"):
                guard isNumber else { return Lex() }
                entry.kind = .pence
            case code("km"), code("kg"), code("mph"), code("cm"), code("mm"), code("ft"), code("ml"), code("kmh"),
                code("mw"), code("gw"), code("kw"), code("kwh"), code("lb"), code("lbs"), code("kph"),
                code("mi"), code("sq"), code("ha"), code("c"), code("f"):
                guard isNumber else { return Lex() }
                entry.kind = .digitsQuantity
            default:
                return Lex()
            }
            return entry
        }

        private static func pow10(_ exponent: Int) -> Double {
            var result = 1.0
            for _ in 0..<min(exponent, 15) { result *= 10 }
            return result
        }
    }
}
