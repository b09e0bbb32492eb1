/// Document-level consistency: one string keeps one label throughout an article, a surname or given
/// name alone takes PERSON once the full name appeared, and untagged repeats of a tagged name are tagged.
public enum EntityConsistency {
    /// Labels whose strings are names, which consistency may copy; dates and numbers are left alone.
    static let nameLabels: Set<EntityLabel> = [.person, .norp, .fac, .org, .gpe, .loc, .product, .event, .workOfArt, .law, .language]

    public static func apply(_ spans: [EntitySpan], document: TokenizedText) -> [EntitySpan] {
        var spans = spans.sorted { $0.start < $1.start }
        let personParts = personNameParts(spans, document: document)
        // Majority label per string, with name parts counting for PERSON. Ties go to the label seen
        // first, so the outcome never hangs on the order a dictionary happens to iterate in.
        var votes: [String: [LabelVote]] = [:]
        for (index, span) in spans.enumerated() where nameLabels.contains(span.label) {
            if let existing = votes[span.text]?.firstIndex(where: { $0.label == span.label }) {
                votes[span.text]?[existing].count += 1
            } else {
                votes[span.text, default: []].append(LabelVote(label: span.label, count: 1, firstSeen: index))
            }
        }
        func label(for text: String) -> EntityLabel? {
            if personParts.contains(text) { return .person }
            return votes[text].flatMap(LabelVote.winner)?.label
        }
        for index in spans.indices where nameLabels.contains(spans[index].label) {
            if let consistent = label(for: spans[index].text) { spans[index].label = consistent }
        }
        return addUntaggedRepeats(spans, document: document, personParts: personParts, label: label)
    }

    /// How often a string was given one label, and where first.
    struct LabelVote: Equatable {
        var label: EntityLabel
        var count: Int
        var firstSeen: Int

        /// The most frequent label; of equally frequent ones, the first seen, then the first in
        /// `EntityLabel.allCases`.
        static func winner(_ votes: [LabelVote]) -> LabelVote? {
            votes.min { a, b in
                if a.count != b.count { return a.count > b.count }
                if a.firstSeen != b.firstSeen { return a.firstSeen < b.firstSeen }
                return order(of: a.label) < order(of: b.label)
            }
        }

        static func order(of label: EntityLabel) -> Int {
            EntityLabel.allCases.firstIndex(of: label) ?? EntityLabel.allCases.count
        }
    }

    /// First and last name words of multi-word PERSON spans ("Vladimir Putin" → Vladimir, Putin).
    static func personNameParts(_ spans: [EntitySpan], document: TokenizedText) -> Set<String> {
        var parts = Set<String>()
        for span in spans where span.label == .person {
            let words = EntitySpanCleanup.tokensOf(span, in: document).map { document.tokens[$0].text }
                .filter { isCapitalisedWord($0) }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            parts.insert(first)
            parts.insert(last)
        }
        return parts
    }

    static func isCapitalisedWord(_ text: String) -> Bool {
        guard text.unicodeScalars.count >= 2, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
    }

    /// Tags later or earlier occurrences of tagged names (and person name parts) that the model missed.
    static func addUntaggedRepeats(
        _ spans: [EntitySpan], document: TokenizedText, personParts: Set<String>, label: (String) -> EntityLabel?
    ) -> [EntitySpan] {
        var phrases: [String: Int] = [:]  // text → token count
        for span in spans where nameLabels.contains(span.label) {
            let count = EntitySpanCleanup.tokensOf(span, in: document).count
            if count > 0, count <= 6, let first = span.text.unicodeScalars.first, first.properties.isUppercase {
                phrases[span.text] = count
            }
        }
        for part in personParts { phrases[part] = max(phrases[part] ?? 0, 1) }
        guard !phrases.isEmpty else { return spans }
        let longest = phrases.values.max() ?? 1
        // Only tokens that start some phrase can start a repeat: checked before building any text.
        var firstWords = Set<String>()
        for phrase in phrases.keys {
            if let first = Tokenizer.tokenize(phrase).first { firstWords.insert(first.text) }
        }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for span in spans {
            for index in EntitySpanCleanup.tokensOf(span, in: document) { covered[index] = true }
        }
        var added: [EntitySpan] = []
        var index = 0
        let tokens = document.tokens
        while index < tokens.count {
            guard !covered[index], firstWords.contains(tokens[index].text) else { index += 1; continue }
            var matched = false
            for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
                let end = index + length
                if covered[index..<end].contains(true) { continue }
                let text = document.text(tokens[index].start, tokens[end - 1].end)
                guard phrases[text] == length, let found = label(text) else { continue }
                // A name glued to a longer capitalised run ("Kim" in "Kimberley Hotel") is not a repeat.
                if end < tokens.count, !tokens[end].spaceBefore, Tokenizer.isWordScalar(tokens[end].text.unicodeScalars.first ?? " ") { continue }
                added.append(EntitySpan(start: tokens[index].start, end: tokens[end - 1].end, label: found, text: text))
                index = end
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return (spans + added).sorted { $0.start < $1.start }
    }
}
