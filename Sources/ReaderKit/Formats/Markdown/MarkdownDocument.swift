import Foundation
import Ink

/// Reads a Markdown file into an article: Ink turns it into HTML, which then takes the HTML path,
/// so headings, emphasis, lists, quotes, code and numbered links are drawn as styles, not markup.
///
/// The first heading is the title; a "By …" line and a date line right after it become the byline
/// and dateline, as in plain-text articles.
public enum MarkdownDocument {
    public static func article(text: String, id: ArticleID, sourcePath: String, base: URL?) -> Article {
        let html = InkGuard.restore(MarkdownParser().html(from: InkGuard.prepare(text)))
        let tree = HTMLParser.parse(Array(("<html><body>" + html + "</body></html>").utf8))
        var (body, links) = tree.map { HTMLBodyConverter.convert($0, base: base) } ?? ([], [])
        var title = ""
        if let first = body.first, case .heading = first.kind {
            title = first.text
            body.removeFirst()
        } else if let first = body.first, first.kind == .paragraph {
            title = first.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            body.removeFirst()
        }
        var byline: String?
        var dateline: Dateline?
        // At most two lead paragraphs go: each is the byline or the date, once.
        while let lead = body.first, lead.kind == .paragraph {
            // A byline or date is one line: a paragraph with a hard line break is body text.
            let text = lead.text.trimmingWhitespace()
            if text.contains("\n") { break }
            if byline == nil, let name = ArticleParser.bylineName(in: text) {
                byline = name
            } else if dateline == nil, let found = DatelineParser.parse(text) {
                dateline = found
            } else {
                break
            }
            body.removeFirst()
        }
        return Article(
            id: id, sourcePath: sourcePath, title: TextSanitizer.sanitize(title, keepNewlines: false),
            byline: byline, dateline: dateline, body: body, links: links)
    }
}
