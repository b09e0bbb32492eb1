/// Reads Atom 1.0 and Atom 0.3 feeds (0.3's issued, modified and mode="base64" included).
enum AtomFeedReader {
    static func feed(_ root: MarkupNode, base documentBase: String?) -> Feed {
        let base = FeedURL.base(of: root, inside: documentBase)
        let author = authors(root)
        var feed = Feed(
            title: root.child("title", in: .atom, .core).flatMap(FeedTextConstruct.atom).flatMap(FeedPlainText.line),
            siteURL: alternateLink(root, base: base),
            updated: FeedDates.first(root, [("updated", .atom), ("modified", .atom)] + FeedDates.updatedElements),
            author: author?.display)
        feed.items = root.children("entry", in: .atom, .core).map { entry(in: $0, base: base, feedAuthor: author) }
        return feed
    }

    static func entry(in node: MarkupNode, base outer: String?, feedAuthor: FeedAuthor?) -> FeedItem {
        let base = FeedURL.base(of: node, inside: outer)
        let id = node.child("id", in: .atom, .core).flatMap(\.trimmedText)
        let link = alternateLink(node, base: base)
        let title = node.child("title", in: .atom, .core).flatMap(FeedTextConstruct.atom).flatMap(FeedPlainText.line)
        let published = FeedDates.first(node, [("published", .atom), ("issued", .atom)] + FeedDates.publishedElements)
        let updated = FeedDates.first(node, [("updated", .atom), ("modified", .atom)] + FeedDates.updatedElements)
        let source = node.child("source", in: .atom)
        let author = authors(node) ?? source.flatMap(authors) ?? feedAuthor
        let summaryNode = node.child("summary", in: .atom, .core)
        let contentNode = preferredContent(node.children("content", in: .atom, .core))
        let bodyNode = contentNode ?? summaryNode
        var item = FeedItem(
            key: FeedItemKey.make(id: id, link: link, title: title, date: published ?? updated),
            id: id, title: title, link: link, author: author?.display, published: published, updated: updated,
            summary: summaryNode.flatMap(FeedTextConstruct.atom), content: contentNode.flatMap(FeedTextConstruct.atom),
            base: bodyNode.map { FeedURL.base(of: $0, inside: base) } ?? base)
        item.enclosures = node.children("link", in: .atom, .core).compactMap { link in
            guard link["rel"]?.trimmingWhitespace().lowercased() == "enclosure", let href = link["href"], !href.isEmpty else { return nil }
            return FeedEnclosure(
                url: FeedURL.resolve(href, against: FeedURL.base(of: link, inside: base)), type: link["type"],
                length: link["length"].flatMap { Int($0.trimmingWhitespace()) })
        }
        if item.summary == nil, item.content == nil {
            item.summary = FeedMediaElements.description(node)
        }
        return item
    }

    /// Atom 0.3 allowed several content elements (multipart/alternative): HTML is preferred.
    private static func preferredContent(_ nodes: [MarkupNode]) -> MarkupNode? {
        nodes.first { ($0["type"] ?? "").lowercased().contains("html") } ?? nodes.first
    }

    /// The first author: an Atom person, else Dublin Core's creator.
    private static func authors(_ node: MarkupNode) -> FeedAuthor? {
        if let person = node.child("author", in: .atom, .core).flatMap(FeedAuthor.person) { return person }
        return node.child("creator", in: .dublinCore).flatMap(\.trimmedText).flatMap(FeedAuthor.parse)
    }

    /// The link with rel="alternate" (the default), HTML preferred; else the first link.
    static func alternateLink(_ node: MarkupNode, base: String?) -> String? {
        // Atom 0.3 feeds written by hand sometimes put the address in the element.
        func href(_ link: MarkupNode) -> String? { link["href"].flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 } ?? link.trimmedText }
        let links = node.children("link", in: .atom, .core).filter { href($0) != nil }
        let alternates = links.filter { ($0["rel"]?.trimmingWhitespace().lowercased() ?? "alternate") == "alternate" }
        let chosen = alternates.first { ($0["type"] ?? "text/html").lowercased().contains("html") } ?? alternates.first
        guard let link = chosen, let href = href(link) else { return nil }
        return FeedURL.resolve(href, against: FeedURL.base(of: link, inside: base))
    }
}
