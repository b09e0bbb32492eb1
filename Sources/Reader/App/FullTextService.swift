import Foundation
import Synchronization
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Fetches the full article of a feed item (or a web article's page again) on a thread of its
/// own, stores it, and hands the stored article back to the main loop, which polls for it.
final class FullTextService: Sendable {
    private let finished = Mutex<[ReaderEvent]>([])
    private let running = Atomic<Int>(0)
    private let fetcher: @Sendable () -> FeedFetcher

    init(fetcher: @escaping @Sendable () -> FeedFetcher = { FeedRefreshing.fetcher() }) {
        self.fetcher = fetcher
    }

    var isRunning: Bool { running.load(ordering: .relaxed) > 0 }

    func start(_ id: ArticleID, store: LibraryStore) {
        running.add(1, ordering: .relaxed)
        let fetcher = self.fetcher
        let thread = Thread { [self] in
            let event = Self.fetch(id, store: store, pages: WebPageFetcher(fetcher: fetcher()))
            finished.withLock { $0.append(event) }
            running.subtract(1, ordering: .relaxed)
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// The answers finished since the last poll.
    func collect() -> [ReaderEvent] {
        finished.withLock { events in
            defer { events = [] }
            return events
        }
    }

    static func fetch(_ id: ArticleID, store: LibraryStore, pages: WebPageFetcher) -> ReaderEvent {
        do {
            guard let row = LibraryStore.rowID(of: id), let stored = try store.article(row) else {
                return .fullTextNotFetched(id, reason: "the article is not in the library yet")
            }
            if FeedItemArticle.key(inSourcePath: stored.sourcePath) == nil {
                // A web article: its page again, stored as `reader add` would.
                switch pages.article(at: stored.sourcePath) {
                case .failure(let error): return .fullTextNotFetched(id, reason: error.reason)
                case .success(let page):
                    _ = try store.storeWebArticle(page.article)
                    return .fullTextFetched(try store.article(row) ?? page.article)
                }
            }
            guard let link = try store.itemLink(row) else { return .fullTextNotFetched(id, reason: "the feed item has no link") }
            let page: WebArticle
            switch pages.article(at: link, sourcePath: stored.sourcePath) {
            case .failure(let error): return .fullTextNotFetched(id, reason: error.reason)
            case .success(let found): page = found
            }
            if let reason = FullTextArticle.reasonNotUsed(stored, page: page) { return .fullTextNotFetched(id, reason: reason) }
            let merged = FullTextArticle.merge(stored, page: .success(page))
            try store.storeFullText(merged, row: row)
            return .fullTextFetched(try store.article(row) ?? merged)
        } catch {
            return .fullTextNotFetched(id, reason: "\(error)")
        }
    }
}
