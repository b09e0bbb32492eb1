import Foundation
import ReaderText

/// Finds the article in a web page: title, byline, date and the main content, as an `Article`.
///
/// Metadata comes in order of trust (`PageMetadata`): JSON-LD, then meta tags, then the page
/// (`<title>`, a byline element, `<time>`). The content is found by scoring blocks
/// (`ContentFinder`) and cleaned (`ContentCleaner`); a page whose article comes out under 500
/// characters is read again with fewer rules, and the longest reading wins. A page that is not an
/// article (a home page, a search page) is given as its plain text, with a note saying so.
public enum HTMLArticleExtractor {
    public static func article(from tree: HTMLTree, id: ArticleID, sourcePath: String, base: URL?) -> Article? {
        extract(from: tree, id: id, sourcePath: sourcePath, base: base)?.article
    }

    public static func extract(from tree: HTMLTree, id: ArticleID, sourcePath: String, base: URL?) -> HTMLExtraction? {
        let metadata = PageMetadata.read(from: tree)
        // A saved page's links are relative to where it came from, not to the file.
        let pageAddress = metadata.address.flatMap { URL(string: $0) }.flatMap {
            ["http", "https"].contains($0.scheme?.lowercased() ?? "") ? $0 : nil
        }
        let base = pageAddress ?? base
        let title = clean(metadata.title) ?? clean(DocumentTitle.title(in: tree)) ?? clean(tree.first(.h1).map(tree.textContent)) ?? ""
        let content = ContentTree(tree)
        let found = ArticleContent.find(in: content, title: title, lookForByline: clean(metadata.byline).map(PageMetadata.isAddress) ?? true)
        let isArticle = PageReadability.isArticle(content, contentLength: found.textLength, linkDensity: found.linkDensity)
        var pieces = found.pieces.map(\.nodes)
        var furniture = found.removed
        if !isArticle || found.textLength == 0 {
            pieces = [[tree.first(.body) ?? HTMLTree.root]]
            furniture = PageReadability.hiddenMarks(in: tree)
        }
        var (body, links) = HTMLBodyConverter.convert(tree, pieces: pieces, base: base, skipHeading: title, furniture: furniture)
        if let hinted = StructuredBody.replacement(for: body, articleBody: metadata.articleBody, foundLength: found.textLength) {
            (body, links) = (hinted, [])
        }
        // Next to no text found: the page's own text after a note, else its images' alt text.
        let pageFurniture = HTMLFurniture.marks(in: tree)
        if let fallback = PageTextFallback.body(ifMissing: body, links: links, tree: tree, base: base, title: title, furniture: pageFurniture) {
            (body, links) = fallback
        }
        let contentRoot = pieces.first?.first ?? tree.first(.body) ?? HTMLTree.root
        if let pictured = PageTextFallback.images(
            ifNoText: body, links: links, tree: tree, content: contentRoot, base: base, title: title, furniture: pageFurniture) {
            (body, links) = pictured
        }
        var bylineAsWritten = clean(metadata.byline).flatMap { PageMetadata.isAddress($0) ? nil : $0 } ?? clean(found.byline)
        if bylineAsWritten == nil, let lead = body.prefix(3).firstIndex(where: { $0.kind == .paragraph && ArticleParser.bylineName(in: $0.text) != nil }) {
            bylineAsWritten = body[lead].text
            body.remove(at: lead)
        } else if let written = bylineAsWritten,
                  let lead = body.prefix(3).firstIndex(where: { $0.kind == .paragraph && $0.text.trimmingWhitespace() == written }) {
            // The page's own text (not an article) still holds the byline element used above.
            body.remove(at: lead)
        }
        let byline = bylineAsWritten.map(bylineName)
        let dateline = self.dateline(published: metadata.published, tree: tree)
        let textBlocks = body.count - (links.isEmpty ? 0 : links.count + 1)
        guard !title.isEmpty || textBlocks > 0 else { return nil }
        var article = Article(
            id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline, body: body, links: links)
        if !isArticle { article.note = notArticleNote }
        return HTMLExtraction(
            article: article, metadata: metadata, bylineAsWritten: bylineAsWritten, textBlocks: Array(body.prefix(max(0, textBlocks))),
            note: isArticle ? nil : "not an article: the page's text as it stands", isArticle: isArticle)
    }

    /// The status line's note on a page that is not an article.
    public static let notArticleNote = "Not an article (a home or list page?): this is the page's text as it stands"

    /// "By Ana Sandoiu" → "Ana Sandoiu": the reader shows "By" itself.
    static func bylineName(_ line: String) -> String {
        if let name = ArticleParser.bylineName(in: line) { return name }
        let lower = line.lowercased()
        for prefix in ["par ", "von ", "door ", "por ", "di ", "av ", "af "] where lower.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).trimmingWhitespace()
            if name.first?.isUppercase == true { return name }
        }
        return line
    }

    /// Blocks as plain text, paragraphs separated by blank lines, without "[n]" link markers.
    static func plainText(of blocks: [BodyBlock]) -> String {
        var text: [UInt8] = []
        for block in blocks {
            if !text.isEmpty { text += [0x0A, 0x0A] }
            let markers = block.styles.filter { $0.kind == .reference }
            guard !markers.isEmpty else {
                text += block.text.utf8
                continue
            }
            var next = 0
            for (offset, scalar) in block.text.unicodeScalars.enumerated() {
                while next < markers.count, offset >= markers[next].end { next += 1 }
                if next < markers.count, offset >= markers[next].start { continue }
                UTF8.encode(scalar) { text.append($0) }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func dateline(published: String?, tree: HTMLTree) -> Dateline? {
        if let published = clean(published), let date = FeedDate.parse(published) {
            return Dateline(text: FeedDate.display(date), date: date)
        }
        if let time = tree.first(where: { tree.tag($0) == .time && tree.attribute("datetime", of: $0) != nil }),
           let value = tree.attribute("datetime", of: time), let date = FeedDate.parse(value) {
            let shown = clean(tree.textContent(time)) ?? FeedDate.display(date)
            return Dateline(text: shown.count <= 80 ? shown : FeedDate.display(date), date: date)
        }
        return nil
    }

    /// "Headline | The Daily Site" → "Headline": a short tail after the last separator is the site's name.
    static func stripSiteName(_ title: String) -> String {
        for separator in [" | ", " — ", " – ", " - ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingWhitespace()
            let tail = title[range.upperBound...]
            if !head.isEmpty, tail.split(separator: " ").count <= 5, head.count >= tail.count {
                return head
            }
        }
        return title
    }

    /// Text made one clean line, or nil when empty. Runs of spaces, tabs and newlines become one
    /// space; other spaces (no-break, ideographic) are the text's own.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{0C}" })
        let line = TextSanitizer.sanitize(words.joined(separator: " "), keepNewlines: false).trimmingWhitespace()
        return line.isEmpty ? nil : line
    }
}

/// What the extraction found in a page: the article, the page's metadata, the body as plain
/// text (for `reader show --json`), and a note when the page is not an article.
public struct HTMLExtraction: Sendable {
    public var article: Article
    public var metadata: PageMetadata
    /// The byline as the page writes it ("By Ana Sandoiu"); the article's byline is the name.
    public var bylineAsWritten: String?
    /// The body's blocks, without the list of links.
    var textBlocks: [BodyBlock]
    /// The body's text, paragraphs separated by blank lines, without link markers or the link list.
    public var bodyText: String { HTMLArticleExtractor.plainText(of: textBlocks) }
    /// Set when the page did not read as an article and is given as its plain text.
    public var note: String?
    /// Whether the page read as an article (else `article` is the page's plain text).
    public var isArticle = true
}
