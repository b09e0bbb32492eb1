import Foundation
import LoopbackHTTPServer
import Synchronization
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderEntities
@testable import ReaderLibrary

/// A newcomer's defects in web articles, each served from 127.0.0.1: a refresh that fails keeps
/// the stored copy, Markdown over HTTP, entities at add time, full text on a 304, fragments,
/// error messages and empty pages.
@Suite struct WebPageDefectTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-web-defects")

    /// Responses by path, changeable while the server runs; anything else is a 404.
    final class Routes: Sendable {
        let responses: Mutex<[String: LoopbackHTTPServer.Response]>
        let requests = Mutex<[LoopbackHTTPServer.Request]>([])
        let port = Atomic<Int>(0)

        init(_ responses: [String: LoopbackHTTPServer.Response] = [:]) {
            self.responses = Mutex(responses)
        }

        func count(_ path: String) -> Int { requests.withLock { $0.filter { $0.path == path }.count } }

        func server() throws -> LoopbackHTTPServer {
            try LoopbackHTTPServer { [self] request in
                requests.withLock { $0.append(request) }
                return responses.withLock { $0[request.path] } ?? .init(status: 404, text: "not here")
            }
        }
    }

    static func html(_ text: String) -> LoopbackHTTPServer.Response {
        .init(headers: ["Content-Type": "text/html; charset=utf-8"], text: text)
    }

    static let storyPage = html(WebPageFetchTests.articlePage(
        "Merkel visits Paris",
        paragraphs: WebPageFetchTests.paragraphs("bridge") + ["Angela Merkel met Emmanuel Macron in Paris on Monday, and Merkel praised the bridge."]))

    var fetcher: FeedFetcher { get throws { try FeedCommandTests.helperFetcher(FetchLimits()) } }

    func adding(_ store: LibraryStore, entities: Bool = false) throws -> WebArticleAdding {
        WebArticleAdding(store: store, recognizesEntities: entities, fetcher: try fetcher)
    }

    func temporaryStore() throws -> (LibraryStore, String) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(UUID().uuidString).sqlite").path
        return (try LibraryStore.open(path: path), path)
    }

    @Test func aPageThatCannotBeFetchedAgainOpensAsTheStoredCopy() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let routes = Routes(["/story": Self.storyPage])
        let server = try routes.server()
        defer { server.stop() }
        let (store, _) = try temporaryStore()
        let url = "\(server.baseURL)/story"
        let first = try adding(store).add([url])
        let row = try #require(try? first[0].result.get().row)
        let stored = try #require(try store.article(row))

        routes.responses.withLock { $0["/story"] = nil }
        let again = try adding(store).add([url])
        let opened = try OpenCommand.articlesToOpen(again, in: store)
        #expect(opened.first == row)
        let message = try #require(opened.messages.first)
        #expect(message.hasPrefix("Could not refresh: HTTP 404 Not Found; this is the copy from "), "\(message)")
        #expect(try store.article(row) == stored, "the stored copy is kept")

        let never = try adding(store).add(["\(server.baseURL)/never"])
        let none = try OpenCommand.articlesToOpen(never, in: store)
        #expect(none.first == nil && none.messages == ["\(server.baseURL)/never: HTTP 404 Not Found"])
    }

    @Test func markdownOverHTTPTakesTheMarkdownPath() throws {
        let markdown = "---\ntitle: Notes on bridges\nauthor: Ana Sandoiu\n---\n\n## Spans\n\nThe longest span is [here](https://example.com/span).\n"
        let routes = Routes([
            "/notes": .init(headers: ["Content-Type": "text/markdown; charset=utf-8"], text: markdown),
            "/x-notes": .init(headers: ["Content-Type": "text/x-markdown"], text: markdown),
            "/notes.md": .init(headers: ["Content-Type": "text/plain"], text: markdown),
            "/notes.txt": .init(headers: ["Content-Type": "text/plain"], text: markdown),
        ])
        let server = try routes.server()
        defer { server.stop() }
        let pages = WebPageFetcher(fetcher: try fetcher)
        for path in ["/notes", "/x-notes", "/notes.md"] {
            let article = try pages.article(at: server.baseURL + path).get().article
            #expect(article.title == "Notes on bridges", "\(path)")
            #expect(article.byline == "Ana Sandoiu", "\(path)")
            #expect(article.links.map(\.url) == ["https://example.com/span"], "\(path)")
            #expect(article.body.contains { if case .heading = $0.kind { $0.text == "Spans" } else { false } }, "\(path)")
            #expect(!article.plainText.contains("## Spans"), "\(path)")
        }
        let plain = try pages.article(at: server.baseURL + "/notes.txt").get().article
        #expect(plain.plainText.contains("## Spans"), "a .txt page stays plain text")
    }

    @Test func addFindsEntitiesUnlessToldNotTo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let routes = Routes(["/story": Self.storyPage, "/other": Self.storyPage])
        let server = try routes.server()
        defer { server.stop() }
        let (store, path) = try temporaryStore()
        let recognizer = try EntityResources.recognizer()
        let page = try WebPageFetcher(fetcher: try fetcher).article(at: "\(server.baseURL)/story").get().article
        let groups = EntityGroups.group(page.withoutMarkup(recognizer.recognize(page.plainText)))
        let name = try #require(groups.first { $0.label == .person }?.name)

        let added = try adding(store, entities: true).add(["\(server.baseURL)/story"])
        let row = try #require(try? added[0].result.get().row)
        #expect(try store.articles(mentioning: name, label: .person) == [row], "found at add time, without opening it")
        #expect(try store.rowsNeedingEntities([row]).isEmpty)

        let result = try reader("add", "--no-entities", "\(server.baseURL)/other", "--library", path)
        #expect(result.status == 0, "\(result.error)")
        let other = try #require(store.rowID(sourcePath: "\(server.baseURL)/other"))
        #expect(try store.rowsNeedingEntities([other]) == [other], "left for first open")

        let table = try reader("entities", "\(server.baseURL)/story")
        #expect(table.status == 0 && table.output.contains(name), "reader entities URL: \(table.error)")
    }

    @Test func turningFullTextOnFetchesPagesEvenWhenTheFeedIsNotModified() throws {
        let (store, _) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let routes = Routes()
        let server = try LoopbackHTTPServer { request in
            routes.requests.withLock { $0.append(request) }
            if request.path == "/feed.xml" {
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                return .init(headers: ["Content-Type": "application/rss+xml", "ETag": "\"v1\""],
                             text: WebPageFetchTests.feed(base: "http://127.0.0.1:\(routes.port.load(ordering: .relaxed))", items: [("1", "Short."), ("2", "Gone.")]))
            }
            if request.path == "/story/1" { return Self.storyPage }
            return .init(status: 404, text: "not here")
        }
        defer { server.stop() }
        routes.port.store(Int(server.port), ordering: .relaxed)
        let feed = try store.addFeed(url: "\(server.baseURL)/feed.xml")
        let refresher = FeedRefresher(fetcher: try fetcher)
        _ = refresher.refresh(try store.feeds(), in: store)
        #expect(routes.count("/story/1") == 0, "full text is off")

        try store.setFeedFullText(feed.id, true)
        let results = refresher.refresh(try store.feeds(), in: store)
        #expect(results.first?.summary.hasSuffix("not modified") == true, "\(results.first?.summary ?? "")")
        #expect(routes.count("/story/1") == 1)
        let row = try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: feed.id, key: "1")))
        #expect(try store.article(row)?.plainText.contains("Merkel praised the bridge") == true)
        let gone = try #require(store.rowID(sourcePath: FeedItemArticle.sourcePath(feedId: feed.id, key: "2")))
        #expect(try store.article(gone)?.note == "Full text not fetched (HTTP 404 Not Found): this is the feed's text")

        _ = refresher.refresh(try store.feeds(), in: store)
        #expect(routes.count("/story/1") == 1 && routes.count("/story/2") == 1, "each page fetched once")
    }

    @Test func aFragmentNamesTheSameArticle() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let routes = Routes(["/story": Self.storyPage, "/story?page=2": Self.html(WebPageFetchTests.articlePage("Page two", paragraphs: WebPageFetchTests.paragraphs("two")))])
        let server = try routes.server()
        defer { server.stop() }
        let (store, _) = try temporaryStore()
        let url = "\(server.baseURL)/story"
        let added = try adding(store).add([url + "#comments"])
        let first = try #require(try? added[0].result.get())
        #expect(first.change == .added && first.article.sourcePath == url)
        let again = try #require(try? adding(store).add([url + "#top", url]).map { try $0.result.get() })
        #expect(again.map(\.change) == [.unchanged, .unchanged] && again.allSatisfy { $0.row == first.row })
        let query = try #require(try? adding(store).add([url + "?page=2"])[0].result.get())
        #expect(query.change == .added && query.row != first.row, "a query string is another page")
    }

    @Test func errorMessagesSayWhatHappened() throws {
        let routes = Routes([
            "/photo": .init(headers: ["Content-Type": "text/html"], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            "/to-file": .init(status: 302, headers: ["Location": "file:///etc/passwd"]),
            "/to-ftp": .init(status: 302, headers: ["Location": "ftp://example.com/x"]),
            "/story": Self.storyPage,
            "/empty": Self.html(""),
            "/empty-body": Self.html("<!doctype html><html><head><title>Nothing</title></head><body></body></html>"),
        ])
        let server = try routes.server()
        defer { server.stop() }
        let pages = WebPageFetcher(fetcher: try fetcher)
        func reason(_ url: String) -> String? {
            if case .failure(let error) = pages.article(at: url) { return error.reason }
            return nil
        }
        #expect(reason(server.baseURL + "/photo") == "an image (image/png), not a web page")
        #expect(reason(server.baseURL + "/to-ftp") == "redirected to a non-web address")
        #expect(reason(server.baseURL + "/to-file") == "redirected to a non-web address")
        let capitals = "HTTP://" + server.baseURL.dropFirst("http://".count) + "/story"
        #expect(reason(capitals) == nil, "schemes are case-insensitive")

        var result = try reader("show", "--plain", "ftp://example.com/x")
        #expect(result.status == ExitStatus.usage && result.error.contains("ftp://example.com/x: not an http or https address"), "\(result.error)")
        result = try reader("show", "--plain", "http://")
        #expect(result.status == ExitStatus.usage && result.error.contains("http://: not a valid address"), "\(result.error)")
        result = try reader("show", "--plain", "--width", "60", capitals)
        #expect(result.status == 0 && result.output.contains("Merkel praised the bridge"), "\(result.error)")

        #expect(reason(server.baseURL + "/empty") == "the page has no text")
        let empty = try pages.article(at: server.baseURL + "/empty-body").get().article
        #expect(empty.note == Article.noTextMessage, "\(empty.note ?? "no note")")
    }
}
