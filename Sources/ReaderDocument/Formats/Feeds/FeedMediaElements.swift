/// What Media RSS and iTunes add to an item: titles, descriptions and files, used where the
/// item has none of its own (a Media RSS title never overrides the item's title).
enum FeedMediaElements {
    /// The media:title of the item or its media:group.
    static func title(_ item: MarkupNode) -> FeedItem.Content? {
        let node = item.child("title", in: .media) ?? item.child("group", in: .media)?.child("title", in: .media)
        return node.flatMap(mediaText)
    }

    /// media:description, itunes:summary or itunes:subtitle.
    static func description(_ item: MarkupNode) -> FeedItem.Content? {
        let node = item.child("description", in: .media) ?? item.child("group", in: .media)?.child("description", in: .media)
            ?? item.child("summary", in: .itunes) ?? item.child("subtitle", in: .itunes)
        return node.flatMap(mediaText)
    }

    /// media:content elements (in the item or its media:group) as enclosures.
    static func enclosures(_ item: MarkupNode, base: String?) -> [FeedEnclosure] {
        let contents = item.children("content", in: .media) + (item.child("group", in: .media)?.children("content", in: .media) ?? [])
        return contents.compactMap { content in
            guard let url = content["url"]?.trimmingWhitespace(), !url.isEmpty else { return nil }
            return FeedEnclosure(
                url: FeedURL.resolve(url, against: FeedURL.base(of: content, inside: base)), type: content["type"],
                length: content["fileSize"].flatMap { Int($0.trimmingWhitespace()) })
        }
    }

    /// Media RSS text is plain unless type="html".
    private static func mediaText(_ node: MarkupNode) -> FeedItem.Content? {
        guard let text = node.trimmedText else { return nil }
        return node["type"]?.lowercased() == "html" ? .html(text) : FeedTextConstruct.rss(node)
    }
}
