import Foundation
import Synchronization
import ReaderText
import ReaderDocument

/// How one feed's refresh went.
public struct FeedRefreshResult: Sendable {
    public var feed: StoredFeed
    public var outcome: Result<FeedUpdate?, FeedError>

    /// One line for the user: "Name: 3 new, 1 updated" or the error.
    public var summary: String {
        let name = TextSanitizer.sanitize(feed.name, keepNewlines: false)
        switch outcome {
        case .success(nil): return "\(name): not modified"
        case .success(let update?):
            let duplicates = update.duplicates > 0 ? ", \(update.duplicates) left out (the guid or id of an earlier item)" : ""
            return "\(name): \(update.added) new, \(update.updated) updated, \(update.unchanged) unchanged" + duplicates
        case .failure(let error): return "\(name): \(error.reason)"
        }
    }
}

/// Refreshes feeds: fetches several at once (up to `concurrency`), parses each whole, and only then
/// stores it in one transaction. A failing feed reports its error; the others go on.
public struct FeedRefresher: Sendable {
    public var fetcher: FeedFetcher
    public var concurrency: Int
    /// Whether a feed with no full-text setting of its own fetches its items' pages (the config).
    public var fullTextByDefault: Bool
    /// Pages fetched at once for one feed's items.
    public var pageConcurrency = 4

    public init(fetcher: FeedFetcher, concurrency: Int = 8, fullTextByDefault: Bool = false) {
        self.fetcher = fetcher
        self.concurrency = max(1, concurrency)
        self.fullTextByDefault = fullTextByDefault
    }

    public func refresh(
        _ feeds: [StoredFeed], in store: LibraryStore,
        progress: (@Sendable (_ done: Int, _ total: Int, _ result: FeedRefreshResult) -> Void)? = nil
    ) -> [FeedRefreshResult] {
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let results = Mutex<[Int: FeedRefreshResult]>([:])
        let group = DispatchGroup()
        for _ in 0..<min(concurrency, feeds.count) {
            group.enter()
            let worker = Thread { [self] in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < feeds.count else { break }
                    let result = refresh(feeds[index], store: store)
                    results.withLock { $0[index] = result }
                    let count = done.add(1, ordering: .relaxed).newValue
                    progress?(count, feeds.count, result)
                }
                group.leave()
            }
            worker.stackSize = 4 << 20
            worker.start()
        }
        group.wait()
        return results.withLock { all in feeds.indices.compactMap { all[$0] } }
    }

    /// A fetched document read as the feed at `url` (its address resolves relative links).
    public static func parse(_ document: FetchedDocument, url: String) -> Result<Feed, FeedError> {
        FeedParser.parse(document.bytes, httpCharset: document.charset, base: url, name: url)
    }

    func refresh(_ feed: StoredFeed, store: LibraryStore) -> FeedRefreshResult {
        let request = FeedRequest(url: feed.url, etag: feed.etag, lastModified: feed.lastModified)
        let outcome: Result<FeedUpdate?, FeedError>
        switch fetcher.fetch(request) {
        case .failure(let error):
            outcome = .failure(error)
        case .success(.notModified):
            try? store.recordFeedUnchanged(feed.id)
            // Full text turned on since the last change: the items' pages are due all the same.
            if feed.fullText ?? fullTextByDefault { fetchMissingPages(feed, store: store) }
            return FeedRefreshResult(feed: feed, outcome: .success(nil))
        case .success(.fetched(let document)):
            switch Self.parse(document, url: feed.url) {
            case .failure(let error):
                outcome = .failure(error)
            case .success(let parsed):
                let articles = parsed.items.map { FeedItemArticle.article($0, feedId: feed.id) }
                let links = Dictionary(parsed.items.compactMap { item in
                    item.link.map { (FeedItemArticle.sourcePath(feedId: feed.id, key: item.key), $0) }
                }, uniquingKeysWith: { first, _ in first })
                do {
                    var fullText: [String: Article] = [:]
                    let wantsFullText = feed.fullText ?? fullTextByDefault
                    if wantsFullText {
                        fullText = pages(for: parsed.items, articles: articles, known: try store.feedItemStates(feed.id))
                    }
                    let update = try store.storeFeed(
                        feed.id, title: parsed.title, siteURL: parsed.siteURL, etag: document.etag,
                        lastModified: document.lastModified, articles: articles, itemLinks: links,
                        recovered: parsed.recovered, fullText: fullText)
                    // Items stored before full text was on that have left the feed since.
                    if wantsFullText { fetchMissingPages(feed, store: store) }
                    var stored = feed
                    stored.title = parsed.title ?? feed.title
                    return FeedRefreshResult(feed: stored, outcome: .success(update))
                } catch {
                    outcome = .failure(FeedError(feed: feed.url, reason: "\(error)"))
                }
            }
        }
        if case .failure(let error) = outcome { try? store.recordFeedError(feed.id, error.reason) }
        return FeedRefreshResult(feed: feed, outcome: outcome)
    }

    /// Fetches and stores the pages of the feed's stored items that never had theirs fetched,
    /// from their stored links (the feed's text with a note when a page fails, as a refresh does).
    func fetchMissingPages(_ feed: StoredFeed, store: LibraryStore) {
        guard let items = try? store.itemsWithoutFullText(feed.id), !items.isEmpty else { return }
        let web = WebPageFetcher(fetcher: fetcher)
        let next = Atomic<Int>(0)
        let group = DispatchGroup()
        for _ in 0..<min(pageConcurrency, items.count) {
            group.enter()
            let worker = Thread {
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < items.count else { break }
                    let (row, link) = items[index]
                    guard WebPage.isWebAddress(link), let stored = try? store.article(row) else { continue }
                    let merged = FullTextArticle.merge(stored, page: web.article(at: link, sourcePath: stored.sourcePath))
                    try? store.storeFullText(merged, row: row)
                }
                group.leave()
            }
            worker.stackSize = 4 << 20
            worker.start()
        }
        group.wait()
    }

    /// The full-text articles of the items whose page has not been fetched yet (new or changed
    /// items, or items stored before full text was on), fetched `pageConcurrency` at a time; by
    /// source path. An unchanged item whose page was fetched once is never fetched again.
    func pages(for items: [FeedItem], articles: [Article], known: [String: FeedItemState]) -> [String: Article] {
        var chosen: [(link: String, article: Article)] = []
        var seen: Set<String> = []
        for (item, article) in zip(items, articles) {
            guard let link = item.link, WebPage.isWebAddress(link), seen.insert(article.sourcePath).inserted else { continue }
            if let state = known[article.sourcePath], state.fullTextTried, state.hash == FeedItemArticle.hash(article) { continue }
            chosen.append((link, article))
        }
        let wanted = chosen
        guard !wanted.isEmpty else { return [:] }
        let web = WebPageFetcher(fetcher: fetcher)
        let next = Atomic<Int>(0)
        let results = Mutex<[String: Article]>([:])
        let group = DispatchGroup()
        for _ in 0..<min(pageConcurrency, wanted.count) {
            group.enter()
            let worker = Thread {
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < wanted.count else { break }
                    let (link, article) = wanted[index]
                    let merged = FullTextArticle.merge(article, page: web.article(at: link, sourcePath: article.sourcePath))
                    results.withLock { $0[article.sourcePath] = merged }
                }
                group.leave()
            }
            worker.stackSize = 4 << 20
            worker.start()
        }
        group.wait()
        return results.withLock { $0 }
    }
}
