import Foundation
import Synchronization
import Testing
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Serves feeds from memory: refresh logic is tested without a network.
final class FakeFeedFetcher: FeedFetcher, @unchecked Sendable {
    let documents = Mutex<[String: Result<FetchOutcome, FeedError>]>([:])
    let requests = Mutex<[FeedRequest]>([])

    func serve(_ url: String, _ xml: String, etag: String? = nil) {
        documents.withLock { $0[url] = .success(.fetched(FetchedDocument(bytes: Array(xml.utf8), etag: etag))) }
    }

    func fail(_ url: String, _ reason: String) {
        documents.withLock { $0[url] = .failure(FeedError(feed: url, reason: reason)) }
    }

    func fetch(_ request: FeedRequest) -> Result<FetchOutcome, FeedError> {
        requests.withLock { $0.append(request) }
        if let etag = request.etag, case .success(.fetched(let document))? = documents.withLock({ $0[request.url] }), document.etag == etag {
            return .success(.notModified)
        }
        return documents.withLock { $0[request.url] } ?? .failure(FeedError(feed: request.url, reason: "HTTP 404 not found"))
    }
}

@Suite struct FeedRefreshTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-\(UUID().uuidString).sqlite").path

    static func rss(_ items: [(id: String, title: String, body: String)], title: String = "Town Crier") -> String {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
        for item in items {
            xml += "<item><guid>\(item.id)</guid><title>\(item.title)</title><description>\(item.body)</description></item>"
        }
        return xml + "</channel></rss>"
    }

    @Test func refreshAddsOnlyNewItemsAndUpdatesChangedOnes() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let fetcher = FakeFeedFetcher()
        let url = "https://crier.example/feed.xml"
        fetcher.serve(url, Self.rss([("a", "Market day", "Stalls open."), ("b", "Bridge works", "Closed at night.")]))
        let feed = try store.addFeed(url: url)
        let refresher = FeedRefresher(fetcher: fetcher)

        var results = refresher.refresh([feed], in: store)
        guard case .success(let first?) = results[0].outcome else { Issue.record("\(results)"); return }
        #expect((first.added, first.updated, first.unchanged) == (2, 0, 0))
        let entries = try store.entries(LibraryListQuery(sort: .title))
        #expect(entries.map(\.summary.title) == ["Bridge works", "Market day"])
        #expect(entries.allSatisfy { $0.summary.sourceName == "Town Crier" })
        let bridge = try #require(entries.first)
        try store.saveReadingState(bridge.id, StoredReadingState(isRead: true, isStarred: true))

        fetcher.serve(url, Self.rss([("a", "Market day", "Stalls open."), ("b", "Bridge works", "Open again!"), ("c", "Choir", "Sings.")]))
        results = refresher.refresh(try store.feeds(), in: store)
        guard case .success(let second?) = results[0].outcome else { Issue.record("\(results)"); return }
        #expect((second.added, second.updated, second.unchanged) == (1, 1, 1))
        #expect(try store.entries().count == 3)
        #expect(try store.article(bridge.id)?.paragraphs.first == "Open again!")
        #expect(try store.readingState(bridge.id).isStarred)
        #expect(try store.search("again").map(\.id) == [bridge.id])
    }

    @Test func conditionalGetSendsValidatorsAndKeepsItems() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let fetcher = FakeFeedFetcher()
        let url = "https://crier.example/etag.xml"
        fetcher.serve(url, Self.rss([("a", "One", "x")]), etag: "\"v1\"")
        _ = try store.addFeed(url: url)
        _ = FeedRefresher(fetcher: fetcher).refresh(try store.feeds(), in: store)
        #expect(try store.feeds().first?.etag == "\"v1\"")
        let results = FeedRefresher(fetcher: fetcher).refresh(try store.feeds(), in: store)
        #expect(results.first?.summary == "Town Crier: not modified")
        #expect(fetcher.requests.withLock { $0.last?.etag } == "\"v1\"")
        #expect(try store.entries().count == 1)
    }

    @Test func aFailingOrMalformedFeedReportsAndStoresNothingWhileOthersRefresh() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let fetcher = FakeFeedFetcher()
        fetcher.serve("https://ok.example/feed", Self.rss([("1", "Fine", "ok")], title: "Fine Feed"))
        fetcher.serve("https://broken.example/feed", "Service unavailable")
        fetcher.fail("https://down.example/feed", "timed out after 10 s")
        for url in ["https://ok.example/feed", "https://broken.example/feed", "https://down.example/feed"] { _ = try store.addFeed(url: url) }
        let results = FeedRefresher(fetcher: fetcher, concurrency: 3).refresh(try store.feeds(), in: store)
        #expect(results.map(\.feed.url) == ["https://ok.example/feed", "https://broken.example/feed", "https://down.example/feed"])
        #expect(results[0].summary == "Fine Feed: 1 new, 0 updated, 0 unchanged")
        #expect(results[1].summary.hasPrefix("https://broken.example/feed: not well-formed XML"))
        #expect(results[2].summary == "https://down.example/feed: timed out after 10 s")
        #expect(try store.entries().map(\.summary.title) == ["Fine"])
        let feeds = try store.feeds()
        #expect(feeds.map(\.itemCount) == [1, 0, 0])
        #expect(feeds[1].lastError?.hasPrefix("not well-formed XML") == true)
        #expect(feeds[0].lastError == nil)
    }

    @Test func removingAFeedRemovesItsItems() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let fetcher = FakeFeedFetcher()
        fetcher.serve("https://a.example/feed", Self.rss([("1", "Alpha item", "text")], title: "A"))
        fetcher.serve("https://b.example/feed", Self.rss([("1", "Beta item", "text")], title: "B"))
        _ = try store.addFeed(url: "https://a.example/feed")
        _ = try store.addFeed(url: "https://b.example/feed")
        _ = FeedRefresher(fetcher: fetcher).refresh(try store.feeds(), in: store)
        #expect(try store.entries().count == 2)
        let a = try #require(try store.feed(matching: "a"))
        try store.removeFeed(a.id)
        #expect(try store.entries().map(\.summary.title) == ["Beta item"])
        #expect(try store.search("Alpha").isEmpty)
        #expect(try store.feeds().map(\.name) == ["B"])
    }

    @Test func fileFeedsAreReadFromDiskAndOtherSchemesRefused() throws {
        let fetcher = StandardFeedFetcher(web: FakeFeedFetcher())
        let file = HTMLArticleTests.folder.appendingPathComponent("atom.xml").absoluteString
        guard case .success(.fetched(let document)) = fetcher.fetch(FeedRequest(url: file)) else { Issue.record("file feed not read"); return }
        #expect(document.bytes.count > 100)
        for refused in ["ftp://example.org/feed", "javascript:alert(1)", "gopher://x"] {
            #expect((try? fetcher.fetch(FeedRequest(url: refused)).get()) == nil)
        }
    }

    @Test func structuredArticlesSurviveTheLibrary() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let page = HTMLArticleTests.folder.appendingPathComponent("page.html").path
        let report = try store.importPaths([page, HTMLArticleTests.folder.appendingPathComponent("notes.md").path], recognizer: nil)
        #expect(report.added == 2)
        for entry in try store.entries() {
            let stored = try #require(try store.article(entry.id))
            let original = try ArticleLoader().load(path: entry.summary.sourcePath).get()
            #expect(stored.blocks == original.blocks)
            #expect(stored.styles == original.styles)
            #expect(stored.links == original.links)
            #expect(stored.plainText == original.plainText)
        }
    }
}
