import Foundation
import Testing
@testable import Reader
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// `R` changes the text of the open feed item: the entity pane shows the new text's entities (not
/// the old ones, nor "Finding entities…" for ever), and the library keeps those, not the old ones.
@Suite struct RefreshEntitiesSessionTests {
    static func feed(_ text: String) -> String {
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>
        <item><guid>first</guid><title>First feed item</title><description>\(text)</description></item>
        </channel></rss>
        """
    }

    @Test func refreshingTheOpenItemShowsAndStoresTheNewTextsEntities() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-entities-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let feedFile = root.appendingPathComponent("feed.xml")
        try Self.feed("Angela Merkel spoke in Berlin on Monday about version one of the plan.")
            .write(to: feedFile, atomically: true, encoding: .utf8)
        let store = try LibraryStore.open(path: root.appendingPathComponent("library.sqlite").path)
        _ = try store.addFeed(url: feedFile.absoluteString)
        _ = FeedRefreshing.refresher().refresh(try store.feeds(), in: store)

        var reader = try LibraryReader(store: store, size: Size(width: 160, height: 45))
        reader.state.selectedIndex = try #require(reader.state.articles.firstIndex { $0.title == "First feed item" })
        let listed = reader.state
        reader.send(.openSelected)
        let openID = try #require(reader.state.openArticle?.id)
        let row = try #require(LibraryStore.rowID(of: openID))

        let side = try #require(ScreenLayout(state: reader.state).panes.first { $0.pane == .entities }?.rect)
        let entityPane = side.x..<side.maxX
        let newText = "Olaf Scholz spoke in Hamburg on Tuesday about version TWO of the plan."
        let terminal = FakeTerminal([
            .init(waitFor: "Angela Merkel", keys: [.character("R")], then: {
                try? Self.feed(newText).write(to: feedFile, atomically: true, encoding: .utf8)
            }, inColumns: entityPane),
            .init(waitFor: "this article was updated", keys: []),
            .init(waitFor: "Olaf Scholz", keys: [.character("q")], inColumns: entityPane),
        ])
        let status = ReaderSession(state: listed, terminal: terminal, services: reader.services, startup: [.action(.openSelected)]).run()
        #expect(status == 0)
        #expect(terminal.unfinished.isEmpty, "the screen never showed: \(terminal.unfinished)\n\(terminal.screen)")
        #expect(!terminal.screen.contains("Angela Merkel"), "the old text's entities are gone:\n\(terminal.screen)")
        #expect(!terminal.screen.contains("Finding entities"))
        let stored = try #require(try store.entities(row), "the new text's entities are stored")
        #expect(stored.contains { $0.text == "Olaf Scholz" })
        #expect(!stored.contains { $0.text == "Angela Merkel" })
        let text = try #require(try store.article(row)).plainText.unicodeScalars.map(Character.init)
        for span in stored {
            #expect(String(text[span.start..<span.end]) == span.text, "\(span) is placed on the new text")
        }
    }
}

/// Recognition of an article's old text is never delivered once the text has changed, and the
/// article can be recognised again.
@Suite struct EntityRecognitionServiceTests {
    @Test func afterTheTextChangesOnlyTheNewTextsEntitiesArrive() throws {
        let id = ArticleID("library:1")
        let old = Article(id: id, sourcePath: "feed/first", title: "First", byline: nil, dateline: nil,
                          paragraphs: ["Angela Merkel spoke in Berlin."])
        let new = Article(id: id, sourcePath: "feed/first", title: "First", byline: nil, dateline: nil,
                          paragraphs: ["Olaf Scholz spoke in Hamburg."])
        let service = EntityRecognitionService()
        service.request(old)
        service.textChanged(id)
        service.request(new)
        var delivered: [(Article, ArticleEntities)] = []
        for _ in 0..<6_000 where delivered.isEmpty {
            for case .recognised(let article, let entities) in service.collect() { delivered.append((article, entities)) }
            usleep(10_000)
        }
        try #require(delivered.count == 1, "one result, for the new text")
        #expect(delivered[0].0.plainText == new.plainText)
        #expect(delivered[0].1.spans.contains { $0.text == "Olaf Scholz" })
    }
}
