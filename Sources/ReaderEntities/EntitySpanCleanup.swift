/// Span clean-up after tagging: OntoNotes conventions the model gets wrong at the edges.
///
/// A leading "the" leaves names (not dates), a possessive 's or ' leaves every span, titles leave
/// PERSON spans ("President Putin" → "Putin"), and edge punctuation goes.
public enum EntitySpanCleanup {
    static let trailingDrops: Set<String> = ["'s", "’s", "'", "’", ",", ".", ":", ";", "-", "–", "—", "(", "\"", "“", "”"]
    static let leadingDrops: Set<String> = ["\"", "“", "‘", "'", "(", "-", "–", "—", ",", ":"]

    /// Time zones written as letters: part of a time ("04:36 UTC"), never the name of an
    /// organisation, person or place (CoNLL's MISC for "GMT" is left to the model).
    static let timeZones: Set<String> = [
        "UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
        "PST", "PDT", "AEST", "AEDT", "JST", "IST", "HKT", "SGT",
    ]

    public static func clean(_ spans: [EntitySpan], document: TokenizedText, gazetteer: Gazetteer) -> [EntitySpan] {
        let titleBit = gazetteer.bit(of: "title")
        return spans.compactMap { span in
            var span = span
            let tokens = tokensOf(span, in: document)
            guard var first = tokens.first, var last = tokens.last else { return nil }
            if first == last, [.org, .person, .gpe, .loc, .fac].contains(span.label), timeZones.contains(document.tokens[first].text) { return nil }
            func text(_ index: Int) -> String { document.tokens[index].text }
            func lowered(_ index: Int) -> String { text(index).lowercased() }
            // Trailing possessive and punctuation.
            while last > first, trailingDrops.contains(lowered(last)) {
                last -= 1
            }
            // Leading "the", quotes and punctuation.
            while first < last, leadingDrops.contains(lowered(first)) || (lowered(first) == "the" && span.label != .date && span.label != .time) {
                first += 1
            }
            if span.label == .person {
                while first < last, titleBit != 0, gazetteer.categoryBits(of: lowered(first)) & titleBit != 0 {
                    first += 1
                }
            }
            span.start = document.tokens[first].start
            span.end = document.tokens[last].end
            span.text = document.text(span.start, span.end)
            return span
        }
    }

    /// Indices of the tokens inside a span.
    static func tokensOf(_ span: EntitySpan, in document: TokenizedText) -> [Int] {
        var low = 0, high = document.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if document.tokens[mid].start < span.start { low = mid + 1 } else { high = mid }
        }
        var indices: [Int] = []
        var index = low
        while index < document.tokens.count, document.tokens[index].end <= span.end {
            indices.append(index)
            index += 1
        }
        return indices
    }
}
