/// Reads RSS 0.9x, 2.0 and 1.0 (RDF), with Dublin Core, dcterms, content:encoded, Media RSS and
/// iTunes where they carry what the item lacks.
enum RSSFeedReader {
    /// A feed from its channel and items: RSS puts items in the channel, RSS 1.0 and some
    /// RSS 0.9x feeds beside it.
    static func feed(channel: MarkupNode?, items: [MarkupNode], base documentBase: String?, root: MarkupNode) -> Feed {
        let base = FeedURL.base(of: channel ?? root, inside: FeedURL.base(of: root, inside: documentBase))
        let channel = channel ?? .element("channel")
        let title = (channel.child("title", in: .core) ?? channel.child("title", in: .dublinCore)).flatMap(FeedTextConstruct.rss)
        let link = channel.child("link", in: .core).flatMap(\.trimmedText).map { FeedURL.resolve($0, against: base) }
            ?? AtomFeedReader.alternateLink(channel, base: base)
        let author = [("managingEditor", FeedVocabulary.core), ("author", .core), ("creator", .dublinCore), ("author", .dublinCore), ("author", .itunes)]
            .lazy.compactMap { channel.child($0.0, in: $0.1)?.trimmedText.flatMap(FeedAuthor.parse) }.first
        var feed = Feed(
            title: title.flatMap(FeedPlainText.line), siteURL: link,
            updated: FeedDates.first(channel, [("lastBuildDate", .core)] + FeedDates.updatedElements + [("pubDate", .core)]),
            author: author?.display)
        feed.items = items.map { item($0, base: base) }
        return feed
    }

    static func item(_ node: MarkupNode, base outer: String?) -> FeedItem {
        let base = FeedURL.base(of: node, inside: outer)
        let guidNode = node.child("guid", in: .core)
        let guid = guidNode.flatMap(\.trimmedText)
        var link = node.child("link", in: .core).flatMap(\.trimmedText).map { FeedURL.resolve($0, against: FeedURL.base(of: node.child("link", in: .core)!, inside: base)) }
            ?? AtomFeedReader.alternateLink(node, base: base)
        if link == nil, let guid, guidNode?["isPermaLink"]?.lowercased() != "false",
           ["http", "https"].contains(LinkPolicy.scheme(of: guid) ?? "") {
            link = guid
        }
        let titleNode = node.child("title", in: .core) ?? node.child("title", in: .dublinCore)
        let title = (titleNode.flatMap(FeedTextConstruct.rss) ?? FeedMediaElements.title(node)).flatMap(FeedPlainText.line)
        let published = FeedDates.first(node, [("pubDate", .core)] + FeedDates.publishedElements)
        let updated = FeedDates.first(node, FeedDates.updatedElements)
        let author = [("author", FeedVocabulary.core), ("creator", .dublinCore), ("author", .itunes), ("author", .dublinCore)]
            .lazy.compactMap { node.child($0.0, in: $0.1).flatMap(self.author) }.first
        let summaryNode = node.child("description", in: .core) ?? node.child("description", in: .dublinCore)
        let summary = summaryNode.flatMap(FeedTextConstruct.rss) ?? FeedMediaElements.description(node)
        let contentNode = node.child("encoded", in: .content) ?? node.child("body", in: .xhtml, .core)
            ?? node.child("fullitem", in: .core) ?? node.child("content", in: .atom)
        var content: FeedItem.Content?
        if let contentNode {
            content = FeedVocabulary.of(contentNode) == .atom ? FeedTextConstruct.atom(contentNode) : encoded(contentNode)
        }
        var enclosures = node.children("enclosure", in: .core).compactMap { enclosure -> FeedEnclosure? in
            guard let url = enclosure["url"]?.trimmingWhitespace(), !url.isEmpty else { return nil }
            return FeedEnclosure(url: FeedURL.resolve(url, against: base), type: enclosure["type"],
                                 length: enclosure["length"].flatMap { Int($0.trimmingWhitespace()) })
        }
        for media in FeedMediaElements.enclosures(node, base: base) where !enclosures.contains(where: { $0.url == media.url }) {
            enclosures.append(media)
        }
        let id = guid ?? node["about"].flatMap { $0.isEmpty ? nil : $0 }
        var item = FeedItem(
            key: FeedItemKey.make(id: id, link: link, title: title, date: published ?? updated),
            id: id, title: title, link: link, author: author?.display, published: published, updated: updated,
            summary: summary, content: content, base: base)
        item.enclosures = enclosures
        return item
    }

    private static func author(_ node: MarkupNode) -> FeedAuthor? {
        if node.children.contains(where: \.isElement) { return FeedAuthor.person(node) }
        return node.trimmedText.flatMap(FeedAuthor.parse)
    }

    /// content:encoded and xhtml:body are HTML (the first escaped, the second inline).
    private static func encoded(_ node: MarkupNode) -> FeedItem.Content? {
        if node.children.contains(where: \.isElement) { return .markup(node) }
        return node.trimmedText.map { .html($0) }
    }
}
