import Foundation
import LoopbackHTTPServer
import Synchronization
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// `R` in the reader, below the terminal: a feed served from 127.0.0.1 is refreshed, an item
/// changes, and the refresh reports it and shows the open article's new text in place.
@Suite struct FeedRefreshSessionTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-session-\(UUID().uuidString).sqlite").path

    static let paragraphs = (1...12).map { number in
        "Paragraph \(number) of the harbour report: boats, nets and the tide on day \(number), "
            + "with what the harbour master said about the weather coming in from the west."
    }

    static func feed(_ items: [(guid: String, title: String, paragraphs: [String])]) -> String {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
        for item in items {
            let body = item.paragraphs.map { "&lt;p&gt;\($0)&lt;/p&gt;" }.joined()
            xml += "<item><guid>\(item.guid)</guid><title>\(item.title)</title><description>\(body)</description></item>"
        }
        return xml + "</channel></rss>"
    }

    /// The first row of the text pane, as drawn.
    static func topRow(_ state: ReaderState) -> String {
        let screen = ScreenLayout(state: state)
        let line = ScreenRenderer.render(state).lines()[screen.textPane.y + 1]
        return String(line.dropFirst(screen.textPane.x)).trimmingCharacters(in: .whitespaces)
    }

    @Test func refreshReportsUpdatesAndShowsTheOpenArticlesNewTextInPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let served = Mutex(Self.feed([("report", "Harbour report", Self.paragraphs), ("note", "Short note", ["Nothing new."])]))
        let server = try LoopbackHTTPServer { _ in
            .init(headers: ["Content-Type": "application/rss+xml; charset=utf-8"], text: served.withLock { $0 })
        }
        defer { server.stop() }
        let store = try LibraryStore.open(path: path)
        _ = try store.addFeed(url: "\(server.baseURL)/harbour.xml")
        let refresher = FeedRefresher(fetcher: try FeedCommandTests.helperFetcher(FetchLimits()))
        var reader = try LibraryReader(store: store, size: Size(width: 100, height: 30))
        reader.refreshed(refresher.refresh(try store.feeds(), in: store))
        #expect(reader.state.statusMessage == "Feeds refreshed: 2 new, 0 updated")
        reader.state.selectedIndex = try #require(reader.state.articles.firstIndex { $0.title == "Harbour report" })
        reader.send(.openSelected)
        for _ in 0..<20 { reader.send(.moveDown) }
        var state = reader.state
        let anchor = state.textAnchor
        let top = Self.topRow(state)
        #expect(anchor.block > 3 && !top.isEmpty, "\(anchor) \(top)")

        // Nothing changed: nothing updated, the article as it was.
        reader.refreshed(refresher.refresh(try store.feeds(), in: store))
        state = reader.state
        #expect(state.statusMessage == "Feeds refreshed: 0 new, 0 updated")
        #expect(state.textAnchor == anchor)

        var changed = Self.paragraphs
        changed.insert("Correction: the first boat came in on Tuesday, not Monday.", at: 0)
        served.withLock {
            $0 = Self.feed([("report", "Harbour report", changed), ("note", "Short note", ["Nothing new."]),
                            ("storm", "Storm warning", ["Gales tonight."])])
        }
        reader.refreshed(refresher.refresh(try store.feeds(), in: store))
        state = reader.state
        #expect(state.statusMessage == "Feeds refreshed: 1 new, 1 updated · this article was updated")
        #expect(state.openArticle?.plainText.contains("Correction: the first boat") == true)
        #expect(state.textAnchor == ScrollAnchor(block: anchor.block + 1, offset: anchor.offset))
        #expect(Self.topRow(state) == top, "the same words at the top of the text")
        #expect(state.articles.count == 3)
        #expect(state.articles[state.selectedIndex].title == "Harbour report", "the selection stays on the open article")
    }
}
