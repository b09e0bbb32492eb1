import Foundation
import Synchronization
import LoopbackHTTPServer
import ReaderDocument
import ReaderLibrary

/// Issue 15's target: a full-text refresh of a 50-item feed served from 127.0.0.1 in ≤ 3 s, each
/// item's link a page fetched through reader-fetch and extracted (real pages from `pages`, a
/// folder of `<name>/source.html` such as Readability's test pages, else generated ones).
enum FullTextBench {
    @MainActor static func run(temp: URL, pages folder: String?) {
        let items = 50
        let pages = Self.pages(folder: folder, count: items)
        let feed = Array(rss(items: pages.count).utf8)
        let requests = Atomic<Int>(0)
        guard let server = try? LoopbackHTTPServer(handler: { request in
            if request.path == "/feed.xml" { return .init(headers: ["Content-Type": "application/rss+xml"], body: feed) }
            requests.add(1, ordering: .relaxed)
            let index = Int(request.path.dropFirst("/page/".count)) ?? -1
            guard pages.indices.contains(index) else { return .init(status: 404) }
            return .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: pages[index])
        }) else {
            print("cannot start the loopback server; full-text benchmark skipped")
            return
        }
        defer { server.stop() }
        let served = pages.reduce(0) { $0 + $1.count }
        print("full text: \(pages.count) items, \(served / 1024) KB of pages from \(folder ?? "generated pages")")
        let path = temp.appendingPathComponent("full-text.sqlite").path
        guard let store = try? LibraryStore.open(path: path) else { fatalError("cannot open \(path)") }
        _ = try? store.addFeed(url: "\(server.baseURL)/feed.xml", fullText: true)
        let refresher = FeedRefresher(fetcher: StandardFeedFetcher(web: HelperFeedFetcher(userAgent: "Reader-bench")), concurrency: 8)
        guard let stored = try? store.feeds() else { fatalError("no feeds") }
        var start = now()
        let first = refresher.refresh(stored, in: store)
        record("full-text refresh, \(pages.count) new items", milliseconds(now() - start))
        let fetchedFirst = requests.load(ordering: .relaxed)
        start = now()
        let second = refresher.refresh(stored, in: store)
        record("full-text refresh, unchanged", milliseconds(now() - start))
        print("  pages fetched: \(fetchedFirst) on the first refresh, \(requests.load(ordering: .relaxed) - fetchedFirst) on the second")
        for result in first + second { print("  \(result.summary)") }
        let notes = ((try? store.entries()) ?? []).compactMap { entry in (try? store.article(entry.id))?.note }
        print("  items shown with the feed's text: \(notes.count)\(notes.first.map { " (first: \($0))" } ?? "")")
    }

    /// Up to `count` pages, the folder's in name order.
    static func pages(folder: String?, count: Int) -> [[UInt8]] {
        if let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            let pages = names.sorted().prefix(count).compactMap { name in
                FileManager.default.contents(atPath: "\(folder)/\(name)/source.html").map { [UInt8]($0) }
            }
            if !pages.isEmpty { return pages }
        }
        return (0..<count).map { _ in FormatsBench.htmlPage(bytes: 60_000) }
    }

    static func rss(items: Int) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Full text</title>"
        for item in 0..<items {
            xml += "<item><title>Item \(item)</title><link>/page/\(item)</link><guid>item-\(item)</guid>"
                + "<description>A one-line summary of item \(item).</description></item>"
        }
        return xml + "</channel></rss>"
    }
}
