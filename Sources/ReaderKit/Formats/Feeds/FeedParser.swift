import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 documents.
///
/// The XML is parsed strictly and safely (see `MarkupParser`): a document that is not well-formed,
/// or not a feed, is an error naming the feed, and no item of it is kept.
public enum FeedParser {
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    public static func parse(_ bytes: [UInt8], httpCharset: String? = nil, name: String) -> Result<Feed, FeedError> {
        let prepared: DocumentCharset.Prepared
        do {
            prepared = try DocumentCharset.prepare(bytes, httpCharset: httpCharset, markup: .xml)
        } catch {
            return .failure(FeedError(feed: name, reason: "binary data, not a feed"))
        }
        let root: MarkupNode
        switch MarkupParser.parseXML(prepared.bytes, encoding: prepared.encoding) {
        case .success(let parsed): root = parsed
        case .failure(let error): return .failure(FeedError(feed: name, reason: "not well-formed XML (\(error))"))
        }
        switch root.name {
        case "rss":
            guard let channel = root.firstElement(named: "channel") else {
                return .failure(FeedError(feed: name, reason: "RSS without a channel"))
            }
            return .success(feed(channel: channel, items: channel.elements(named: "item")))
        case "RDF":
            let channel = root.firstElement(named: "channel") ?? .element("channel")
            return .success(feed(channel: channel, items: root.elements(named: "item")))
        case "feed" where root.namespace == atomNamespace || root.namespace == nil:
            return .success(atomFeed(root))
        default:
            return .failure(FeedError(feed: name, reason: "not an RSS or Atom feed (root element <\(root.name)>)"))
        }
    }

    static func feed(channel: MarkupNode, items: [MarkupNode]) -> Feed {
        Feed(
            title: text(channel.firstElement(named: "title")),
            siteURL: text(channel.firstElement(named: "link")),
            items: items.map(rssItem))
    }

    static func rssItem(_ item: MarkupNode) -> FeedItem {
        let link = text(item.firstElement(named: "link"))
        let guid = text(item.firstElement(named: "guid")) ?? item["about"]
        let title = item.firstElement(named: "title").map { plainTitle($0.textContent) }
        let date = (text(item.firstElement(named: "pubDate")) ?? text(first(item, "date", dublinCoreNamespace))).flatMap(FeedDate.parse)
        var content: FeedItem.Content?
        if let encoded = text(first(item, "encoded", contentNamespace)) {
            content = .html(encoded)
        } else if let description = text(item.firstElement(named: "description")) {
            content = .html(description)
        }
        let author = text(first(item, "creator", dublinCoreNamespace)) ?? text(item.firstElement(named: "author"))
        return FeedItem(key: key(guid, link, title, date), title: title, link: link, author: author, published: date, content: content)
    }

    static func atomFeed(_ root: MarkupNode) -> Feed {
        Feed(
            title: root.firstElement(named: "title").map { plainTitle($0.textContent) },
            siteURL: alternateLink(root),
            items: root.elements(named: "entry").map(atomEntry))
    }

    static func atomEntry(_ entry: MarkupNode) -> FeedItem {
        let link = alternateLink(entry)
        let id = text(entry.firstElement(named: "id"))
        let title = entry.firstElement(named: "title").map { plainTitle($0.textContent) }
        let date = (text(entry.firstElement(named: "published")) ?? text(entry.firstElement(named: "updated"))).flatMap(FeedDate.parse)
        let body = entry.firstElement(named: "content") ?? entry.firstElement(named: "summary")
        let author = entry.firstElement(named: "author").flatMap { text($0.firstElement(named: "name")) }
        return FeedItem(key: key(id, link, title, date), title: title, link: link, author: author, published: date,
                        content: body.flatMap(atomContent))
    }

    /// Atom text constructs: type="text" (the default), "html" (escaped markup) or "xhtml" (inline).
    static func atomContent(_ node: MarkupNode) -> FeedItem.Content? {
        switch node["type"]?.lowercased() ?? "text" {
        case "html", "text/html": return text(node).map { .html($0) }
        case "xhtml", "application/xhtml+xml": return .markup(node)
        default: return text(node).map { .text($0) }
        }
    }

    static func alternateLink(_ node: MarkupNode) -> String? {
        let links = node.elements(named: "link")
        let alternate = links.first { ($0["rel"] ?? "alternate") == "alternate" } ?? links.first
        return alternate?["href"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func first(_ node: MarkupNode, _ name: String, _ namespace: String) -> MarkupNode? {
        node.children.first { $0.kind == .element && $0.name == name && $0.namespace == namespace }
    }

    static func text(_ node: MarkupNode?) -> String? {
        guard let value = node?.textContent.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    /// A title as one clean line; markup in it (some feeds escape HTML into titles) is dropped.
    static func plainTitle(_ raw: String) -> String {
        var title = raw
        if raw.contains("<") || raw.contains("&"), let parsed = HTMLParser.parse(Array(("<p>" + raw + "</p>").utf8)) {
            title = parsed.textContent(HTMLTree.root)
        }
        return HTMLArticleExtractor.clean(title) ?? ""
    }

    static func key(_ id: String?, _ link: String?, _ title: String?, _ date: Date?) -> String {
        if let id, !id.isEmpty { return id }
        if let link, !link.isEmpty { return link }
        return "digest:" + ContentHash.hex(of: Array(((title ?? "") + "|" + (date.map { "\($0.timeIntervalSince1970)" } ?? "")).utf8))
    }
}
