/// Document-level consistency: one string keeps one label throughout an article, a surname or given
/// name alone takes PERSON once the full name appeared, and untagged repeats of a tagged name are tagged.
public enum EntityConsistency {
    /// Labels whose strings are names, which consistency may copy; dates and numbers are left alone.
    static let nameLabels: Set<EntityLabel> = [.person, .norp, .fac, .org, .gpe, .loc, .product, .event, .workOfArt, .law, .language]

    public static func apply(_ spans: [EntitySpan], document: TokenizedText) -> [EntitySpan] {
        var spans = spans.sorted { $0.start < $1.start }
        let personParts = personNameParts(spans, document: document)
        // Majority label per string (first seen wins ties), with name parts counting for PERSON.
        var votes: [String: [EntityLabel: Int]] = [:]
        var firstLabel: [String: EntityLabel] = [:]
        for span in spans where nameLabels.contains(span.label) {
            votes[span.text, default: [:]][span.label, default: 0] += 1
            if firstLabel[span.text] == nil { firstLabel[span.text] = span.label }
        }
        func label(for text: String) -> EntityLabel? {
            if personParts.contains(text) { return .person }
            guard let counts = votes[text], let first = firstLabel[text] else { return nil }
            let best = counts.values.max() ?? 0
            return counts[first] == best ? first : counts.first { $0.value == best }?.key
        }
        for index in spans.indices where nameLabels.contains(spans[index].label) {
            if let consistent = label(for: spans[index].text) { spans[index].label = consistent }
        }
        return addUntaggedRepeats(spans, document: document, personParts: personParts, label: label)
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
