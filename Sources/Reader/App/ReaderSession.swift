import Foundation
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Runs the interface: render the state, paint it, read an event, reduce it, run the effects the
/// reducer asked for and reduce their answers, until quit or a signal.
final class ReaderSession {
    private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let recognition = EntityRecognitionService()
    private let services: SessionServices
    private var library: LibrarySync? { services.library }
    private let backgroundImport: BackgroundImport?
    private let feedRefresh: FeedRefreshService
    private let fullText: FullTextService
    private let environment: [String: String]
    /// The config's editor command for notes; nil means $VISUAL, then $EDITOR.
    private let editor: String?
    /// The config's browser command for links; nil means $BROWSER.
    private let browser: String?
    private var firstPaint: ContinuousClock.Instant?

    /// `startup` runs before the first screen (open the one file given, show the last article).
    init(
        state: ReaderState, terminal: TerminalBackend, services: SessionServices, backgroundImport: BackgroundImport? = nil,
        startup: [ReaderEvent] = [], editor: String? = nil, browser: String? = nil, feedFullText: Bool = false,
        fullText: FullTextService = FullTextService(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.state = state
        feedRefresh = FeedRefreshService(fullTextByDefault: feedFullText)
        self.fullText = fullText
        self.browser = browser
        self.editor = editor
        self.terminal = terminal
        self.services = services
        self.backgroundImport = backgroundImport
        self.environment = environment
        recognition.noteInput()
        self.state.libraryImportRunning = backgroundImport != nil
        dispatch(.input(.resize(terminal.size)))
        for event in startup { dispatch(event) }
    }

    /// The process exit status: 0 after quit, 128 + signal number after a terminating signal.
    func run() -> Int32 {
        defer { terminal.restore() }
        var needsPaint = true
        while !state.shouldQuit {
            if let signal = terminal.takePendingSignal() {
                dispatch(.terminating)
                return 128 + signal
            }
            needsPaint = collectRest() || needsPaint
            needsPaint = collectEntities() || needsPaint
            needsPaint = collectImport() || needsPaint
            needsPaint = showBackgroundProgress() || needsPaint
            needsPaint = collectFeedRefresh() || needsPaint
            needsPaint = collectFullText() || needsPaint
            if needsPaint {
                state.clock = WallClock.current()
                terminal.paint(ScreenRenderer.render(state))
                needsPaint = false
                firstPaint = firstPaint ?? ContinuousClock.now
            }
            // The import waits a moment after the first screen, so it never slows that screen down,
            // and for the rest of a long article, so the two never hold a copy of the text each at once.
            if let firstPaint, ContinuousClock.now - firstPaint > .milliseconds(700), services.restReader?.isReading != true {
                backgroundImport?.start(recognition: recognition)
            }
            let waiting = state.openArticle.map { state.entities[$0.id] == nil && state.entityProblem == nil } ?? false
                || backgroundImport?.isImporting == true || feedRefresh.isRunning || fullText.isRunning
            let readingRest = services.restReader?.isReading == true
            guard let event = terminal.readEvent(timeoutMilliseconds: readingRest ? 5 : waiting ? 30 : 250) else { continue }
            recognition.noteInput()
            dispatch(.input(event))
            needsPaint = true
        }
        return 0
    }

    /// Reduces an event, then runs the effects it asked for, reducing their answers in turn.
    func dispatch(_ event: ReaderEvent) {
        state = services.dispatch(state, event, otherwise: perform)
    }

    /// The effects that need the terminal, the network or a thread; their answers, if any yet.
    private func perform(_ effect: Effect) -> [ReaderEvent] {
        switch effect {
        case .openURL(let url): return [openInBrowser(url)]
        case .editNote(let id, let text): return [editNote(id, text: text)]
        case .editArticleNote(let target, let text):
            return [editNote(text) { .articleNoteEdited(target, text: $0) }]
        case .findEntities(let article):
            recognition.request(article)
            return []
        case .refreshFeeds:
            guard let library else { return [.notice("Feeds live in the library: run reader without paths")] }
            if !feedRefresh.start(store: library.store) {
                return [.notice(feedRefresh.isRunning ? "Already refreshing" : "No feeds yet: reader feed add URL")]
            }
            return []
        case .fetchFullText(let id):
            guard let library else { return [.fullTextNotFetched(id, reason: "only articles in the library have a page to fetch")] }
            fullText.start(id, store: library.store)
            return []
        default:
            return []
        }
    }

    /// Takes fetched full articles into the state; true when one came.
    private func collectFullText() -> Bool {
        let events = fullText.collect()
        for event in events {
            // Entities found in the old text are found again in the new.
            guard case .fullTextFetched(let article) = event else {
                dispatch(event)
                continue
            }
            recognition.textChanged(article.id)
            // The list entry may change too (a page's date where the feed gave none).
            if let reload = try? library?.listReload(state, articlesChanged: false) { dispatch(reload) }
            dispatch(event)
        }
        return !events.isEmpty
    }

    /// Reports a finished background import and saves what waited for it; from then on the files
    /// are searched and found by entity through the library. True when it finished.
    private func collectImport() -> Bool {
        guard let outcome = backgroundImport?.collect() else { return false }
        switch outcome {
        case .success(let imported):
            let report = imported.report
            ReaderLog.logger.info("background import finished: \(report.summary)")
            var indexed = false
            if let library {
                if let problem = library.importFinished(state) { dispatch(.storeFailed(problem)) }
                if let files = services.queries.source as? FileArticleSource {
                    services.queries.source = ImportedFilesSource(files: files, store: library.store, rows: imported.rows)
                    indexed = true
                }
            }
            for problem in report.skipped { ReaderLog.logger.warning("skipped \(problem.description)") }
            if report.added + report.updated > 0 || !report.skipped.isEmpty {
                dispatch(.notice(report.statusLine(logPath: ReaderLog.shownPath())))
            }
            dispatch(.libraryImportFinished(indexed: indexed))
        case .failure(let error):
            ReaderLog.logger.error("background import failed: \(error)")
            dispatch(.notice("Not added to the library: \(error)"))
            dispatch(.libraryImportFinished(indexed: false))
        }
        return true
    }

    /// Shows how far the background import and entity search are in the status line, and says
    /// when finding entities has ended; true when something changed.
    private func showBackgroundProgress() -> Bool {
        guard let backgroundImport else { return false }
        var activity: String?
        var entitySearch: EntitySearchProgress?
        switch backgroundImport.currentProgress {
        case .waiting, .finished: break
        case .importing(let done, let total): activity = "Adding to the library \(done)/\(total)…"
        case .findingEntities(let done, let total):
            activity = "Finding entities \(done)/\(total)…"
            entitySearch = EntitySearchProgress(done: done, total: total)
        }
        var changed = activity != state.backgroundActivity || entitySearch != state.entitySearchProgress
        if changed { dispatch(.backgroundProgress(activity: activity, entitySearch: entitySearch)) }
        switch backgroundImport.collectEntities() {
        case .found(let articles)?:
            ReaderLog.logger.info("entities found in \(articles) articles")
            // Never over a message not yet read (the import's, naming what it skipped).
            if articles > 0 && state.statusMessage == nil {
                dispatch(.notice("Entities found in \(articles) article\(articles == 1 ? "" : "s")"))
            }
            changed = true
        case .failed(let reason)?:
            ReaderLog.logger.error("finding entities stopped: \(reason)")
            dispatch(.notice("Finding entities stopped: \(reason)"))
            changed = true
        case nil:
            break
        }
        return changed
    }

    /// Hands the terminal to $VISUAL or $EDITOR for a note; the answer is what it wrote.
    private func editNote(_ id: String, text: String) -> ReaderEvent {
        editNote(text) { .noteEdited(highlightID: id, text: $0) }
    }

    /// Hands the terminal to the editor for a note; `answer` says what it wrote.
    private func editNote(_ text: String, answer: (String) -> ReaderEvent) -> ReaderEvent {
        let suspendable = terminal as? SuspendableTerminal
        suspendable?.suspend()
        let outcome = NoteEditor.edit(text, command: editor, environment: environment)
        suspendable?.resume()
        switch outcome {
        case .edited(let note): return answer(note)
        case .failed(let reason): return .notice(reason)
        }
    }

    private func openInBrowser(_ url: String) -> ReaderEvent {
        guard let browser = [browser, environment["BROWSER"]].compactMap({ $0 }).first(where: { !$0.isEmpty }),
              let argv = BrowserCommand.argumentVector(browser: browser, url: url) else {
            return .notice("Set BROWSER to open links (for example BROWSER=w3m)")
        }
        let suspendable = terminal as? SuspendableTerminal
        suspendable?.suspend()
        let result = ExternalProgram.run(executable: argv[0], arguments: Array(argv.dropFirst()))
        suspendable?.resume()
        switch result {
        case .success(0): return .notice("Opened \(url)")
        case .success(let status): return .notice("\(argv[0]) exited with status \(status)")
        case .failure(let failure): return .notice(failure.description)
        }
    }

    /// Shows refresh progress, and the new list when it is done; true when something changed.
    private func collectFeedRefresh() -> Bool {
        switch feedRefresh.poll() {
        case .idle:
            return false
        case .running(let done, let total):
            let message = "Refreshing feeds \(done)/\(total)…"
            guard state.statusMessage != message else { return false }
            dispatch(.notice(message))
            return true
        case .finished(let results):
            guard let library else { return false }
            if FeedRefreshReport(results).updated > 0 {
                // Entities found in a text a refresh changed are found again, in the new text.
                for id in state.entities.keys { recognition.textChanged(id) }
                if let open = state.openArticle { recognition.textChanged(open.id) }
            }
            for event in library.feedsRefreshed(state, results: results) { dispatch(event) }
            return true
        }
    }

    /// Takes the whole of an article shown from its beginning into the state; true when it came.
    private func collectRest() -> Bool {
        let answers = services.restReader?.collect() ?? []
        for answer in answers { dispatch(answer) }
        return !answers.isEmpty
    }

    /// Takes finished recognition results into the state; true when something changed.
    private func collectEntities() -> Bool {
        let outcomes = recognition.collect()
        for outcome in outcomes {
            switch outcome {
            case .recognised(let article, let entities):
                // Found in a text the open article no longer has: its offsets would mark wrong words.
                if let open = state.openArticle, open.id == article.id, open.plainText != article.plainText { continue }
                dispatch(.entitiesRecognised(article.id, entities))
                library?.saveEntities(of: article, entities)
            case .unavailable(let problem):
                dispatch(.entitiesUnavailable(problem))
            }
        }
        return !outcomes.isEmpty
    }
}
