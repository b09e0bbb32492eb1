import Foundation
import LoopbackHTTPServer
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderLibrary

/// `reader add`, `reader show URL` and the full-text feed commands, run as a user runs them,
/// against pages served from 127.0.0.1 by the test itself.
@Suite struct WebCommandTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-web")

    @Test func addShowAndFullTextFeedCommands() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let served = WebPageFetchTests.Served()
        let server = try WebPageFetchTests.server(served)
        defer { server.stop() }
        let base = server.baseURL
        served.pages.withLock { pages in
            pages["/story/1"] = WebPageFetchTests.articlePage("Pool", paragraphs: WebPageFetchTests.paragraphs("pool"))
            pages["/feed.xml"] = WebPageFetchTests.feed(base: base, items: [("1", "The pool reopens.")])
        }

        var result = try reader("add", "\(base)/article", "\(base)/home", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("added 1: Library reopens (\(base)/article)"), "\(result.output)")
        #expect(result.output.contains("added 2: Loopback Times (\(base)/home) · \(HTMLArticleExtractor.notArticleNote)"), "\(result.output)")
        result = try reader("add", "\(base)/article", "\(base)/paper.pdf", "\(base)/feed.xml", "--library", library)
        #expect(result.status == ExitStatus.noInput)
        #expect(result.output.contains("unchanged 1: Library reopens"))
        #expect(result.error.contains("\(base)/paper.pdf: a PDF document, not a web page"))
        #expect(result.error.contains("follow it with reader feed add \(base)/feed.xml"))
        result = try reader("add", "story.html", "--library", library)
        #expect(result.status == ExitStatus.usage && result.error.contains("not an http or https address"))
        #expect(try reader("search", "budget", "--library", library).output.contains("Library reopens"))
        result = try reader("annotate", "\(base)/article", "--quote", "Paragraph 3 about library", "--library", library)
        #expect(result.status == 0, "an added page is named by its address: \(result.error)")

        result = try reader("show", "--json", "\(base)/article")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Library reopens")
        #expect(object["url"] as? String == "\(base)/article")
        #expect((object["body"] as? String)?.hasPrefix("Paragraph 1 about library") == true)
        result = try reader("show", "--plain", "--width", "60", "\(base)/missing")
        #expect(result.status == ExitStatus.noInput && result.error.contains("\(base)/missing: HTTP 404 Not Found"))

        result = try reader("feed", "add", "\(base)/feed.xml", "--full-text", "--library", library)
        #expect(result.output.contains("with the full text of each item's page"), "\(result.output)")
        #expect(try reader("feed", "list", "--library", library).output.contains("\tfull text"))
        #expect(try reader("refresh", "--library", library).status == 0)
        #expect(served.count("/story/1") == 1)
        #expect(try reader("search", "council", "--library", library).output.contains("Story 1"))
        result = try reader("feed", "set", "1", "full-text", "off", "--library", library)
        #expect(result.output == "Loopback Times: full text off\n", "\(result.output)")
        #expect(try reader("feed", "list", "--library", library).output.contains("\tno full text"))
        result = try reader("feed", "set", "1", "full-text", "maybe", "--library", library)
        #expect(result.status == ExitStatus.usage && result.error.contains("full-text is on, off or default"))
    }

    /// A feed without a setting of its own does as `[feeds] full-text` says; its own setting wins.
    @Test func theConfigDecidesForFeedsWithoutASetting() throws {
        let path = folder.appendingPathComponent("config-default.sqlite").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let served = WebPageFetchTests.Served()
        let server = try WebPageFetchTests.server(served)
        defer { server.stop() }
        let base = server.baseURL
        served.pages.withLock { pages in
            pages["/story/1"] = WebPageFetchTests.articlePage("Pool", paragraphs: WebPageFetchTests.paragraphs("pool"))
            pages["/a.xml"] = WebPageFetchTests.feed(base: base, items: [("1", "The pool reopens.")])
            pages["/b.xml"] = WebPageFetchTests.feed(base: base, items: [("1", "The pool reopens.")])
        }
        let store = try LibraryStore.open(path: path)
        _ = try store.addFeed(url: "\(base)/a.xml")
        _ = try store.addFeed(url: "\(base)/b.xml", fullText: false)
        let refresher = FeedRefresher(fetcher: try FeedCommandTests.helperFetcher(FetchLimits()), fullTextByDefault: true)
        _ = refresher.refresh(try store.feeds(), in: store)
        #expect(served.count("/story/1") == 1, "fetched for the feed without a setting only")
        let fetched = try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: 1, key: "1")))
        let kept = try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: 2, key: "1")))
        #expect(try store.article(fetched)?.plainText.contains("Paragraph 8 about pool") == true)
        #expect(try store.article(kept)?.plainText.contains("Paragraph 8 about pool") == false)
    }
}
