import Foundation

/// Tags on highlights and articles: words such as `to-read` or `history/rome`, written without the
/// `#`, lower-cased, as Obsidian and Logseq read them (letters, digits, `_`, `-` and `/`; not only digits).
public enum Tags {
    /// The longest tag kept (in characters).
    public static let maxLength = 64

    /// `text` as a tag: `#` dropped, lower-cased; nil when it cannot be one.
    public static func normalized(_ text: String) -> String? {
        var word = Substring(text)
        while word.first == "#" { word = word.dropFirst() }
        while word.last == "/" { word = word.dropLast() }
        let tag = word.lowercased()
        guard !tag.isEmpty, tag.count <= maxLength, !tag.hasPrefix("/"),
              tag.unicodeScalars.allSatisfy(isTagScalar),
              !tag.unicodeScalars.allSatisfy({ CharacterSet.decimalDigits.contains($0) }) else { return nil }
        return tag
    }

    static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || scalar == "/" || CharacterSet.alphanumerics.contains(scalar)
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The tags of what was typed in the tag prompt (words apart by spaces or commas), and the
    /// words that cannot be tags.
    public static func parse(_ text: String) -> (tags: [String], rejected: [String]) {
        var tags: [String] = []
        var rejected: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            if let tag = normalized(String(word)) { tags.append(tag) } else { rejected.append(String(word)) }
        }
        return (canonical(tags), rejected)
    }

    /// Tags sorted and without repeats: the one form stored and compared.
    public static func canonical(_ tags: some Sequence<String>) -> [String] {
        Array(Set(tags)).sorted()
    }

    /// The `#tag` words of a note: a `#` at the start or after a space or an opening bracket, so
    /// `page#part` in a link is not one; `#1` is a number, not a tag.
    public static func hashtags(in note: String) -> [String] {
        var found: [String] = []
        let scalars = Array(note.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "#" else { continue }
            if index > 0, !(CharacterSet.whitespacesAndNewlines.contains(scalars[index - 1]) || "([{".unicodeScalars.contains(scalars[index - 1])) {
                continue
            }
            var end = index + 1
            while end < scalars.count, isTagScalar(scalars[end]) { end += 1 }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[(index + 1)..<end])
            if let tag = normalized(String(word)) { found.append(tag) }
            index = end - 1
        }
        return canonical(found)
    }

    /// Tags as a note's text shows them: `#a #b`.
    public static func display(_ tags: [String]) -> String {
        tags.map { "#" + $0 }.joined(separator: " ")
    }
}
