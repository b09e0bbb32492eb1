import Foundation
import ReaderEntities

/// Reads RSS 0.9x, 2.0 and 1.0 (RDF) and Atom 0.3 and 1.0 documents.
///
/// The XML is parsed safely (see `MarkupParser`). A document that is not well-formed is mended
/// where the damage is a known kind (HTML entities, bare ampersands), else read in libxml2's
/// recovery mode without the items the damage reached; either way the feed is marked recovered.
/// A document with nothing of a feed in it is an error naming the feed.
public enum FeedParser {
    /// - Parameter base: the feed's address, which relative links are resolved against.
    public static func parse(_ bytes: [UInt8], httpCharset: String? = nil, base: String? = nil, name: String) -> Result<Feed, FeedError> {
        let prepared: FeedCharset.Prepared
        do {
            prepared = try FeedCharset.prepare(bytes, httpCharset: httpCharset)
        } catch {
            return .failure(FeedError(feed: name, reason: "binary data, not a feed"))
        }
        var recovered = prepared.mismatched
        let root: MarkupNode
        switch read(prepared) {
        case .failure(let error):
            return .failure(FeedError(feed: name, reason: "not well-formed XML (\(error))"))
        case .success(let document):
            root = document.root
            recovered = recovered || document.recovered
        }
        let fileBase = base.flatMap { LinkPolicy.scheme(of: $0) == "file" ? $0 : nil }
        // A local copy of a feed: its relative links mean the feed's site, not the disk, so they
        // are resolved once the site is known (below).
        let documentBase = base.flatMap { ["http", "https"].contains(LinkPolicy.scheme(of: $0) ?? "") ? $0 : nil }
        var feed: Feed
        switch (root.name, FeedVocabulary.of(root)) {
        case ("rss", _):
            let channel = root.child("channel", in: .core)
            let items = (channel?.children("item", in: .core) ?? []) + root.children("item", in: .core)
            feed = RSSFeedReader.feed(channel: channel, items: items, base: documentBase, root: root)
        case ("RDF", _):
            feed = RSSFeedReader.feed(
                channel: root.child("channel", in: .core), items: root.children("item", in: .core), base: documentBase, root: root)
        case ("CHANNEL", .core):
            feed = CDFFeedReader.feed(root, base: documentBase)
        case ("channel", .core):
            feed = RSSFeedReader.feed(channel: root, items: root.children("item", in: .core), base: documentBase, root: root)
        case ("feed", .atom), ("feed", .core):
            feed = AtomFeedReader.feed(root, base: documentBase)
        case ("feed", .other):
            // An Atom feed under a namespace of its own: its elements read as Atom's.
            feed = AtomFeedReader.feed(root.withoutNamespace(root.namespace), base: documentBase)
        default:
            return .failure(FeedError(feed: name, reason: "not an RSS or Atom feed (root element <\(root.name)>)"))
        }
        if let fileBase { resolveLocalCopy(&feed, file: fileBase) }
        feed.recovered = recovered
        feed.encoding = prepared.charset
        return .success(feed)
    }

    /// Relative links of a feed read from a file, against its site (where that is a web address).
    private static func resolveLocalCopy(_ feed: inout Feed, file: String) {
        feed.siteURL = feed.siteURL.map { FeedURL.resolve($0, against: file) }
        let site = feed.siteURL.flatMap { ["http", "https"].contains(LinkPolicy.scheme(of: $0) ?? "") ? $0 : nil } ?? file
        for index in feed.items.indices {
            var item = feed.items[index]
            item.link = item.link.map { FeedURL.resolve($0, against: site) }
            item.base = item.base.map { FeedURL.resolve($0, against: site) } ?? item.link ?? site
            item.enclosures = item.enclosures.map { FeedEnclosure(url: FeedURL.resolve($0.url, against: site), type: $0.type, length: $0.length) }
            if item.id == nil, let link = item.link { item.key = link }
            feed.items[index] = item
        }
    }

    private struct Document {
        var root: MarkupNode
        var recovered: Bool
    }

    /// Strictly, else mended and strictly, else in recovery mode without damaged items.
    private static func read(_ prepared: FeedCharset.Prepared) -> Result<Document, MarkupError> {
        let strict = MarkupParser.parseXML(prepared.bytes, encoding: prepared.encoding, recovering: false)
        if case .success(let document) = strict {
            return .success(Document(root: document.root, recovered: !document.namespacesWellFormed))
        }
        let mended = FeedEntityRepair.repair(prepared.bytes)
        if let mended, case .success(let document) = MarkupParser.parseXML(mended, encoding: prepared.encoding, recovering: false) {
            return .success(Document(root: document.root, recovered: true))
        }
        // Line numbers stay as they were: references are replaced on their own line.
        let recoverable = FeedEntityRepair.repair(mended ?? prepared.bytes, predefinedAsCharacterReferences: true) ?? mended ?? prepared.bytes
        switch MarkupParser.parseXML(recoverable, encoding: prepared.encoding, recovering: true) {
        case .success(let document):
            return .success(Document(root: FeedRecovery.withoutDamagedItems(
                document.root, errorLines: document.errorLines, bytes: recoverable), recovered: true))
        case .failure:
            // The strict parse's error says best what is wrong.
            if case .failure(let error) = strict { return .failure(error) }
            return .failure(MarkupError(message: "not well-formed XML", line: nil))
        }
    }
}
