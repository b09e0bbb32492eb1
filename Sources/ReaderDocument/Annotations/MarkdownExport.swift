import Foundation

/// Highlights as Markdown: per article a heading with title, source and date; each highlight a
/// block quote with its note beneath.
public enum MarkdownExport {
    public static func render(_ highlights: [LibraryHighlight]) -> String {
        var output = ""
        var order: [String] = []
        var groups: [String: [LibraryHighlight]] = [:]
        for item in highlights {
            let key = item.highlight.sourcePath
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        for key in order {
            let items = groups[key]!.sorted { ($0.highlight.isOrphaned ? 1 : 0, $0.highlight.start) < ($1.highlight.isOrphaned ? 1 : 0, $1.highlight.start) }
            let first = items[0]
            if !output.isEmpty { output += "\n" }
            output += "## \(singleLine(first.articleTitle.isEmpty ? "(untitled)" : first.articleTitle))\n\n"
            output += "Source: \(singleLine(first.source))"
            if let date = first.articleDate { output += " · \(ListDate.format(date))" }
            output += "\n"
            for item in items {
                output += "\n"
                let quote = item.highlight.quote.exact.split(separator: "\n", omittingEmptySubsequences: false)
                output += quote.map { "> " + $0 }.joined(separator: "\n").replacingOccurrences(of: "> \n", with: ">\n") + "\n"
                var details = ["*\(item.highlight.color.rawValue)*"]
                if item.highlight.isOrphaned { details.append("*not found in the current text*") }
                output += "\n" + details.joined(separator: " · ") + "\n"
                if let note = item.highlight.note, !note.isEmpty { output += "\n" + note + "\n" }
            }
        }
        return output
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
