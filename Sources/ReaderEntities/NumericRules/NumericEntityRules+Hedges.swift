extension NumericEntityRules {
    /// Words before an amount that belong to its span: "about", "more than", "as many as".
    struct HedgePhrase {
        /// The words in order, each position listing the words it may be.
        let words: [[Word]]
        /// A duration may follow ("over two days" is a preposition, not a hedge).
        let durations: Bool
        /// A clock time may follow ("around 1:30 a.m.").
        let clocks: Bool

        init(_ words: [[Word]], durations: Bool, clocks: Bool) {
            self.words = words
            self.durations = durations
            self.clocks = clocks
        }
    }

    static let hedgePhrases: [HedgePhrase] = [
        HedgePhrase([[.about, .around, .roughly, .approximately, .circa, .nearly, .almost, .just]],
                    durations: true, clocks: true),
        HedgePhrase([[.close], [.to]], durations: true, clocks: true),
        HedgePhrase([[.some, .only, .exactly, .barely]], durations: true, clocks: false),
        HedgePhrase([[.more, .less, .fewer], [.than]], durations: true, clocks: false),
        HedgePhrase([[.no, .not], [.more, .less, .fewer], [.than]], durations: true, clocks: false),
        HedgePhrase([[.up], [.to]], durations: true, clocks: false),
        HedgePhrase([[.at], [.least, .most]], durations: true, clocks: false),
        HedgePhrase([[.as], [.many, .much, .little, .few, .high, .low], [.as]], durations: true, clocks: false),
        HedgePhrase([[.an], [.estimated]], durations: true, clocks: false),
        HedgePhrase([[.over, .under, .above, .below]], durations: false, clocks: false),
        HedgePhrase([[.well], [.over, .under, .above, .below]], durations: false, clocks: false),
        HedgePhrase([[.upwards], [.of]], durations: false, clocks: false),
        HedgePhrase([[.in], [.excess], [.of]], durations: false, clocks: false),
    ]

    /// `hedgePhrases` by the raw value of a first word they may have, so a token finds its few at once.
    static let hedgePhrasesByFirstWord: [[HedgePhrase]] = {
        var table = [[HedgePhrase]](repeating: [], count: Int(UInt8.max) + 1)
        for phrase in hedgePhrases {
            for word in phrase.words[0] { table[Int(word.rawValue)].append(phrase) }
        }
        return table
    }()
}

/// Hedges in `NumericEntityRules`: "about 84%", "more than $65 billion", "up to 24 hours", "at least eight".
extension NumericEntityRules.Scanner {
    typealias HedgePhrase = NumericEntityRules.HedgePhrase

    struct Hedge {
        var end: Int
        /// The hedge may precede a duration ("over two days" is a preposition, not a hedge).
        var durations: Bool
        /// The hedge may precede a clock time ("around 1:30 a.m.").
        var clocks: Bool
    }

    /// Up to three hedge phrases in a row from `i` ("just over", "well over"), or nil if none begins there.
    func hedge(at i: Int) -> Hedge? {
        var hedge = Hedge(end: i, durations: true, clocks: true)
        var steps = 0
        while steps < 3, let phrase = hedgePhrase(at: hedge.end) {
            hedge.end += phrase.words.count
            hedge.durations = hedge.durations && phrase.durations
            hedge.clocks = hedge.clocks && phrase.clocks
            steps += 1
        }
        return steps > 0 ? hedge : nil
    }

    /// The hedge phrase whose words stand from `j`.
    func hedgePhrase(at j: Int) -> HedgePhrase? {
        let candidates = NumericEntityRules.hedgePhrasesByFirstWord[Int(word(j).rawValue)]
        return candidates.first { phrase in
            phrase.words.indices.allSatisfy { phrase.words[$0].contains(word(j + $0)) }
        }
    }
}
