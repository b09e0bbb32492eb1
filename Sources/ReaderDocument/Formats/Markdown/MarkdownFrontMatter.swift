import Foundation

/// YAML front matter: the lines between a first line of `---` and the next `---` (or `...`).
/// Only flat `key: value` lines are read; the block is never shown as text.
struct MarkdownFrontMatter: Equatable {
    var fields: [String: String] = [:]

    var title: String? { fields["title"] }
    var author: String? { fields["author"] ?? fields["authors"] ?? fields["by"] }
    var date: String? { fields["date"] ?? fields["published"] }

    /// The front matter and the Markdown after it; nil front matter when the text has none.
    static func split(_ text: String) -> (frontMatter: MarkdownFrontMatter?, body: Substring) {
        guard text.hasPrefix("---") else { return (nil, text[...]) }
        let whole = (text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)[...]
        var lines = whole.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.count == 2, trimmed(lines[0]) == "---" else { return (nil, whole) }
        var rest = lines[1]
        var matter = MarkdownFrontMatter()
        while !rest.isEmpty {
            lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = trimmed(lines[0])
            rest = lines.count == 2 ? lines[1] : rest[rest.endIndex...]
            if line == "---" || line == "..." {
                return matter.fields.isEmpty ? (nil, whole) : (matter, rest)
            }
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("- ") || lines[0].first == " " { continue }
            guard let colon = line.firstIndex(of: ":") else { return (nil, whole) }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, !key.contains(" ") else { return (nil, whole) }
            let value = unquoted(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            if !value.isEmpty, matter.fields[key] == nil { matter.fields[key] = value }
        }
        return (nil, whole)
    }

    private static func trimmed(_ line: Substring) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }

    /// `"a"`, `'a'` and a one-item flow list `[a, b]` (its first item) as plain text.
    private static func unquoted(_ value: String) -> String {
        var value = value
        if value.hasPrefix("["), value.hasSuffix("]") {
            value = String(value.dropFirst().dropLast().split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces)
        }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }
}
