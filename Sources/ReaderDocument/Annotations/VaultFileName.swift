import Foundation

/// File names that every filesystem takes and that Obsidian can link to: no `/ \ : * ? " < > |`,
/// no `# ^ [ ]`, no control characters, no leading dot, no trailing dot or space, no reserved
/// Windows name; at most 120 bytes of UTF-8 before ".md"; taken names get " 2", " 3"…
public enum VaultFileName {
    public static let maxBytes = 120
    static let forbidden: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|", "#", "^", "[", "]"]
    static let reserved: Set<String> = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// A name (with ".md") for a title that is not in `taken` (compared ignoring case, as macOS and
    /// Windows do).
    public static func name(for title: String, taken: Set<String>) -> String {
        let base = stem(title)
        var candidate = base + ".md"
        var number = 2
        while taken.contains(candidate.lowercased()) {
            candidate = base + " \(number).md"
            number += 1
        }
        return candidate
    }

    /// The title made safe, without extension.
    public static func stem(_ title: String) -> String {
        var text = ""
        var lastWasSpace = true
        for scalar in title.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace || forbidden.contains(scalar) || scalar.value < 0x20
                || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
            if isSpace {
                if !lastWasSpace { text += " " }
                lastWasSpace = true
            } else {
                text.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        var stem = Substring(text)
        while let first = stem.first, first == "." || first == " " { stem = stem.dropFirst() }
        // Cut at a character boundary, so no character is split.
        var bounded = ""
        for character in stem {
            if bounded.utf8.count + character.utf8.count > maxBytes { break }
            bounded.append(character)
        }
        while let last = bounded.last, last == "." || last == " " { bounded.removeLast() }
        if bounded.isEmpty { bounded = "Untitled" }
        if reserved.contains(bounded.lowercased()) || reserved.contains(bounded.split(separator: ".").first.map { $0.lowercased() } ?? "") {
            bounded += " (article)"
        }
        return bounded
    }
}
