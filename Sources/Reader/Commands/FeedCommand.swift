import ArgumentParser
import Foundation
import ReaderText
import ReaderDocument
import ReaderLibrary

/// `reader feed add|list|remove|import|export`: the feeds the library follows.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Follow RSS and Atom feeds (then 'reader refresh' fetches them).",
        subcommands: [Add.self, SetSetting.self, List.self, Remove.self, Import.self, Export.self, FeedParseCommand.self])

    struct Add: ParsableCommand, HasGlobalOptions {
        static let configuration = CommandConfiguration(abstract: "Follow a feed by its URL or a local file.")
        @Argument(help: "An http or https URL, a file: URL or a path to a feed file.") var source: String
        @Flag(inversion: .prefixedNo, help: "Show each item with the full article its link points to (default: the config's [feeds] full-text).")
        var fullText: Bool?
        @OptionGroup var library: LibraryOptions
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let url = try FeedAddress.checked(source)
            let store = try library.open()
            if let known = try store.feeds().first(where: { $0.url == url }) {
                print("already followed as feed \(known.id): \(TextSanitizer.sanitize(known.name, keepNewlines: false))")
                if let fullText, fullText != known.fullText {
                    try store.setFeedFullText(known.id, fullText)
                    print("full text \(fullText ? "on" : "off") for feed \(known.id)")
                }
                return
            }
            let feed = try store.addFeed(url: url, fullText: fullText)
            let fullTextNote = fullText == true ? ", with the full text of each item's page" : ""
            print("feed \(feed.id): \(TextSanitizer.sanitize(feed.url, keepNewlines: false)) (reader refresh fetches it\(fullTextNote))")
        }
    }

    struct SetSetting: ParsableCommand, HasGlobalOptions {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a feed's setting: full-text on|off|default (default: the config's [feeds] full-text).")
        @Argument(help: "The feed's number, URL or name.") var feed: String
        @Argument(help: "The setting: full-text.") var setting: String
        @Argument(help: "on, off or default.") var value: String
        @OptionGroup var library: LibraryOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard setting == "full-text" else { throw ValidationError("unknown setting '\(setting)'; the one there is: full-text") }
            guard ["on", "off", "default"].contains(value) else { throw ValidationError("full-text is on, off or default, not '\(value)'") }
        }

        func run() throws {
            let store = try library.open()
            let found = try FeedReference(text: feed).feed(in: store)
            let fullText: Bool? = value == "default" ? nil : value == "on"
            try store.setFeedFullText(found.id, fullText)
            let name = TextSanitizer.sanitize(found.name, keepNewlines: false)
            let when = fullText == false ? "" : " (new and changed items get it on the next refresh, the others on their first)"
            print("\(name): full text \(value == "default" ? "as the config says" : value)\(when)")
        }
    }

    struct List: ParsableCommand, HasGlobalOptions {
        static let configuration = CommandConfiguration(abstract: "List the feeds followed.")
        @OptionGroup var library: LibraryOptions
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try library.open()
            for feed in try store.feeds() {
                var line = "\(feed.id)\t\(TextSanitizer.sanitize(feed.name, keepNewlines: false))\t\(feed.itemCount) item\(feed.itemCount == 1 ? "" : "s")"
                line += "\t\(TextSanitizer.sanitize(feed.url, keepNewlines: false))"
                if feed.recovered { line += "\trecovered" }
                if let fullText = feed.fullText { line += fullText ? "\tfull text" : "\tno full text" }
                if let error = feed.lastError { line += "\terror: \(TextSanitizer.sanitize(error, keepNewlines: false))" }
                print(line)
            }
        }
    }

    struct Remove: ParsableCommand, HasGlobalOptions {
        static let configuration = CommandConfiguration(
            abstract: "Stop following a feed and remove its items (their highlights are kept unless you say otherwise).")
        @Argument(help: "The feed's number, URL or name.") var feed: String
        @Flag(help: "Keep its items' highlights, orphaned (listed and exported with their quotes).") var keepHighlights = false
        @Flag(help: "Delete its items' highlights too.") var deleteHighlights = false
        @OptionGroup var library: LibraryOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if keepHighlights && deleteHighlights { throw ValidationError("choose --keep-highlights or --delete-highlights, not both") }
        }

        func run() throws {
            let store = try library.open()
            let found = try FeedReference(text: feed).feed(in: store)
            let name = TextSanitizer.sanitize(found.name, keepNewlines: false)
            let highlights = RemovedHighlights(
                count: try store.highlightCount(feed: found.id), owner: "the items of \(name) have", export: "reader export --format w3c")
            guard let delete = try highlights.shouldDelete(keep: keepHighlights, delete: deleteHighlights) else { return }
            try store.removeFeed(found.id, deleteHighlights: delete)
            let items = "\(found.itemCount) item\(found.itemCount == 1 ? "" : "s")"
            print("removed \(name) and its \(items)" + highlights.outcome(deleted: delete))
        }
    }

    struct Import: ParsableCommand, HasGlobalOptions {
        static let configuration = CommandConfiguration(abstract: "Follow the feeds of an OPML file.")
        @Argument(help: "An OPML file.") var file: String
        @OptionGroup var library: LibraryOptions
        @OptionGroup var global: GlobalOptions

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
                guard let url = try? FeedAddress.normalised(subscription.url, existing: false) else {
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

    struct Export: ParsableCommand, HasGlobalOptions {
        static let configuration = CommandConfiguration(abstract: "Write the feeds followed to an OPML file.")
        @Argument(help: "The OPML file to write ('-': standard output).") var file: String
        @OptionGroup var library: LibraryOptions
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try library.open()
            let feeds = try store.feeds()
            let document = OPML.document(feeds.map { OPML.Subscription(url: $0.url, title: $0.title, siteURL: $0.siteURL) })
            if file == "-" {
                FileHandle.standardOutput.write(Data(document.utf8))
                return
            }
            do {
                try document.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                Diagnostics.error("cannot write \(file): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            print("\(feeds.count) feed\(feeds.count == 1 ? "" : "s") exported to \(file)")
        }
    }
}

/// What `reader feed add` accepts: web and file URLs, and paths (made file URLs).
enum FeedAddress {
    /// The normalised address, or its fault on stderr (without the usage text) and the exit
    /// status: 66 for a file that does not exist, 64 for what is no feed address at all.
    static func checked(_ source: String) throws -> String {
        do {
            return try normalised(source)
        } catch let error as ValidationError {
            Diagnostics.error(error.message)
            let missingFile = error.message.hasSuffix(missingFileReason) || error.message.hasSuffix(": no such file")
            throw ExitCode(missingFile ? ExitStatus.noInput : ExitStatus.usage)
        }
    }

    private static let missingFileReason = ": no such file, and not an http or https URL"

    /// - Parameter existing: a path must name a file that exists (not so to name a feed followed).
    static func normalised(_ source: String, existing: Bool = true) throws -> String {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        switch LinkPolicy.scheme(of: trimmed) {
        case "http", "https", "file":
            guard let url = URL(string: trimmed) else { throw ValidationError("\(trimmed) is not a valid URL") }
            if existing, url.isFileURL, !FileManager.default.fileExists(atPath: url.path) {
                throw ValidationError("\(trimmed): no such file")
            }
            return trimmed
        case nil:
            guard !existing || FileManager.default.fileExists(atPath: trimmed) else {
                throw ValidationError(trimmed + missingFileReason)
            }
            return URL(fileURLWithPath: trimmed).standardizedFileURL.absoluteString
        case let scheme?:
            throw ValidationError("\(scheme): feeds are not supported; use http, https or a file")
        }
    }
}

/// `reader refresh [FEED]`: fetches the feeds followed and stores new and changed items.
struct RefreshCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "refresh", abstract: "Fetch the feeds followed (or one of them) and store new items.")

    @Argument(help: "A feed's number, URL or name; all feeds when omitted.") var feed: String?
    @Option(help: "How many feeds are fetched at once.") var concurrency = 8
    @Option(help: "Seconds before a fetch gives up.") var timeout: Double = 10
    @OptionGroup var library: LibraryOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let config = global.loadConfigReportingProblems()
        let store = try library.open()
        var feeds = try store.feeds()
        if let feed { feeds = [try FeedReference(text: feed).feed(in: store)] }
        guard !feeds.isEmpty else {
            Diagnostics.error("no feeds yet: reader feed add URL")
            return
        }
        let bar = ProgressBar(label: "Refreshing")
        let refresher = FeedRefreshing.refresher(timeout: timeout, concurrency: concurrency, fullTextByDefault: config.feedFullText)
        let results = refresher.refresh(feeds, in: store) { done, total, _ in
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
        print(report.headline)
        if report.failed > 0 { throw ExitCode(1) }
    }
}

/// The refresher the app uses: URLSession for the web, the disk for file URLs.
enum FeedRefreshing {
    static func refresher(timeout: Double = 10, concurrency: Int = 8, fullTextByDefault: Bool = false) -> FeedRefresher {
        FeedRefresher(fetcher: fetcher(timeout: timeout), concurrency: concurrency, fullTextByDefault: fullTextByDefault)
    }

    /// reader-fetch for the web (one helper process for everything fetched through it), the disk
    /// for file URLs; pages and feeds keep the same limits.
    static func fetcher(timeout: Double = 10) -> FeedFetcher {
        var limits = FetchLimits()
        limits.timeout = max(1, timeout)
        let web = HelperFeedFetcher(userAgent: "Reader/\(ReaderVersion.current) (terminal article reader)", limits: limits)
        return StandardFeedFetcher(web: web, limits: limits)
    }
}
