import Foundation
import Ink

/// Reads a Markdown file into an article: Ink turns it into HTML, which then takes the HTML path,
/// so headings, emphasis, lists, quotes, code and numbered links are drawn as styles, not markup.
///
/// The first heading is the title; a "By …" line and a date line right after it become the byline
/// and dateline, as in plain-text articles.
public enum MarkdownDocument {
    public static func article(text: String, id: ArticleID, sourcePath: String, base: URL?) -> Article {
        let html = MarkdownParser().html(from: text)
        let root = MarkupParser.parseHTML(Array(("<html><body>" + html + "</body></html>").utf8))
        var (body, links) = root.map { HTMLBodyConverter.convert($0, base: base) } ?? ([], [])
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
        var index = 0
        while index < min(body.count, 2), body[index].kind == .paragraph {
            let text = body[index].text.trimmingWhitespace()
            if byline == nil, let name = ArticleParser.bylineName(in: text) {
                byline = name
            } else if dateline == nil, let found = DatelineParser.parse(text) {
                dateline = found
            } else {
                break
            }
            body.remove(at: index)
        }
        return Article(
            id: id, sourcePath: sourcePath, title: TextSanitizer.sanitize(title, keepNewlines: false),
            byline: byline, dateline: dateline, body: body, links: links)
    }
}
