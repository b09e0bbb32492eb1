import Foundation
import LoopbackHTTPServer
import ReaderDocument
import ReaderLibrary

/// Issue 6 targets: parsing a 1 MB HTML page (≤ 50 ms) and refreshing 100 feeds of 50 items served
/// from 127.0.0.1 (≤ 2 s).
enum FormatsBench {
    @MainActor static func run(temp: URL) {
        runHTML(runs: 9)
        MarkdownBench.run(runs: 9)
        runFeeds(temp: temp)
    }

    /// Parsing a generated 1 MB page: the median of `runs`, then its parts.
    @MainActor static func runHTML(runs: Int, file: String? = nil) {
        let page: [UInt8]
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { fatalError("cannot read \(file)") }
            page = [UInt8](data)
            print("\(file): \(page.count) bytes")
        } else {
            page = htmlPage(bytes: 1_000_000)
        }
        var parsed: Article?
        let parse = measure(runs: runs) {
            guard case .success(let article) = HTMLPage.article(bytes: page, id: ArticleID("bench"), sourcePath: "bench.html", base: nil) else {
                fatalError("the page did not parse")
            }
            parsed = article
        }
        record("parse \(file == nil ? "1 MB HTML page" : "the page") (\(parsed?.paragraphs.count ?? 0) blocks)", parse)
        record("  of which libxml2 and the tree", measure(runs: runs) { _ = HTMLParser.parse(page) })
        record("  libxml2 alone, callbacks doing nothing", measure(runs: runs) { LibXML2Floor.parse(page) })
        record("  of which charset check", measure(runs: runs) { _ = try? DocumentCharset.prepare(page, markup: .html) })
        if let tree = HTMLParser.parse(page), ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
            record("  extraction (tree → article)", measure(runs: runs) {
                _ = HTMLArticleExtractor.article(from: tree, id: ArticleID("bench"), sourcePath: "bench.html", base: nil)
            })
            record("  metadata", measure(runs: runs) { _ = PageMetadata.read(from: tree) })
            record("  furniture marks", measure(runs: runs) { _ = HTMLFurniture.marks(in: tree) })
            let furniture = HTMLFurniture.marks(in: tree)
            record("  convert", measure(runs: runs) { _ = HTMLBodyConverter.convert(tree, base: nil, furniture: furniture) })
            let converted = HTMLBodyConverter.convert(tree, base: nil)
            record("  article init", measure(runs: runs) { _ = Article(id: ArticleID("x"), sourcePath: "x", title: "t", byline: nil, dateline: nil, body: converted.body, links: converted.links) })
            record("  whole parse again, after the parts", measure(runs: runs) {
                _ = HTMLPage.article(bytes: page, id: ArticleID("bench"), sourcePath: "bench.html", base: nil)
            })
        }
    }

    @MainActor static func runFeeds(temp: URL) {
        let feeds = 100, items = 50
        let documents = (0..<feeds).map { Array(rss(feed: $0, items: items).utf8) }
        guard let server = try? LoopbackHTTPServer(handler: { request in
            let index = Int(request.path.dropFirst("/feed/".count).prefix { $0.isNumber }) ?? -1
            guard documents.indices.contains(index) else { return .init(status: 404) }
            return .init(headers: ["Content-Type": "application/rss+xml; charset=utf-8"], body: documents[index])
        }) else {
            print("cannot start the loopback server; feed benchmark skipped")
            return
        }
        defer { server.stop() }
        let path = temp.appendingPathComponent("feeds.sqlite").path
        guard let store = try? LibraryStore.open(path: path) else { fatalError("cannot open \(path)") }
        for index in 0..<feeds { _ = try? store.addFeed(url: "\(server.baseURL)/feed/\(index).xml") }
        let fetcher = StandardFeedFetcher(web: HelperFeedFetcher(userAgent: "Reader-bench"))
        let refresher = FeedRefresher(fetcher: fetcher, concurrency: 8)
        guard let stored = try? store.feeds() else { fatalError("no feeds") }
        var start = now()
        let first = refresher.refresh(stored, in: store)
        record("refresh 100 feeds × 50 items, all new", milliseconds(now() - start))
        start = now()
        let second = refresher.refresh(stored, in: store)
        record("refresh 100 feeds × 50 items, unchanged", milliseconds(now() - start))
        let failures = (first + second).filter { if case .failure = $0.outcome { return true } else { return false } }
        if !failures.isEmpty { print("  \(failures.count) feed refreshes failed: \(failures[0].summary)") }
        print("  articles stored: \(store.articleCount)")
    }

    /// A page of about `bytes` bytes: head, navigation, and an article of paragraphs with links and emphasis.
    static func htmlPage(bytes: Int) -> [UInt8] {
        var html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>A long page | Bench Site</title>
            <meta name="author" content="Bench Mark"><meta property="article:published_time" content="2024-01-02T10:00:00Z">
            <style>p { margin: 0 }</style><script>var x = 1;</script></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>A long page</h1>
            """
        var index = 0
        while html.utf8.count < bytes - 200 {
            if index % 20 == 0 { html += "<h2>Section \(index / 20)</h2>" }
            html += "<p>Paragraph \(index): the <em>harbour</em> council met on <strong>Tuesday</strong> to discuss "
            html += "<a href=\"/story/\(index)\">the ferry timetable</a> &amp; the lighthouse repairs, which cost "
            html += "&euro;1.2 million. Residents asked questions for two hours before the vote was taken.</p>\n"
            if index % 50 == 0 { html += "<ul><li>One point</li><li>Another point</li></ul><blockquote><p>A quote.</p></blockquote>" }
            index += 1
        }
        html += "</article></main><footer>Footer</footer></body></html>"
        return Array(html.utf8)
    }

    static func rss(feed: Int, items: Int) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed \(feed)</title><link>https://feed\(feed).example/</link>"
        for item in 0..<items {
            xml += """
                <item><title>Feed \(feed) item \(item)</title><link>https://feed\(feed).example/\(item)</link>
                <guid>feed-\(feed)-item-\(item)</guid><pubDate>Tue, 05 Mar 2024 09:\(String(format: "%02d", item % 60)):00 GMT</pubDate>
                <content:encoded><![CDATA[<p>Item \(item) of feed \(feed): the <em>harbour</em> council met again.</p>
                <p>Second paragraph with <a href="/more/\(item)">a link</a> and more words to read.</p>]]></content:encoded></item>
                """
        }
        return xml + "</channel></rss>"
    }
}
