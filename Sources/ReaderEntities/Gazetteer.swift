import Foundation

/// Lists of names (countries, cities, first names, titles, …) that the entity model uses as features.
///
/// Entries are kept as their tokens, lower-cased and joined by single spaces, so "Guinea-Bissau" is
/// found as the tokens `guinea - bissau`.
public struct Gazetteer: Sendable {
    public private(set) var categories: [String] = []
    /// Phrase → bit set of categories.
    private var entries: [String: UInt32] = [:]
    /// Proper prefixes of multi-token entries: matching goes on past a phrase only if it is one.
    private var extendable: Set<String> = []
    public private(set) var longestPhrase = 1

    public static let maximumPhraseTokens = 5

    public init() {}

    /// Reads lines of `CATEGORY<TAB>entry`; lines starting with # are comments.
    public init(tsv: String) {
        // Scans bytes: splitting 80,000 lines as Characters took most of the load time.
        var text = tsv
        var rows: [(category: String, entry: String)] = []
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                var tab = -1
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A {
                    if tab < 0, bytes[lineEnd] == 0x09 { tab = lineEnd }
                    lineEnd += 1
                }
                if tab > lineStart, bytes[lineStart] != 0x23 {
                    let category = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self)
                    let entry = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<lineEnd]), as: UTF8.self)
                    rows.append((category, entry))
                }
                lineStart = lineEnd + 1
            }
        }
        entries.reserveCapacity(rows.count)
        for row in rows { add(row.entry, category: row.category) }
    }

    public mutating func add(_ entry: String, category: String) {
        var index = categories.firstIndex(of: category)
        if index == nil, categories.count < 32 {
            categories.append(category)
            index = categories.count - 1
        }
        guard let index else { return }
        let key: String
        let tokenCount: Int
        if entry.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 }) {
            // Plain words (most entries): tokens are the space-separated words.
            key = entry.lowercased()
            tokenCount = key.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
        } else {
            let tokens = Tokenizer.tokenize(entry).map { $0.text.lowercased() }
            key = tokens.joined(separator: " ")
            tokenCount = tokens.count
        }
        guard tokenCount > 0, tokenCount <= Self.maximumPhraseTokens else { return }
        entries[key, default: 0] |= 1 << UInt32(index)
        if tokenCount > 1 {
            var prefix = ""
            for (position, token) in key.split(separator: " ").dropLast().enumerated() {
                if position > 0 { prefix += " " }
                prefix += token
                extendable.insert(prefix)
            }
        }
        longestPhrase = max(longestPhrase, tokenCount)
    }

    public func categoryBits(of phrase: String) -> UInt32 {
        entries[phrase] ?? 0
    }

    public func bit(of category: String) -> UInt32 {
        categories.firstIndex(of: category).map { 1 << UInt32($0) } ?? 0
    }

    /// For each token, the categories of the longest entry starting there (`begin`) and of entries
    /// covering it after their first token (`inside`).
    public func matches(lowercased tokens: [String]) -> (begin: [UInt32], inside: [UInt32]) {
        var begin = [UInt32](repeating: 0, count: tokens.count)
        var inside = [UInt32](repeating: 0, count: tokens.count)
        guard !entries.isEmpty else { return (begin, inside) }
        for start in tokens.indices {
            var phrase = ""
            var best: (length: Int, bits: UInt32)? = nil
            for length in 1...min(longestPhrase, tokens.count - start) {
                if length > 1 { phrase += " " }
                phrase += tokens[start + length - 1]
                if let bits = entries[phrase] { best = (length, bits) }
                if !extendable.contains(phrase) { break }
            }
            guard let best else { continue }
            begin[start] |= best.bits
            for offset in 1..<best.length { inside[start + offset] |= best.bits }
        }
        return (begin, inside)
    }
}
