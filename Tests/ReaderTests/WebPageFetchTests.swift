import Foundation
import LoopbackHTTPServer
import Synchronization
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Pages served from 127.0.0.1 and fetched through reader-fetch, as `reader add`, full-text feeds
/// and the full-text key fetch them: articles, redirects, errors, PDFs, feeds, the size cap, a
/// page that is not an article and a server too slow to wait for.
@Suite struct WebPageFetchTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("web-pages-\(UUID().uuidString).sqlite").path

    static func paragraphs(_ topic: String, count: Int = 8) -> [String] {
        (1...count).map { number in
            "Paragraph \(number) about \(topic): the council met again, argued over the budget, and agreed, "
                + "after a long evening, that the \(topic) would reopen in the spring with new opening hours."
        }
    }

    static func articlePage(_ title: String, paragraphs: [String]) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(title) | Loopback Times</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>\(title)</h1><p class="byline">By Ana Sandoiu</p>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article><footer>© Loopback Times</footer></body></html>
        """
    }

    static let homePage = """
        <!doctype html><html><head><title>Loopback Times</title></head><body><ul>
        \((1...30).map { "<li><a href=\"/story/\($0)\">Story \($0)</a></li>" }.joined())
        </ul></body></html>
        """

    static func feed(base: String, items: [(guid: String, summary: String)]) -> String {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Times</title>"
        for item in items {
            xml += "<item><guid>\(item.guid)</guid><title>Story \(item.guid)</title><link>\(base)/story/\(item.guid)</link>"
                + "<description>\(item.summary)</description></item>"
        }
        return xml + "</channel></rss>"
    }

    /// Pages a test serves beside the standard ones, and the requests for each path.
    final class Served: Sendable {
        let pages: Mutex<[String: String]>
        let counts = Mutex<[String: Int]>([:])

        init(_ pages: [String: String] = [:]) {
            self.pages = Mutex(pages)
        }

        func count(_ path: String) -> Int { counts.withLock { $0[path] ?? 0 } }
    }

    /// A server for every case.
    static func server(_ served: Served = Served()) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            served.counts.withLock { $0[request.path, default: 0] += 1 }
            let html = ["Content-Type": "text/html; charset=utf-8"]
            if let page = served.pages.withLock({ $0[request.path] }) { return .init(headers: html, text: page) }
            switch request.path {
            case "/article": return .init(headers: html, text: articlePage("Library reopens", paragraphs: paragraphs("library")))
            case "/moved": return .init(status: 301, headers: ["Location": "/article"])
            case "/home": return .init(headers: html, text: homePage)
            case "/paper.pdf": return .init(headers: ["Content-Type": "application/pdf"], body: Array("%PDF-1.7\n%âãÏÓ\n".utf8))
            case "/download": return .init(headers: ["Content-Type": "application/octet-stream"], body: Array("%PDF-1.4\n".utf8))
            case "/photo": return .init(headers: ["Content-Type": "image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
            case "/feed.xml":
                return .init(headers: ["Content-Type": "text/xml"], text: feed(base: "http://x", items: [("1", "One")]))
            case "/big": return .init(headers: html, text: articlePage("Big", paragraphs: paragraphs("big", count: 2000)))
            case "/slow":
                Thread.sleep(forTimeInterval: 3)
                return .init(headers: html, text: articlePage("Slow", paragraphs: paragraphs("slow")))
            default: return .init(status: 404, text: "not here")
            }
        }
    }

    static func pages(_ limits: FetchLimits = FetchLimits()) throws -> WebPageFetcher {
        WebPageFetcher(fetcher: try FeedCommandTests.helperFetcher(limits))
    }

    @Test func pagesAreReadOrRefusedWithWhatTheyAre() throws {
        let server = try Self.server()
        defer { server.stop() }
        var limits = FetchLimits()
        limits.timeout = 1
        limits.maximumBytes = 200_000
        let pages = try Self.pages(limits)
        let base = server.baseURL

        let article = try pages.article(at: "\(base)/article").get()
        #expect(article.article.title == "Library reopens")
        #expect(article.article.byline == "Ana Sandoiu")
        #expect(article.article.plainText.contains("Paragraph 8 about library"))
        #expect(!article.article.plainText.contains("© Loopback Times"))
        #expect(article.article.note == nil && article.isArticle)

        let moved = try pages.article(at: "\(base)/moved").get()
        #expect(moved.article.sourcePath == "\(base)/moved", "stored under the address given")
        #expect(moved.article.plainText == article.article.plainText.replacingOccurrences(of: "\(base)/article", with: "\(base)/moved"))

        let home = try pages.article(at: "\(base)/home").get()
        #expect(!home.isArticle)
        #expect(home.article.note == HTMLArticleExtractor.notArticleNote)
        #expect(home.article.plainText.contains("Story 30"), "the page's text as it stands")

        func reason(_ path: String) -> WebPageError? {
            if case .failure(let error) = pages.article(at: base + path) { return error }
            return nil
        }
        #expect(reason("/missing")?.reason == "HTTP 404 Not Found")
        #expect(reason("/paper.pdf")?.reason.hasPrefix("a PDF document, not a web page") == true)
        #expect(reason("/download")?.reason.hasPrefix("a PDF document") == true, "found by its bytes, whatever the type says")
        #expect(reason("/photo")?.reason == "an image (image/png), not a web page")
        let feed = try #require(reason("/feed.xml"))
        #expect(feed.isFeed && feed.reason == "a feed, not a page: follow it with reader feed add \(base)/feed.xml")
        #expect(reason("/big")?.reason == "larger than 195 KB")
        #expect(reason("/slow")?.reason == "timed out after 1 s")
    }

    /// `reader add` stores a page under its address; adding it again after it changed updates
    /// the same article, keeps its marks and moves its highlights with their text.
    @Test func addingAgainUpdatesTheArticleAndReanchorsItsHighlights() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let served = Served(["/story": Self.articlePage("Budget passes", paragraphs: Self.paragraphs("pool"))])
        let server = try Self.server(served)
        defer { server.stop() }
        let store = try LibraryStore.open(path: path)
        let url = "\(server.baseURL)/story"
        let first = try Self.pages().article(at: url).get().article
        let added = try store.storeWebArticle(first)
        #expect(added.change == WebArticleChange.added)
        #expect(try store.storeWebArticle(first).change == WebArticleChange.unchanged)
        let stored = try #require(try store.article(added.row))
        #expect(store.rowID(filePath: url) == added.row, "named by its address as ARTICLE")
        #expect(try store.search("budget", limit: 5).count == 1)

        let quote = "agreed, after a long evening, that the pool would reopen"
        let scalars = Array(stored.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars).dropFirst(2).first)
        let highlight = stored.highlight(start..<(start + quote.unicodeScalars.count), color: HighlightColor.yellow, note: "third", stamper: HighlightStamper(makeID: { "h1" }, now: { Date(timeIntervalSince1970: 1_700_000_000) }))
        try store.saveHighlight(highlight, rowID: added.row, articleTitle: stored.title)
        var changed = Self.paragraphs("pool")
        changed.insert("Update: the vote was unanimous, the clerk said on Friday morning.", at: 0)
        served.pages.withLock { $0["/story"] = Self.articlePage("Budget passes", paragraphs: changed) }

        let again = try Self.pages().article(at: url).get().article
        let updated = try store.storeWebArticle(again)
        #expect(updated.change == WebArticleChange.updated && updated.row == added.row)
        let reanchored = try #require(try store.highlights(article: added.row).first)
        let text = Array(try #require(try store.article(added.row)).plainText.unicodeScalars)
        #expect(TextQuote.string(text[reanchored.start..<reanchored.end]) == quote)
        #expect(reanchored.note == "third" && !reanchored.isOrphaned)
        #expect(reanchored.start > highlight.start, "moved with its text")
    }

    /// A feed of summaries whose links point at full pages: with full text on, each item shows
    /// its page (or the feed's text with a note), and a refresh of unchanged items fetches nothing.
    @Test func fullTextFeedsFetchEachNewOrChangedItemsPageOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let served = Served()
        let server = try Self.server(served)
        defer { server.stop() }
        let base = server.baseURL
        served.pages.withLock { pages in
            pages["/story/1"] = Self.articlePage("Pool", paragraphs: Self.paragraphs("pool"))
            pages["/story/2"] = Self.articlePage("Museum", paragraphs: Self.paragraphs("museum"))
            pages["/story/3"] = Self.homePage
            pages["/feed.xml"] = Self.feed(base: base, items: [
                ("1", "The pool reopens."), ("2", "The museum reopens."), ("3", "A list of stories."), ("4", "Gone."),
            ])
        }
        let store = try LibraryStore.open(path: path)
        _ = try store.addFeed(url: "\(base)/feed.xml", fullText: true)
        let refresher = FeedRefresher(fetcher: try FeedCommandTests.helperFetcher(FetchLimits()))
        var results = refresher.refresh(try store.feeds(), in: store)
        #expect(results.first?.summary == "Loopback Times: 4 new, 0 updated, 0 unchanged")

        func item(_ guid: String) throws -> Article {
            let row = try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: 1, key: guid)))
            return try #require(try store.article(row))
        }
        #expect(try item("1").plainText.contains("Paragraph 8 about pool"))
        #expect(try item("1").title == "Story 1", "the feed's title")
        #expect(try item("1").note == nil)
        #expect(try item("3").note == "Full text not used (the linked page is not an article): this is the feed's text")
        #expect(try item("3").plainText.contains("A list of stories."))
        #expect(try item("4").note == "Full text not fetched (HTTP 404 Not Found): this is the feed's text")
        #expect(try store.search("museum council", limit: 5).count == 1, "the full text is searched")
        #expect((1...4).allSatisfy { served.count("/story/\($0)") == 1 })

        results = refresher.refresh(try store.feeds(), in: store)
        #expect(results.first?.summary == "Loopback Times: 0 new, 0 updated, 4 unchanged")
        #expect((1...4).allSatisfy { served.count("/story/\($0)") == 1 }, "no page fetched twice for an unchanged item")

        served.pages.withLock { pages in
            pages["/feed.xml"] = Self.feed(base: base, items: [
                ("1", "The pool reopens."), ("2", "The museum reopens on Sunday."), ("3", "A list of stories."), ("4", "Gone."),
            ])
        }
        results = refresher.refresh(try store.feeds(), in: store)
        #expect(results.first?.summary == "Loopback Times: 0 new, 1 updated, 3 unchanged")
        #expect(served.count("/story/2") == 2 && served.count("/story/1") == 1)
        #expect(try item("2").plainText.contains("Paragraph 8 about museum"))
    }

    /// The full-text key's work in the session: the open item's page fetched and stored, its
    /// content hash kept, so the next refresh neither updates nor fetches it.
    @Test func theFullTextKeyStoresThePageAndTheNextRefreshLeavesItAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let served = Served()
        let server = try Self.server(served)
        defer { server.stop() }
        let base = server.baseURL
        served.pages.withLock { pages in
            pages["/story/1"] = Self.articlePage("Pool", paragraphs: Self.paragraphs("pool"))
            pages["/feed.xml"] = Self.feed(base: base, items: [("1", "The pool reopens."), ("2", "No page.")])
        }
        let store = try LibraryStore.open(path: path)
        _ = try store.addFeed(url: "\(base)/feed.xml")
        let fetcher = try FeedCommandTests.helperFetcher(FetchLimits())
        let refresher = FeedRefresher(fetcher: fetcher)
        _ = refresher.refresh(try store.feeds(), in: store)
        #expect(served.count("/story/1") == 0, "full text is off")
        let row = try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: 1, key: "1")))
        let id = LibraryStore.articleID(row)

        guard case .fullTextFetched(let full) = FullTextService.fetch(id, store: store, pages: WebPageFetcher(fetcher: fetcher)) else {
            Issue.record("the page was not fetched")
            return
        }
        #expect(full.plainText.contains("Paragraph 8 about pool") && full.id == id)
        #expect(try store.article(row) == full)
        let results = refresher.refresh(try store.feeds(), in: store)
        #expect(results.first?.summary == "Loopback Times: 0 new, 0 updated, 2 unchanged")
        #expect(try store.article(row)?.plainText.contains("Paragraph 8 about pool") == true, "the full text stays")

        let missing = LibraryStore.articleID(try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: 1, key: "2"))))
        guard case .fullTextNotFetched(_, let reason) = FullTextService.fetch(missing, store: store, pages: WebPageFetcher(fetcher: fetcher)) else {
            Issue.record("a missing page was not reported")
            return
        }
        #expect(reason == "HTTP 404 Not Found")
    }
}
