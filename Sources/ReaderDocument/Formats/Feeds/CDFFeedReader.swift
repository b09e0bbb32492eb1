import Foundation

/// Reads Microsoft's Channel Definition Format (CDF, 1997), which some old sites still serve:
/// `<CHANNEL HREF LASTMOD>` with `<TITLE>`, `<ABSTRACT>` and `<ITEM HREF LASTMOD>` elements.
enum CDFFeedReader {
    static func feed(_ channel: MarkupNode, base documentBase: String?) -> Feed {
        let base = FeedURL.base(of: channel, inside: documentBase)
        var feed = Feed(
            title: channel.child("title", in: .core).flatMap(FeedTextConstruct.rss).flatMap(FeedPlainText.line),
            siteURL: href(channel, base: base), updated: lastModified(channel))
        feed.items = channel.children("item", in: .core).map { item in
            let itemBase = FeedURL.base(of: item, inside: base)
            let title = item.child("title", in: .core).flatMap(FeedTextConstruct.rss).flatMap(FeedPlainText.line)
            let link = href(item, base: itemBase)
            let updated = lastModified(item)
            return FeedItem(
                key: FeedItemKey.make(id: nil, link: link, title: title, date: updated), title: title, link: link,
                updated: updated, summary: item.child("abstract", in: .core).flatMap(FeedTextConstruct.rss), base: itemBase)
        }
        return feed
    }

    private static func attribute(_ node: MarkupNode, _ name: String) -> String? {
        node.attributes.first { $0.key.lowercased() == name }?.value.trimmingWhitespace()
    }

    private static func href(_ node: MarkupNode, base: String?) -> String? {
        attribute(node, "href").flatMap { $0.isEmpty ? nil : FeedURL.resolve($0, against: base) }
    }

    private static func lastModified(_ node: MarkupNode) -> Date? {
        attribute(node, "lastmod").flatMap(FeedDate.parse)
    }
}
