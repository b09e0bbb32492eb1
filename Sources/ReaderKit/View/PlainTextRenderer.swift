/// An article as plain, sanitised text for pipes and scripts (`reader show`).
public enum PlainTextRenderer {
    /// Wraps the article to `width`; with entities, each mention is written `[text]{LABEL}`.
    public static func render(_ article: Article, width: Int, entities: ArticleEntities? = nil) -> String {
        let width = max(1, width)
        var output: [String] = []
        var previous: TextBlock.Kind?
        for block in article.blocks {
            let betweenListItems = previous.map(ArticleLayout.isListItem) == true && ArticleLayout.isListItem(block.kind)
            if !output.isEmpty && !betweenListItems { output.append("") }
            previous = block.kind
            let text = entities.map { marked(block, entities: $0) } ?? block.text
            let scalars = Array(text.unicodeScalars)
            let indentWidth = ArticleLayout.indent(of: block.kind)
            let indent = block.kind == .quote ? "│ " : String(repeating: " ", count: indentWidth)
            for range in TextWrapper.wrap(scalars, width: max(1, width - indentWidth), longURLs: .overflow) {
                output.append(indent + TextSanitizer.sanitize(String(String.UnicodeScalarView(scalars[range])), keepNewlines: false))
            }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// A block's text with its entity mentions marked.
    static func marked(_ block: TextBlock, entities: ArticleEntities) -> String {
        let scalars = Array(block.text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var cursor = 0
        for span in entities.spans(overlapping: block.start..<block.end) {
            let from = max(0, span.start - block.start)
            let to = min(scalars.count, span.end - block.start)
            guard from >= cursor, from < to else { continue }
            result.append(contentsOf: scalars[cursor..<from])
            result.append("[")
            result.append(contentsOf: scalars[from..<to])
            result.append(contentsOf: "]{\(span.label.rawValue)}".unicodeScalars)
            cursor = to
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }
}
