import Foundation

/// Highlights as Markdown: per article a heading with title, source and date, its tags and note;
/// each highlight a block quote with its colour and tags, and its note beneath.
public enum MarkdownExport {
    public static func render(_ highlights: [LibraryHighlight], annotations: [ArticleAnnotation] = []) -> String {
        render(AnnotatedArticle.grouping(highlights, annotations: annotations))
    }

    public static func render(_ articles: [AnnotatedArticle]) -> String {
        var output = ""
        for article in articles {
            if !output.isEmpty { output += "\n" }
            output += "## \(singleLine(article.title.isEmpty ? "(untitled)" : article.title))\n\n"
            output += "Source: \(singleLine(article.source))"
            if let date = article.date { output += " · \(ListDate.format(date))" }
            output += "\n"
            if !article.tags.isEmpty { output += "\nTags: \(Tags.display(article.tags))\n" }
            if let note = article.note, !note.isEmpty { output += "\n" + note + "\n" }
            for highlight in article.highlights {
                output += "\n"
                let quote = highlight.quote.exact.split(separator: "\n", omittingEmptySubsequences: false)
                output += quote.map { "> " + $0 }.joined(separator: "\n").replacingOccurrences(of: "> \n", with: ">\n") + "\n"
                var details = ["*\(highlight.color.rawValue)*"]
                if highlight.isOrphaned { details.append("*not found in the current text*") }
                if !highlight.tags.isEmpty { details.append(Tags.display(highlight.tags)) }
                output += "\n" + details.joined(separator: " · ") + "\n"
                if let note = highlight.note, !note.isEmpty { output += "\n" + note + "\n" }
            }
        }
        return output
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
