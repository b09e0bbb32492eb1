import Foundation

/// One Markdown file per article for an Obsidian (or Logseq, or plain Markdown) vault: YAML front
/// matter, the article's note, then each highlight as a block quote ending in a stable block id,
/// with its note and tags. Everything below the marker line is the user's and is kept.
public enum ObsidianExport {
    /// The line after which a file is the user's: an Obsidian comment, hidden when reading.
    public static let marker = "%% Reader: write your own notes below this line; a re-export keeps them %%"

    /// The part of an article's file that Reader writes (front matter to marker line, included).
    public static func render(_ article: AnnotatedArticle) -> String {
        var output = "---\n"
        output += "title: \(yamlString(article.title.isEmpty ? "(untitled)" : article.title))\n"
        if let byline = article.byline, !byline.isEmpty { output += "author: \(yamlString(byline))\n" }
        output += "source: \(yamlString(article.source))\n"
        if let date = article.date { output += "published: \(day(date))\n" }
        if article.tags.isEmpty {
            output += "tags: []\n"
        } else {
            output += "tags:\n" + article.tags.map { "  - \(yamlString($0))\n" }.joined()
        }
        if let id = article.readerID { output += "reader-id: \(id)\n" }
        if article.sourcePath != article.source { output += "reader-path: \(yamlString(article.sourcePath))\n" }
        output += "---\n\n"
        output += "# \(singleLine(article.title.isEmpty ? "(untitled)" : article.title))\n"
        if let note = article.note, !note.isEmpty { output += "\n" + note + "\n" }
        for highlight in article.highlights {
            output += "\n"
            var lines = highlight.quote.exact.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // The block id closes the quote's last line, so a link to it shows the whole quote.
            lines[lines.count - 1] += (lines[lines.count - 1].isEmpty ? "" : " ") + "^" + blockID(highlight.id)
            output += lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n"
            if highlight.isOrphaned { output += "\n*Not found in the current text.*\n" }
            if let note = highlight.note, !note.isEmpty { output += "\n" + note + "\n" }
            if !highlight.tags.isEmpty { output += "\n" + Tags.display(highlight.tags) + "\n" }
        }
        output += "\n" + marker + "\n"
        return output
    }

    /// The file's new text: `rendered` with what followed the marker in `existing` kept; nil when
    /// `existing` has no marker line (the user took it out: the file is not touched).
    public static func merged(existing: String?, rendered: String) -> String? {
        guard let existing else { return rendered }
        guard let range = existing.range(of: "\n" + marker + "\n") ?? markerAtEnd(existing) else { return nil }
        return rendered + existing[range.upperBound...]
    }

    static func markerAtEnd(_ text: String) -> Range<String.Index>? {
        guard text.hasSuffix("\n" + marker) else { return nil }
        return text.range(of: "\n" + marker, options: .backwards)
    }

    /// The `source:` and `reader-path:` of a file's front matter, as `render` wrote them: how a
    /// re-export finds the file of an article even after its title (and the name it would get) changed.
    public static func keys(ofFile text: String) -> (source: String?, path: String?) {
        guard text.hasPrefix("---\n") else { return (nil, nil) }
        var source: String?
        var path: String?
        for line in text.split(separator: "\n", maxSplits: 40, omittingEmptySubsequences: false).dropFirst() {
            if line == "---" { break }
            if line.hasPrefix("source: ") { source = unquoted(String(line.dropFirst("source: ".count))) }
            if line.hasPrefix("reader-path: ") { path = unquoted(String(line.dropFirst("reader-path: ".count))) }
        }
        return (source, path ?? source)
    }

    /// A highlight's id as an Obsidian block id: letters, digits and dashes only.
    public static func blockID(_ id: String) -> String {
        String(id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-") ? Character(scalar) : "-"
        })
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A double-quoted YAML string (control characters escaped).
    static func yamlString(_ text: String) -> String {
        var output = "\""
        for scalar in singleLine(text).unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    output += String(format: "\\x%02X", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var output = ""
        var escaped = false
        var scalars = Array(text.unicodeScalars.dropFirst().dropLast())[...]
        while let scalar = scalars.popFirst() {
            if escaped {
                escaped = false
                switch scalar {
                case "t": output += "\t"
                case "x":
                    let hex = String(String.UnicodeScalarView(scalars.prefix(2)))
                    scalars = scalars.dropFirst(2)
                    if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) { output.unicodeScalars.append(decoded) }
                default: output.unicodeScalars.append(scalar)
                }
            } else if scalar == "\\" {
                escaped = true
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
