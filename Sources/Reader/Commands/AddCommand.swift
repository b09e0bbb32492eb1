import ArgumentParser
import Foundation
import Synchronization
import ReaderText
import ReaderEntities
import ReaderDocument
import ReaderLibrary

/// `reader add URL...`: fetches web pages and stores their articles in the library.
struct AddCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Fetch web pages and add their articles to the library (adding one again updates it).")

    @Argument(help: "http or https addresses of articles.") var urls: [String]
    @Option(help: "Seconds before a fetch gives up.") var timeout: Double = 10
    @Flag(help: ArgumentHelp(
        "Add quickly: do not find entities now.", discussion: "Entities are found when an article is first opened."))
    var noEntities = false
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        for url in urls {
            if let problem = WebAddress.problem(url) { throw ValidationError("\(url): \(problem)") }
        }
        for url in urls where !WebPage.isWebAddress(url) {
            throw ValidationError("\(url) is not an http or https address (files are added with reader import)")
        }
    }

    func run() throws {
        let store = try library.open()
        let added = WebArticleAdding(store: store, timeout: timeout, recognizesEntities: !noEntities).add(urls)
        for outcome in added {
            switch outcome.result {
            case .success(let stored): print(stored.summary)
            case .failure(let error): Diagnostics.error(error.description)
            }
        }
        if added.contains(where: { if case .failure = $0.result { return true } else { return false } }) {
            throw ExitCode(ExitStatus.noInput)
        }
    }
}

/// An article fetched from the web and stored.
struct StoredWebArticle {
    var article: Article
    var change: WebArticleChange
    var row: Int64

    /// "added 12: Title (URL)", with the page's note when it is not an article.
    var summary: String {
        let verb: String
        switch change {
        case .added: verb = "added"
        case .updated: verb = "updated"
        case .unchanged: verb = "unchanged"
        }
        let title = TextSanitizer.sanitize(article.title, keepNewlines: false)
        let url = TextSanitizer.sanitize(article.sourcePath, keepNewlines: false)
        let note = article.note.map { " · " + $0 } ?? ""
        return "\(verb) \(row): \(title) (\(url))\(note)"
    }
}

/// Fetches addresses through reader-fetch, a few at a time, and stores what they hold.
struct WebArticleAdding {
    let store: LibraryStore
    var timeout: Double = 10
    /// Whether entities are found before storing, as `reader import` finds them.
    var recognizesEntities = true
    var fetcher: FeedFetcher?

    func add(_ urls: [String]) -> [(url: String, result: Result<StoredWebArticle, WebPageError>)] {
        let pages = WebPageFetcher(fetcher: fetcher ?? FeedRefreshing.fetcher(timeout: timeout))
        // A #fragment names a place in the same page, not another article.
        let urls = urls.map(WebAddress.articleName)
        let recognizer = recognizesEntities ? Self.recognizer() : nil
        let results = Mutex<[Int: Result<WebArticle, WebPageError>]>([:])
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            let result = pages.article(at: urls[index])
            results.withLock { $0[index] = result }
        }
        let fetched = results.withLock { $0 }
        return urls.indices.map { index in
            let url = urls[index]
            guard let page = fetched[index] else { return (url, .failure(WebPageError(url: url, reason: "not fetched"))) }
            return (url, page.flatMap { page in
                do {
                    let spans = recognizer.map { page.article.withoutMarkup($0.recognize(page.article.plainText)) }
                    let stored = try store.storeWebArticle(page.article, spans: spans)
                    return .success(StoredWebArticle(article: page.article, change: stored.change, row: stored.row))
                } catch {
                    return .failure(WebPageError(url: url, reason: "not saved: \(error)"))
                }
            })
        }
    }

    /// The recogniser `reader import` uses; without it the pages are still added.
    static func recognizer() -> EntityRecognizer? {
        do {
            return try EntityResources.recognizer()
        } catch {
            Diagnostics.error("entities are not found now (\(error)); they will be when an article is opened")
            return nil
        }
    }
}
