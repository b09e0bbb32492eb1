import ArgumentParser
import Foundation
import ReaderText
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// `reader [PATH...]`: the interactive reader.
struct OpenCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open articles in the interactive reader (the default command).")

    @Argument(help: "Article files or directories (.txt, .md and .html are taken from directories), or http and https addresses (fetched and added to the library). Default: the library.")
    var paths: [String] = []

    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    init() {}

    /// The command as `QuickArguments` read it.
    init(paths: [String], library: LibraryOptions, global: GlobalOptions) {
        self.paths = paths
        self.library = library
        self.global = global
    }

    func run() throws {
        // Web addresses are added to the library, which then opens on the first of them.
        let urls = paths.filter(WebPage.isWebAddress)
        if !urls.isEmpty && urls.count != paths.count {
            Diagnostics.error("give web addresses or paths, not both (reader add URL adds pages to the library)")
            throw ExitCode(ExitStatus.usage)
        }
        let paths = urls.isEmpty ? self.paths : []
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        for missing in paths where !existing.contains(missing) {
            Diagnostics.error(WebAddress.problem(missing).map { "\(missing): \($0)" } ?? ArticleLoadError.missing(path: missing).description)
        }
        if !paths.isEmpty && existing.isEmpty { throw ExitCode(ExitStatus.noInput) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Diagnostics.error("the interactive reader needs a terminal; use 'reader show PATH' to print an article")
            throw ExitCode(1)
        }
        // Problems go to stderr now (seen again after quitting) and to the status line.
        let loaded = global.loadConfig()
        let config = loaded.config
        for problem in loaded.problems { Diagnostics.error(problem.description, log: false) }
        var state: ReaderState
        var sync: LibrarySync?
        var backgroundImport: BackgroundImport?
        let source: ArticleSource
        var catalog: ArticleCatalog?
        var startup: [ReaderEvent] = []
        var openAdded = false
        if paths.isEmpty {
            let store = try library.open()
            var problems: [ArticleLoadError] = []
            var failedPages: [String] = []
            if !urls.isEmpty {
                failedPages = try addPages(urls, to: store)
                openAdded = true
            } else if store.isEmpty {
                problems += try importSamples(into: store, loader: config.articleLoader)
            }
            let librarySync = LibrarySync(store: store)
            state = librarySync.restoreListSort(try ReaderState.library(store, size: Size(width: 80, height: 24)))
            if !problems.isEmpty { state.statusMessage = problems.map(\.description).joined(separator: "; ") }
            if !failedPages.isEmpty { state.statusMessage = failedPages.joined(separator: "; ") }
            sync = librarySync
            source = LibraryArticleSource(store: store)
            catalog = LibraryCatalog(store: store)
        } else {
            // Paths open at once from their files (a 2,225-file folder lists in well under 300 ms)
            // and are imported into the library meanwhile, which keeps their marks and positions.
            let summaries = try ArticleSet.loadSummaries(paths: existing, loader: config.articleLoader)
            state = ReaderState(summaries: summaries.summaries, size: Size(width: 80, height: 24))
            source = FileArticleSource(loader: config.articleLoader)
            var problems = paths.filter { !existing.contains($0) }.map { ArticleLoadError.missing(path: $0).description }
                + summaries.problems.map(\.description)
            do {
                let store = try LibraryStore.open(path: library.path)
                let librarySync = LibrarySync(store: store)
                state = librarySync.restoreListSort(librarySync.restoreMarks(state))
                sync = librarySync
                if !store.isReadOnly {
                    backgroundImport = BackgroundImport(
                        store: store, paths: existing, sourcePaths: summaries.summaries.map(\.sourcePath), loader: config.articleLoader)
                }
            } catch {
                problems.append("not kept in the library: \(error)")
            }
            if summaries.summaries.count == 1 && existing.count == 1 && !summaries.openedDirectory {
                startup.append(.action(.openSelected))
            }
            if !problems.isEmpty { state.statusMessage = problems.joined(separator: "; ") }
        }
        let first = Self.firstScreen(state, sync: sync, config: config, environment: ProcessInfo.processInfo.environment)
        state = first.state
        startup += first.startup
        if openAdded { startup.append(.action(.openSelected)) }
        if let summary = ConfigProblem.statusLine(for: loaded.problems, explicitPath: global.config) {
            state.statusMessage = summary
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(mouse: config.mouse)
        } catch {
            ReaderLog.logger.error("terminal: \(error)")
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        ReaderLog.logger.info("interface started", metadata: [
            "size": "\(terminal.size.width)x\(terminal.size.height)", "colours": "\(terminal.colorDepth)", "articles": "\(state.articles.count)"])
        let services = SessionServices(source: source, catalog: catalog, library: sync)
        let status = ReaderSession(state: state, terminal: terminal, services: services, backgroundImport: backgroundImport,
                                   startup: startup, editor: config.editor, browser: config.browser,
                                   feedFullText: config.feedFullText).run()
        ReaderLog.logger.info("interface ended", metadata: ["status": "\(status)"])
        if status != 0 { throw ExitCode(status) }
    }

    /// The config applied to the starting state, and the first screen asked for: the article open
    /// when the reader last quit, else the selected one.
    static func firstScreen(
        _ state: ReaderState, sync: LibrarySync?, config: ReaderConfig, environment: [String: String]
    ) -> (state: ReaderState, startup: [ReaderEvent]) {
        var state = config.apply(to: state)
        state.settings.tableBorders = config.tableBorders(environment: environment)
        var lastFocus: Pane?
        if let sync {
            (state, lastFocus) = sync.selectLastOpen(state)
            state = sync.restoreSideTab(state)
        }
        return (state, [.showFirstArticle(focus: lastFocus)])
    }

    /// Fetches and stores the pages, the first stored one made the article to open; what failed
    /// is said on stderr and returned for the status line. None stored: exit 66.
    func addPages(_ urls: [String], to store: LibraryStore) throws -> [String] {
        // Said while the pages are fetched (up to the timeout), before the screen takes over.
        let showsProgress = isatty(STDERR_FILENO) == 1
        if showsProgress { FileHandle.standardError.write(Data("Fetching \(urls.count == 1 ? "the page" : "\(urls.count) pages")…".utf8)) }
        let added = WebArticleAdding(store: store, recognizesEntities: false).add(urls)
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let opened = try Self.articlesToOpen(added, in: store)
        for message in opened.messages { Diagnostics.error(message) }
        guard let first = opened.first else { throw ExitCode(ExitStatus.noInput) }
        try store.setAppState("openArticle", LibraryStore.articleID(first).rawValue)
        return opened.messages
    }

    /// The first article to open and what to say about the others: a page that could not be
    /// fetched again opens as the copy stored before, with a note, instead of being given up.
    static func articlesToOpen(
        _ added: [(url: String, result: Result<StoredWebArticle, WebPageError>)], in store: LibraryStore
    ) throws -> (first: Int64?, messages: [String]) {
        var messages: [String] = []
        var first: Int64?
        for outcome in added {
            switch outcome.result {
            case .success(let stored): first = first ?? stored.row
            case .failure(let error):
                if !error.isFeed, let kept = try store.storedWebArticle(url: outcome.url) {
                    first = first ?? kept.row
                    messages.append("Could not refresh: \(error.reason); this is the copy from \(storedDate(kept.storedAt))")
                } else {
                    messages.append(error.description)
                }
            }
        }
        return (first, messages)
    }

    static func storedDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "d MMM yyyy, HH:mm"
        return formatter.string(from: date)
    }

    /// An empty library starts with the bundled samples (entities are found when an article opens).
    func importSamples(into store: LibraryStore, loader: ArticleLoader) throws -> [ArticleLoadError] {
        let folder: String
        switch BundledSamples.directory() {
        case .success(let found): folder = found
        case .failure(let missing):
            Diagnostics.error("\(missing)")
            return []
        }
        do {
            return try store.importPaths([folder], recognizer: nil, loader: loader).skipped
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
    }
}

/// List entries gathered from the command line's paths; bodies are read when opened.
struct SummarySet {
    var summaries: [ArticleSummary]
    var problems: [ArticleLoadError]
    var openedDirectory: Bool
}

/// Articles gathered from the command line's paths, with the problems met on the way.
struct ArticleSet {
    var articles: [Article]
    var problems: [ArticleLoadError]
    var openedDirectory: Bool

    /// Loads the paths (or the samples) whole. Problems go to stderr; none loaded means exit 66.
    static func load(paths: [String], loader: ArticleLoader = ArticleLoader()) throws -> ArticleSet {
        let paths = try resolvedPaths(paths)
        let result = loader.loadAll(paths: paths)
        try report(result.failures, found: result.articles.count, paths: paths)
        return ArticleSet(articles: result.articles, problems: result.failures, openedDirectory: containsDirectory(paths))
    }

    /// Loads only the list entries of the paths (or the samples).
    static func loadSummaries(paths: [String], loader: ArticleLoader = ArticleLoader()) throws -> SummarySet {
        let paths = try resolvedPaths(paths)
        let result = loader.loadSummaries(paths: paths)
        try report(result.failures, found: result.summaries.count, paths: paths)
        return SummarySet(summaries: result.summaries, problems: result.failures, openedDirectory: containsDirectory(paths))
    }

    /// The paths as given, or the bundled samples when there are none.
    static func resolvedPaths(_ paths: [String]) throws -> [String] {
        guard paths.isEmpty else { return paths }
        switch BundledSamples.directory() {
        case .success(let folder): return [folder]
        case .failure(let missing):
            Diagnostics.error("\(missing)")
            throw ExitCode(ExitStatus.noInput)
        }
    }

    /// Problems go to stderr; when nothing could be read the exit status is 66.
    static func report(_ failures: [ArticleLoadError], found: Int, paths: [String]) throws {
        for problem in failures { Diagnostics.error(problem.description) }
        guard found == 0 else { return }
        if failures.isEmpty { Diagnostics.error("no .txt, .md or .html articles found in \(paths.joined(separator: ", "))") }
        throw ExitCode(ExitStatus.noInput)
    }

    static func containsDirectory(_ paths: [String]) -> Bool {
        paths.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}

enum Diagnostics {
    /// Writes "reader: MESSAGE" on stderr, and logs it unless it was logged already.
    static func error(_ message: String, log: Bool = true) {
        if log { ReaderLog.logger.error("\(message)") }
        FileHandle.standardError.write(Data("reader: \(TextSanitizer.sanitize(message, keepNewlines: false))\n".utf8))
    }
}
