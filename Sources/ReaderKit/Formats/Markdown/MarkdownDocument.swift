import Foundation
import Ink

/// Reads a Markdown file into an article: Ink turns it into HTML, which then takes the HTML path,
/// so headings, emphasis, lists, quotes, code and numbered links are drawn as styles, not markup.
///
/// The first heading is the title; a "By …" line and a date line right after it become the byline
/// and dateline, as in plain-text articles.
public enum MarkdownDocument {
    public static func article(text: String, id: ArticleID, sourcePath: String, base: URL?) -> Article {
        // "<" is hidden from Ink and comes back as text: Ink 0.6 loops for ever on some unclosed
        // raw HTML ("<p" at the end), so raw HTML in Markdown is shown, not interpreted.
        let html = MarkdownParser().html(from: inkSafe(text).replacingOccurrences(of: "<", with: lessThanStandIn))
            .replacingOccurrences(of: lessThanStandIn, with: "&lt;")
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
        var index = 0
        while index < min(body.count, 2), body[index].kind == .paragraph {
            // A byline or date is one line: a paragraph with a hard line break is body text.
            let text = body[index].text.trimmingWhitespace()
            if text.contains("\n") { break }
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

    /// A private-use character that stands for "<" while Ink parses.
    static let lessThanStandIn = "\u{F8FF}"

    /// The text with trailing white space removed from every line and a final newline. Ink 0.6
    /// traps (reads past the end) on a list followed by a line of only spaces at the end of the
    /// input; without trailing white space that line cannot occur. Only "two spaces" hard breaks
    /// are lost.
    static func inkSafe(_ text: String) -> String {
        var lines = ArticleParser.lines(of: text.replacingOccurrences(of: "\r\n", with: "\n"))
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
