import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// Highlights of feed items leave the library named by the item's link (with its guid), never by
/// the library's own feed number, and find their item again in another library.
@Suite struct FeedAnnotationExportTests {
    static let rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Harbour Gazette</title>
        <item><guid>hg-1001</guid><title>Wall repairs</title><link>https://gazette.example/wall</link>
        <description>The harbour wall needs repair before winter storms arrive.</description></item>
        <item><guid>hg-1002</guid><title>Boats</title><link>https://gazette.example/boats</link>
        <description>A second story about boats.</description></item>
        </channel></rss>
        """
    static let feedURL = "https://gazette.example/feed.xml"

    /// Follows the gazette (after `others` other feeds, so its number differs) and stores its items.
    func follow(in store: LibraryStore, after others: Int = 0) throws -> StoredFeed {
        for index in 0..<others { _ = try store.addFeed(url: "https://other.example/\(index).xml") }
        let feed = try store.addFeed(url: Self.feedURL)
        let parsed = try FeedParser.parse(Array(Self.rss.utf8), name: Self.feedURL).get()
        let links = Dictionary(uniqueKeysWithValues: parsed.items.compactMap { item in
            item.link.map { (FeedItemArticle.sourcePath(feedId: feed.id, key: item.key), $0) }
        })
        _ = try store.storeFeed(feed.id, title: parsed.title, siteURL: nil, etag: nil, lastModified: nil,
                                articles: parsed.items.map { FeedItemArticle.article($0, feedId: feed.id) }, itemLinks: links)
        return feed
    }

    func wallRow(_ store: LibraryStore, feed: StoredFeed) throws -> Int64 {
        try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: feed.id, key: "hg-1001")))
    }

    @Test func exportsNameTheItemsLinkAndKeepItsGuid() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        let feed = try follow(in: store)
        let row = try wallRow(store, feed: feed)
        let article = try #require(try store.article(row))
        let scalars = Array(article.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array("winter storms".unicodeScalars), in: scalars).first)
        try store.saveHighlight(article.highlight(start..<(start + 13), color: .blue, note: "Ask the council", stamper: .system, scalars: scalars),
                                rowID: row, articleTitle: article.title)

        let highlights = try store.allHighlights()
        let json = try #require(try JSONSerialization.jsonObject(with: W3CAnnotations.data(highlights)) as? [String: Any])
        let target = try #require((((json["first"] as? [String: Any])?["items"] as? [[String: Any]])?.first)?["target"] as? [String: Any])
        #expect(target["source"] as? String == "https://gazette.example/wall")
        let item = try #require(target["feedItem"] as? [String: Any])
        #expect(item["guid"] as? String == "hg-1001")
        #expect(item["feed"] as? String == Self.feedURL)
        let markdown = MarkdownExport.render(highlights)
        #expect(markdown.contains("Source: https://gazette.example/wall"))
        #expect(!markdown.contains("feed:"))

        // Another library follows the feed under another number: the annotation finds its item.
        let otherFolder = try LibraryStoreTests.Folder()
        let other = try LibraryStore.open(path: otherFolder.libraryPath)
        let otherFeed = try follow(in: other, after: 2)
        #expect(otherFeed.id != feed.id)
        let report = try other.importAnnotations(try W3CAnnotations.parse(W3CAnnotations.data(highlights)).annotations)
        #expect(report.attached == 1 && report.orphaned == 0)
        let back = try other.highlights(article: try wallRow(other, feed: otherFeed))
        #expect(back.map(\.quote.exact) == ["winter storms"])
        #expect(back.first?.sourcePath == FeedItemArticle.sourcePath(feedId: otherFeed.id, key: "hg-1001"))
    }

    @Test func annotationsFindFeedItemsByGuidOrByLinkAlone() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        let feed = try follow(in: store, after: 1)
        let wall = try wallRow(store, feed: feed)
        func annotation(_ source: String, feedItem: FeedItemReference? = nil) -> W3CAnnotations.Imported {
            W3CAnnotations.Imported(id: UUID().uuidString, source: source, feedItem: feedItem,
                                    quote: TextQuote(exact: "winter storms", prefix: "", suffix: ""), position: nil,
                                    color: .yellow, note: nil, created: nil, modified: nil)
        }
        // An export from before links were kept: the library's feed number was another.
        #expect(store.articleRow(for: annotation("feed:1:hg-1001")) == wall)
        #expect(store.articleRow(for: annotation("https://moved.example/wall", feedItem: FeedItemReference(guid: "hg-1001", feed: nil))) == wall)
        #expect(store.articleRow(for: annotation("https://gazette.example/wall")) == wall)
        #expect(store.articleRow(for: annotation("https://gazette.example/none")) == nil)
    }
}
