import Foundation

/// Turns a feed item into an article: its content through the HTML path, a link to the original.
public enum FeedItemArticle {
    /// The library's source path of an item: "feed:<feed id>:<item key>".
    public static func sourcePath(feedId: Int64, key: String) -> String { "feed:\(feedId):\(key)" }

    /// The item key (guid or id, else link) in a feed item's source path; nil for other paths.
    public static func key(inSourcePath path: String) -> String? {
        guard path.hasPrefix("feed:") else { return nil }
        let rest = path.dropFirst("feed:".count)
        guard let colon = rest.firstIndex(of: ":"), !rest[..<colon].isEmpty, rest[..<colon].allSatisfy(\.isNumber) else { return nil }
        return String(rest[rest.index(after: colon)...])
    }

    public static func article(_ item: FeedItem, feedId: Int64) -> Article {
        let path = sourcePath(feedId: feedId, key: item.key)
        let base = (item.base ?? item.link).flatMap { URL(string: $0) }
        let (body, links) = convert(
            item.content ?? item.summary, base: base, link: item.link, enclosures: item.enclosures, skipHeading: item.title)
        return Article(
            id: ArticleID(path), sourcePath: path, title: item.title ?? "(untitled)",
            byline: item.author.flatMap { HTMLArticleExtractor.clean($0) },
            dateline: item.date.map { Dateline(text: FeedDate.display($0), date: $0) },
            body: body, links: links)
    }

    /// The blocks of a body as the reader shows them, ending with the list of its links.
    static func blocks(_ content: FeedItem.Content?, base: URL?, link: String?, skipHeading: String?) -> [BodyBlock] {
        convert(content, base: base, link: link, enclosures: [], skipHeading: skipHeading).body
    }

    private static func convert(
        _ content: FeedItem.Content?, base: URL?, link: String?, enclosures: [FeedEnclosure], skipHeading: String?
    ) -> (body: [BodyBlock], links: [ArticleLink]) {
        var document = HTMLTreeBuilder()
        switch content {
        case .html(let html):
            HTMLParser.parse(Array(("<html><body>" + html + "</body></html>").utf8), into: &document)
        case .text(let text):
            for paragraph in text.components(separatedBy: "\n\n") {
                document.startElement(.p)
                document.text(paragraph)
                document.endElement()
            }
        case .markup(let node):
            document.append(node)
        case nil:
            break
        }
        for enclosure in enclosures {
            // A podcast's audio, a video: a numbered link that L opens.
            document.startElement(.p)
            document.text("Enclosure: ")
            document.startElement(.a, attributes: [HTMLTree.Attribute(name: "href", value: enclosure.url)])
            document.text(enclosure.url)
            document.endElement()
            let details = [enclosure.type?.trimmingWhitespace(), enclosure.length.flatMap(FeedEnclosure.size)]
                .compactMap { $0 }.filter { !$0.isEmpty }
            if !details.isEmpty { document.text(" (" + details.joined(separator: ", ") + ")") }
            document.endElement()
        }
        if let link {
            document.startElement(.p)
            document.startElement(.a, attributes: [HTMLTree.Attribute(name: "href", value: link)])
            document.text("Original article")
            document.endElement()
            document.endElement()
        }
        return HTMLBodyConverter.convert(document.finish(), base: base, skipHeading: skipHeading)
    }

    /// A digest of what the reader shows of an item, to tell changed items from unchanged ones.
    public static func hash(_ article: Article) -> String {
        var text = article.title + "\u{1}" + (article.byline ?? "") + "\u{1}" + (article.dateline?.text ?? "")
        text += "\u{1}" + article.plainText + "\u{1}" + article.links.map(\.url).joined(separator: " ")
        return ContentHash.hex(of: Array(text.utf8))
    }
}
