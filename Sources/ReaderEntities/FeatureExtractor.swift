import ReaderText

/// Turns a sentence of tokens into hashed features per token for the entity model.
///
/// Features: the word and its neighbours (±2), shapes, prefixes and suffixes of 1–4, capitalisation
/// with sentence position, month and weekday words, gazetteer categories of the token and its
/// neighbours, and whether the line is a headline (title case or all capitals).
public struct FeatureExtractor: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// What is computed once per token before features are formed.
    struct TokenFacts {
        var lower: UInt64
        var shape: UInt64
        var shortShape: UInt64
        var prefixes: (UInt64, UInt64, UInt64, UInt64)
        var suffixes: (UInt64, UInt64, UInt64, UInt64)
        var flags: UInt64
        var gazetteerBegin: UInt32
        var gazetteerInside: UInt32
    }

    /// Features of each token of `tokens` (one sentence), flattened: `features[offsets[i]..<offsets[i+1]]`.
    public func features(for tokens: ArraySlice<Token>, headline: Bool) -> (features: [UInt64], offsets: [Int]) {
        let facts = self.facts(tokens, headline: headline)
        var features: [UInt64] = []
        features.reserveCapacity(facts.count * 40)
        var offsets: [Int] = [0]
        offsets.reserveCapacity(facts.count + 1)
        let none = FeatureHash.hash("<none>")
        let count = facts.count
        for i in 0..<count {
            let current = facts[i]
            let previous = i > 0 ? facts[i - 1].lower : FeatureHash.hash("<s>")
            let previous2 = i > 1 ? facts[i - 2].lower : none
            let next = i + 1 < count ? facts[i + 1].lower : FeatureHash.hash("</s>")
            let next2 = i + 2 < count ? facts[i + 2].lower : none
            let previousShape = i > 0 ? facts[i - 1].shortShape : none
            let nextShape = i + 1 < count ? facts[i + 1].shortShape : none
            func add(_ template: UInt64, _ value: UInt64, _ other: UInt64 = 0) {
                features.append(FeatureHash.combine(template, value, other))
            }
            add(0, 0)
            add(1, current.lower)
            add(2, previous)
            add(3, next)
            add(4, previous2)
            add(5, next2)
            add(6, current.shape)
            add(7, current.shortShape)
            add(8, previousShape)
            add(9, nextShape)
            add(10, current.prefixes.0); add(11, current.prefixes.1)
            add(12, current.prefixes.2); add(13, current.prefixes.3)
            add(14, current.suffixes.0); add(15, current.suffixes.1)
            add(16, current.suffixes.2); add(17, current.suffixes.3)
            add(18, previous, current.lower)
            add(19, current.lower, next)
            add(20, previousShape &* 31 &+ current.shortShape, nextShape)
            add(21, current.flags)
            add(22, current.flags, current.shortShape)
            add(23, previous, current.shortShape)
            add(24, current.shortShape, next)
            add(25, current.flags, i > 0 ? facts[i - 1].flags : 0)
            for bit in 0..<32 where current.gazetteerBegin & (1 << UInt32(bit)) != 0 {
                add(26, UInt64(bit))
                add(27, UInt64(bit), current.shortShape)
            }
            for bit in 0..<32 where current.gazetteerInside & (1 << UInt32(bit)) != 0 { add(28, UInt64(bit)) }
            if i > 0 {
                let left = facts[i - 1].gazetteerBegin | facts[i - 1].gazetteerInside
                for bit in 0..<32 where left & (1 << UInt32(bit)) != 0 { add(29, UInt64(bit)) }
            }
            if i + 1 < count {
                let right = facts[i + 1].gazetteerBegin
                for bit in 0..<32 where right & (1 << UInt32(bit)) != 0 { add(30, UInt64(bit)) }
            }
            offsets.append(features.count)
        }
        return (features, offsets)
    }

    func facts(_ tokens: ArraySlice<Token>, headline: Bool) -> [TokenFacts] {
        let lowered = tokens.map { $0.text.lowercased() }
        let matches = gazetteer.matches(lowercased: lowered)
        var facts: [TokenFacts] = []
        facts.reserveCapacity(tokens.count)
        for (position, token) in tokens.enumerated() {
            let lower = lowered[position]
            let affixes = Self.affixHashes(lower)
            let shapes = Self.shapeHashes(token.text)
            var flags: UInt64 = 0
            if position == 0 { flags |= 1 }
            if headline { flags |= 2 }
            if token.spaceBefore { flags |= 4 }
            if position + 1 < tokens.count, tokens[tokens.startIndex + position + 1].spaceBefore { flags |= 8 }
            if Self.months.contains(lower) { flags |= 16 }
            if Self.weekdays.contains(lower) { flags |= 32 }
            facts.append(TokenFacts(
                lower: FeatureHash.hash(lower), shape: shapes.full, shortShape: shapes.short,
                prefixes: affixes.prefixes, suffixes: affixes.suffixes,
                flags: flags, gazetteerBegin: matches.begin[position], gazetteerInside: matches.inside[position]))
        }
        return facts
    }

    /// Hashes of the first and last 1–4 scalars of a word, without building substrings.
    /// A word shorter than an affix gets 0 for it.
    static func affixHashes(_ word: String) -> (prefixes: (UInt64, UInt64, UInt64, UInt64), suffixes: (UInt64, UInt64, UInt64, UInt64)) {
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var count = 0
        var hash = FeatureHash.offset
        for scalar in word.unicodeScalars {
            if count < 4 {
                hash = (hash ^ UInt64(scalar.value)) &* FeatureHash.prime
                let value = hash &+ UInt64(count + 1) &* 7
                switch count {
                case 0: prefixes.0 = value
                case 1: prefixes.1 = value
                case 2: prefixes.2 = value
                default: prefixes.3 = value
                }
            }
            last = (last.1, last.2, last.3, scalar.value)
            count += 1
        }
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        hash = FeatureHash.offset ^ 0x5555
        let ending = [last.3, last.2, last.1, last.0]
        for length in 1...4 where length <= count {
            hash = (hash ^ UInt64(ending[length - 1])) &* FeatureHash.prime
            let value = hash &+ UInt64(length) &* 13
            switch length {
            case 1: suffixes.0 = value
            case 2: suffixes.1 = value
            case 3: suffixes.2 = value
            default: suffixes.3 = value
            }
        }
        return (prefixes, suffixes)
    }

    /// Hashes of the word shape: X for capitals, x for small letters, d for digits, other scalars as
    /// they are; `full` covers the first 8, `short` collapses runs ("Xxxxx" → "Xx").
    static func shapeHashes(_ text: String) -> (full: UInt64, short: UInt64) {
        var full = FeatureHash.offset
        var short = FeatureHash.offset ^ 0x3333
        var last: UInt32 = 0
        var length = 0
        for scalar in text.unicodeScalars {
            let mapped: UInt32
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A { mapped = 0x58 }
                else if value >= 0x61 && value <= 0x7A { mapped = 0x78 }
                else if value >= 0x30 && value <= 0x39 { mapped = 0x64 }
                else { mapped = value }
            } else if scalar.properties.isUppercase { mapped = 0x58 }
            else if scalar.properties.isLowercase { mapped = 0x78 }
            else if scalar.properties.isAlphabetic { mapped = 0x61 }
            else { mapped = value }
            if length < 8 { full = (full ^ UInt64(mapped)) &* FeatureHash.prime }
            length += 1
            if mapped != last { short = (short ^ UInt64(mapped)) &* FeatureHash.prime }
            last = mapped
        }
        return (full, short)
    }

    /// Month names and abbreviations, lower-cased, the abbreviations with and without their period; not
    /// "mar", "jun" and "jul" without one, which are words and names too (the model was trained so).
    static let months: Set<String> = {
        let abbreviations = CivilCalendar.monthAbbreviations.map { $0.text.lowercased() }
        return Set(CivilCalendar.monthNames.map { $0.lowercased() })
            .union(abbreviations.map { $0 + "." })
            .union(abbreviations.filter { !["mar", "jun", "jul"].contains($0) })
    }()
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "mon.", "tue", "tue.", "wed", "wed.", "thu", "thu.", "fri", "fri.", "sat", "sat.", "sun.",
    ]

    /// Whether a line's tokens look like a headline: at least three words, nearly all capitalised.
    public static func isHeadline(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0
        var capitalised = 0
        for token in tokens {
            guard let first = token.text.unicodeScalars.first, first.properties.isAlphabetic else { continue }
            words += 1
            if first.properties.isUppercase { capitalised += 1 }
        }
        return words >= 3 && capitalised * 10 >= words * 8
    }
}
