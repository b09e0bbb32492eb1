import ArgumentParser
import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// `reader show PATH`: the parsed article as clean text on stdout.
struct ShowCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print articles as clean, wrapped text.")

    @Argument(help: "Article files or directories, or http and https addresses (fetched, not added to the library).")
    var paths: [String]

    @Option(help: "Wrap width in columns (default: the terminal's, else 80).")
    var width: Int?

    @Flag(help: "Print without entity marks ([text]{LABEL}).")
    var plain = false

    @Flag(help: "Print each article as one line of JSON: title, byline, date, site, language, url and body.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1") }
        // An address Reader cannot fetch is not looked for as a file.
        for path in paths {
            if let problem = WebAddress.problem(path) { throw ValidationError("\(path): \(problem)") }
        }
    }

    func run() throws {
        let config = global.loadConfigReportingProblems()
        if json { return try printJSON(loader: config.articleLoader) }
        let filePaths = paths.filter { !WebPage.isWebAddress($0) }
        let web = fetchPages()
        var loaded = ArticleSet(articles: [], problems: [], openedDirectory: false)
        var filesFailed = false
        if !filePaths.isEmpty || web.isEmpty {
            do {
                loaded = try ArticleSet.load(paths: filePaths, loader: config.articleLoader)
            } catch {
                // Named on stderr already; the pages still print.
                guard !web.isEmpty else { throw error }
                filesFailed = true
            }
        }
        for page in web {
            switch page {
            case .success(let found): loaded.articles.append(found.article)
            case .failure(let error):
                Diagnostics.error(error.description)
                loaded.problems.append(.unreadable(path: error.url, reason: error.reason))
            }
        }
        guard !loaded.articles.isEmpty else { throw ExitCode(ExitStatus.noInput) }
        let columns = width ?? TerminalWidth.current() ?? 80
        var recognizer: EntityRecognizer? = nil
        if !plain {
            do {
                recognizer = try EntityResources.recognizer()
            } catch {
                Diagnostics.error("entities not marked: \(error)")
            }
        }
        var output = ""
        for (index, article) in loaded.articles.enumerated() {
            if index > 0 { output += "\n" + String(repeating: "─", count: min(columns, 40)) + "\n\n" }
            let entities = recognizer.map { ArticleEntities(spans: article.withoutMarkup($0.recognize(article.plainText))) }
            output += PlainTextRenderer.render(
                article, width: columns, entities: entities, borders: config.tableBorders(environment: ProcessInfo.processInfo.environment))
            // Said on stderr: the output stays the article's text for pipes and scripts.
            if !article.hasBodyText { Diagnostics.error("\(article.sourcePath): \(Article.noTextMessage)") }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if !loaded.problems.isEmpty || filesFailed { throw ExitCode(ExitStatus.noInput) }
    }

    /// The pages of the addresses among the paths, in their order.
    private func fetchPages() -> [Result<WebArticle, WebPageError>] {
        let urls = paths.filter(WebPage.isWebAddress)
        guard !urls.isEmpty else { return [] }
        let pages = WebPageFetcher(fetcher: FeedRefreshing.fetcher())
        return urls.map { pages.article(at: $0) }
    }

    private func printJSON(loader: ArticleLoader) throws {
        var problems = 0
        var output = ""
        let urls = paths.filter(WebPage.isWebAddress)
        for (url, page) in zip(urls, fetchPages()) {
            switch page {
            case .success(let found): output += ArticleJSON.line(ArticleJSON.object(found, url: url)) + "\n"
            case .failure(let error):
                Diagnostics.error(error.description)
                problems += 1
            }
        }
        let filePaths = paths.filter { !WebPage.isWebAddress($0) }
        for path in urls.isEmpty ? try ArticleSet.resolvedPaths(filePaths) : filePaths {
            let scanned = ArticleFileScanner.scan(path)
            for error in scanned.problems {
                Diagnostics.error(error.description)
                problems += 1
            }
            for file in scanned.files {
                switch ArticleJSON.object(path: file, loader: loader) {
                case .success(let object): output += ArticleJSON.line(object) + "\n"
                case .failure(let error):
                    Diagnostics.error(error.description)
                    problems += 1
                }
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if problems > 0 { throw ExitCode(ExitStatus.noInput) }
    }
}

enum TerminalWidth {
    /// The width of the terminal on stdout, if stdout is one.
    static func current() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
