import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// The reader open on a feed item whose feed `reader feed remove` took away from another shell.
@Suite struct RemovedFeedSessionTests {
    @Test func savingAnArticleRemovedElsewhereSaysSoInsteadOfTheSQLError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("removed-feed-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let feed = try store.addFeed(url: "https://gone.example/feed.xml")
        let item = FeedItem(key: "g1", title: "EST date item", summary: .text("Soon gone."))
        _ = try store.storeFeed(feed.id, title: "Messy Blog", siteURL: nil, etag: nil, lastModified: nil,
                                articles: [FeedItemArticle.article(item, feedId: feed.id)])
        var reader = try LibraryReader(store: store, size: Size(width: 100, height: 30))
        reader.state.selectedIndex = try #require(reader.state.articles.firstIndex { $0.title == "EST date item" })
        reader.send(.openSelected)
        let state = reader.state
        #expect(state.statusMessage == nil)

        try store.removeFeed(feed.id)
        // Quitting saves the reading position of the open article, which is gone.
        reader.state.textAnchor = ScrollAnchor(block: 1, offset: 0)
        reader.send(.terminating)
        let message = try #require(reader.state.statusMessage)
        #expect(message == "Not saved: \u{201C}EST date item\u{201D} is no longer in the library (removed elsewhere)", "\(message)")
        #expect(!message.contains("FOREIGN KEY"))
        // Opening it again from the list read before says the same, not "no such file".
        let loaded = LibraryArticleSource(store: store).article(for: ArticleSummary(try #require(state.openArticle)))
        #expect(loaded.failure?.description == "EST date item: no longer in the library (removed elsewhere; R reads the list again)")
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
