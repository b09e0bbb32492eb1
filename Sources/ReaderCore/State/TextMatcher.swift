import Foundation

/// Occurrences of words in a text as scalar offsets into the text as it is (for marking and n/N),
/// found the way the library's search finds words: ignoring case and accents ("cafe" finds "Café").
public enum TextMatcher {
    /// Whether the text holds the phrase, ignoring case and accents.
    public static func contains(_ phrase: String, in text: String) -> Bool {
        !matches(of: phrase, in: text, wholePhrase: true).isEmpty
    }

    public static func matches(of query: String, in text: String, wholePhrase: Bool) -> [Range<Int>] {
        var folding = SearchFolding()
        let needles: [[Unicode.Scalar]] = (wholePhrase ? [query] : query.split(separator: " ").map(String.init))
            .map { folding.fold($0.unicodeScalars).scalars }
            .filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        let haystack = folding.fold(text.unicodeScalars)
        let folded = haystack.scalars
        var found: [Range<Int>] = []
        var index = 0
        while index < folded.count {
            var matched = false
            for needle in needles where index + needle.count <= folded.count {
                if folded[index] == needle[0] && folded[index..<(index + needle.count)].elementsEqual(needle) {
                    found.append(haystack.originalRange(of: index..<(index + needle.count)))
                    index += needle.count
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return found
    }
}

/// Text folded for searching: lower case, accents (combining diacritical marks) dropped after
/// canonical decomposition, with the way back to offsets in the original.
struct SearchFolding {
    /// Folded scalars of the non-ASCII scalars met so far: an article has few distinct ones.
    private var memo: [Unicode.Scalar: [Unicode.Scalar]] = [:]

    struct Folded {
        var scalars: [Unicode.Scalar]
        /// The original offset of each folded scalar; nil when every scalar folded to exactly one.
        var origins: [Int]?
        var originalCount: Int

        /// The original scalars a folded range came from, with any that folded to nothing after it
        /// (a combining accent on the last letter).
        func originalRange(of range: Range<Int>) -> Range<Int> {
            guard let origins else { return range }
            let start = origins[range.lowerBound]
            let last = origins[range.upperBound - 1]
            var next = range.upperBound
            while next < origins.count, origins[next] == last { next += 1 }
            return start..<(next < origins.count ? origins[next] : originalCount)
        }
    }

    mutating func fold(_ text: String.UnicodeScalarView) -> Folded {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.count)
        var origins: [Int]?
        var offset = 0
        for scalar in text {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                scalars.append((65...90).contains(value) ? Unicode.Scalar(value + 32) : scalar)
                origins?.append(offset)
            } else {
                let folded = fold(scalar)
                if folded.count != 1 && origins == nil { origins = Array(0..<scalars.count) }
                scalars += folded
                origins?.append(contentsOf: repeatElement(offset, count: folded.count))
            }
            offset += 1
        }
        return Folded(scalars: scalars, origins: origins, originalCount: offset)
    }

    private mutating func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let known = memo[scalar] { return known }
        let folded = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !Self.isAccent($0) }
        memo[scalar] = Array(folded)
        return Array(folded)
    }

    /// Combining diacritical marks (and their supplements), which the library's index drops too;
    /// other scripts' combining vowel signs are letters there and stay.
    static func isAccent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }
}
