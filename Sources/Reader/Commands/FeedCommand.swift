import ArgumentParser
import Foundation
import ReaderKit

/// `reader feed add|list|remove|import|export`: the feeds the library follows.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Follow RSS and Atom feeds (then 'reader refresh' fetches them).",
        subcommands: [Add.self, List.self, Remove.self, Import.self, Export.self, FeedParseCommand.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Follow a feed by its URL or a local file.")
        @Argument(help: "An http or https URL, a file: URL or a path to a feed file.") var source: String
        @OptionGroup var library: LibraryOptions

        func run() throws {
            let url = try FeedAddress.normalised(source)
            let store = try library.open()
            let feed = try store.addFeed(url: url)
            print("feed \(feed.id): \(TextSanitizer.sanitize(feed.url, keepNewlines: false)) (reader refresh fetches it)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the feeds followed.")
        @OptionGroup var library: LibraryOptions

        func run() throws {
            let store = try library.open()
            for feed in try store.feeds() {
                var line = "\(feed.id)\t\(TextSanitizer.sanitize(feed.name, keepNewlines: false))\t\(feed.itemCount) items"
                line += "\t\(TextSanitizer.sanitize(feed.url, keepNewlines: false))"
                if feed.recovered { line += "\trecovered" }
                if let error = feed.lastError { line += "\terror: \(TextSanitizer.sanitize(error, keepNewlines: false))" }
                print(line)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop following a feed and remove its items.")
        @Argument(help: "The feed's number, URL or name.") var feed: String
        @OptionGroup var library: LibraryOptions

        func run() throws {
            let store = try library.open()
            guard let found = try store.feed(matching: feed) else {
                Diagnostics.error("no feed \(feed) (reader feed list shows them)")
                throw ExitCode(ExitStatus.noInput)
            }
            try store.removeFeed(found.id)
            print("removed \(TextSanitizer.sanitize(found.name, keepNewlines: false)) and its \(found.itemCount) items")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Follow the feeds of an OPML file.")
        @Argument(help: "An OPML file.") var file: String
        @OptionGroup var library: LibraryOptions

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Diagnostics.error(ArticleLoadError.missing(path: file).description)
                throw ExitCode(ExitStatus.noInput)
            }
            let subscriptions: [OPML.Subscription]
            switch OPML.parse([UInt8](data), name: file) {
            case .success(let found): subscriptions = found
            case .failure(let error):
                Diagnostics.error(error.description)
                throw ExitCode(ExitStatus.noInput)
            }
            let store = try library.open()
            var followed = Set(try store.feeds().map(\.url))
            var added = 0
            var alreadyFollowed = 0
            for subscription in subscriptions {
                guard let url = try? FeedAddress.normalised(subscription.url) else {
                    Diagnostics.error("skipped \(subscription.url): not an http, https or file feed")
                    continue
                }
                guard followed.insert(url).inserted else {
                    alreadyFollowed += 1
                    continue
                }
                _ = try store.addFeed(url: url, title: subscription.title)
                added += 1
            }
            print("\(added) feed\(added == 1 ? "" : "s") imported, \(alreadyFollowed) already followed")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the feeds followed to an OPML file.")
        @Argument(help: "The OPML file to write.") var file: String
        @OptionGroup var library: LibraryOptions

        func run() throws {
            let store = try library.open()
            let feeds = try store.feeds()
            let document = OPML.document(feeds.map { OPML.Subscription(url: $0.url, title: $0.title) })
            do {
                try document.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                Diagnostics.error("cannot write \(file): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            print("\(feeds.count) feeds exported to \(file)")
        }
    }
}

/// What `reader feed add` accepts: web and file URLs, and paths (made file URLs).
enum FeedAddress {
    static func normalised(_ source: String) throws -> String {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        switch LinkPolicy.scheme(of: trimmed) {
        case "http", "https", "file":
            guard URL(string: trimmed) != nil else { throw ValidationError("\(trimmed) is not a valid URL") }
            return trimmed
        case nil:
            guard FileManager.default.fileExists(atPath: trimmed) else {
                throw ValidationError("\(trimmed): no such file, and not an http or https URL")
            }
            return URL(fileURLWithPath: trimmed).standardizedFileURL.absoluteString
        case let scheme?:
            throw ValidationError("\(scheme): feeds are not supported; use http, https or a file")
        }
    }
}

/// `reader refresh [FEED]`: fetches the feeds followed and stores new and changed items.
struct RefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh", abstract: "Fetch the feeds followed (or one of them) and store new items.")

    @Argument(help: "A feed's number, URL or name; all feeds when omitted.") var feed: String?
    @Option(help: "How many feeds are fetched at once.") var concurrency = 8
    @Option(help: "Seconds before a fetch gives up.") var timeout: Double = 10
    @OptionGroup var library: LibraryOptions

    func run() throws {
        let store = try library.open()
        var feeds = try store.feeds()
        if let feed {
            guard let found = try store.feed(matching: feed) else {
                Diagnostics.error("no feed \(feed) (reader feed list shows them)")
                throw ExitCode(ExitStatus.noInput)
            }
            feeds = [found]
        }
        guard !feeds.isEmpty else {
            Diagnostics.error("no feeds yet: reader feed add URL")
            return
        }
        let bar = ProgressBar(label: "Refreshing")
        let results = FeedRefreshing.refresher(timeout: timeout, concurrency: concurrency).refresh(feeds, in: store) { done, total, _ in
            bar.update(done: done, total: total)
        }
        for result in results {
            if case .failure = result.outcome {
                Diagnostics.error(result.summary)
            } else {
                print(result.summary)
            }
        }
        let report = FeedRefreshReport(results)
        print("Refreshed \(report.feeds) feed\(report.feeds == 1 ? "" : "s"): \(report.counts)"
              + (report.failed > 0 ? ", \(report.failed) failed" : ""))
        if report.failed > 0 { throw ExitCode(1) }
    }
}

/// The refresher the app uses: URLSession for the web, the disk for file URLs.
enum FeedRefreshing {
    static func refresher(timeout: Double = 10, concurrency: Int = 8) -> FeedRefresher {
        var limits = FetchLimits()
        limits.timeout = max(1, timeout)
        let web = HelperFeedFetcher(userAgent: "Reader/\(ReaderVersion.current) (terminal article reader)", limits: limits)
        return FeedRefresher(fetcher: StandardFeedFetcher(web: web, limits: limits), concurrency: concurrency)
    }
}
