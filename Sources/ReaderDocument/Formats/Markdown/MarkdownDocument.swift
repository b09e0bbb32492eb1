import Foundation
import ReaderText

/// Reads a Markdown file into an article: cmark-gfm parses it and its syntax tree is walked into
/// the blocks and styles the HTML path gives, so headings, emphasis, lists, quotes, code, tables
/// and numbered links are drawn as styles, not markup.
///
/// Front matter gives the title, author and date where it has them (without a title there, the
/// first heading or the file's name). Otherwise the first heading is the title, and a "By …" line and a date line right after it become the byline and dateline,
/// as in plain-text articles.
public enum MarkdownDocument {
    public static func article(text: String, id: ArticleID, sourcePath: String, base: URL?, listingLinks: Bool = true) -> Article {
        let (frontMatter, markdown) = MarkdownFrontMatter.split(text)
        var (body, links) = MarkdownBodyConverter.convert(String(markdown), base: base, listingLinks: listingLinks)
        var title = ""
        var byline = frontMatter?.author.map { TextSanitizer.sanitize($0, keepNewlines: false) }
        var dateline = frontMatter?.date.map { DatelineParser.parse($0) ?? Dateline(text: TextSanitizer.sanitize($0, keepNewlines: false), date: nil) }
        if let given = frontMatter?.title {
            title = given
            // The same title as the first heading is shown once.
            if let first = body.first, case .heading = first.kind,
               HTMLBodyConverter.normalised(first.text) == HTMLBodyConverter.normalised(given) {
                body.removeFirst()
            }
        } else if let first = body.first, case .heading = first.kind {
            title = first.text
            body.removeFirst()
        } else if frontMatter != nil {
            // Front matter without a title: the paragraphs are the writer's text, not a title line;
            // the first heading names the article, else the file does.
            title = body.first(where: { if case .heading = $0.kind { return true } else { return false } })?.text
                ?? ((sourcePath as NSString).lastPathComponent as NSString).deletingPathExtension
        } else if let first = body.first, first.kind == .paragraph {
            title = first.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            body.removeFirst()
        }
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
