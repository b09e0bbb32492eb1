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

    /// A server for every case, counting the requests for each path.
    static func server(
        counts: Mutex<[String: Int]>, pages: Mutex<[String: String]> = Mutex([:])
    ) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            counts.withLock { $0[request.path, default: 0] += 1 }
            let html = ["Content-Type": "text/html; charset=utf-8"]
            if let page = pages.withLock({ $0[request.path] }) { return .init(headers: html, text: page) }
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
        let counts = Mutex<[String: Int]>([:])
        let server = try Self.server(counts: counts)
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
        #expect(reason("/missing")?.reason == "HTTP 404 not found")
        #expect(reason("/paper.pdf")?.reason.hasPrefix("a PDF document, not a web page") == true)
        #expect(reason("/download")?.reason.hasPrefix("a PDF document") == true, "found by its bytes, whatever the type says")
        #expect(reason("/photo")?.reason == "an image (image/png), not a web page")
        let feed = try #require(reason("/feed.xml"))
        #expect(feed.isFeed && feed.reason == "a feed, not a page: follow it with reader feed add \(base)/feed.xml")
        #expect(reason("/big")?.reason == "larger than 195 KB")
        let start = Date()
        #expect(reason("/slow")?.reason.contains("timed out") == true)
        #expect(Date().timeIntervalSince(start) < 2.9)
    }

    /// `reader add` stores a page under its address; adding it again after it changed updates
    /// the same article, keeps its marks and moves its highlights with their text.
    @Test func addingAgainUpdatesTheArticleAndReanchorsItsHighlights() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let counts = Mutex<[String: Int]>([:])
        let served = Mutex<[String: String]>(["/story": Self.articlePage("Budget passes", paragraphs: Self.paragraphs("pool"))])
        let server = try Self.server(counts: counts, pages: served)
        defer { server.stop() }
        let store = try LibraryStore.open(path: path)
        let url = "\(server.baseURL)/story"
        let first = try Self.pages().article(at: url).get().article
        let added = try store.storeWebArticle(first)
        #expect(added.change == .added)
        #expect(try store.storeWebArticle(first).change == .unchanged)
        let stored = try #require(try store.article(added.row))
        #expect(store.rowID(filePath: url) == added.row, "named by its address as ARTICLE")
        #expect(try store.search("budget", limit: 5).count == 1)

        let quote = "agreed, after a long evening, that the pool would reopen"
        let scalars = Array(stored.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars).dropFirst(2).first)
        let highlight = stored.highlight(start..<(start + quote.unicodeScalars.count), color: .yellow, note: "third", stamper: HighlightStamper(makeID: { "h1" }, now: { Date(timeIntervalSince1970: 1_700_000_000) }))
        try store.saveHighlight(highlight, rowID: added.row, articleTitle: stored.title)
        var changed = Self.paragraphs("pool")
        changed.insert("Update: the vote was unanimous, the clerk said on Friday morning.", at: 0)
        served.withLock { $0["/story"] = Self.articlePage("Budget passes", paragraphs: changed) }

        let again = try Self.pages().article(at: url).get().article
        let updated = try store.storeWebArticle(again)
        #expect(updated.change == .updated && updated.row == added.row)
        let reanchored = try #require(try store.highlights(article: added.row).first)
        let text = Array(try #require(try store.article(added.row)).plainText.unicodeScalars)
        #expect(TextQuote.string(text[reanchored.start..<reanchored.end]) == quote)
        #expect(reanchored.note == "third" && !reanchored.isOrphaned)
        #expect(reanchored.start > highlight.start, "moved with its text")
    }
}
