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
            let text = entities.map { marked(block, entities: $0) } ?? (text: block.text, marks: [])
            let scalars = Array(text.text.unicodeScalars)
            let indentWidth = ArticleLayout.indent(of: block.kind)
            let indent = block.kind == .quote ? "│ " : String(repeating: " ", count: indentWidth)
            let rows = TextWrapper.wrap(scalars, width: max(1, width - indentWidth), longURLs: .overflow, keptWhole: text.marks)
            for range in rows {
                output.append(indent + TextSanitizer.sanitize(String(String.UnicodeScalarView(scalars[range])), keepNewlines: false))
            }
        }
        if !article.hasBodyText {
            output.append("")
            let note = Array(TextView.noTextMessage.unicodeScalars)
            for range in TextWrapper.wrap(note, width: width) { output.append(String(String.UnicodeScalarView(note[range]))) }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// A block's text with its entity mentions marked, and where each mark is (in scalars), so
    /// wrapping never breaks one.
    static func marked(_ block: TextBlock, entities: ArticleEntities) -> (text: String, marks: [Range<Int>]) {
        let scalars = Array(block.text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var marks: [Range<Int>] = []
        var length = 0
        var cursor = 0
        for span in entities.spans(overlapping: block.start..<block.end) {
            let from = max(0, span.start - block.start)
            let to = min(scalars.count, span.end - block.start)
            guard from >= cursor, from < to else { continue }
            result.append(contentsOf: scalars[cursor..<from])
            length += from - cursor
            let mark = ["["] + scalars[from..<to] + Array("]{\(span.label.rawValue)}".unicodeScalars)
            result.append(contentsOf: mark)
            marks.append(length..<(length + mark.count))
            length += mark.count
            cursor = to
        }
        result.append(contentsOf: scalars[cursor...])
        return (String(result), marks)
    }
}
