import Foundation
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Runs the interface: render the state, paint it, read an event, reduce, until quit or a signal.
final class ReaderSession {
    private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let recognition = EntityRecognitionService()
    private let library: LibrarySync?
    private let backgroundImport: BackgroundImport?
    private let feedRefresh = FeedRefreshService()
    private let environment: [String: String]
    /// The config's editor command for notes; nil means $VISUAL, then $EDITOR.
    private let editor: String?
    /// The config's browser command for links; nil means $BROWSER.
    private let browser: String?
    /// Articles whose entities were looked up or requested: each only once.
    private var entitiesSought: Set<ArticleID> = []
    /// The article whose stored highlights are in the state.
    private var highlightsLoadedFor: ArticleID?
    private var firstPaint: ContinuousClock.Instant?

    init(
        state: ReaderState, terminal: TerminalBackend, library: LibrarySync? = nil, backgroundImport: BackgroundImport? = nil,
        editor: String? = nil, browser: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.state = state
        self.browser = browser
        self.editor = editor
        self.terminal = terminal
        self.library = library
        self.backgroundImport = backgroundImport
        self.environment = environment
        recognition.noteInput()
        self.state = Reducer.reduce(state, event: .resize(terminal.size))
        self.state.libraryImportRunning = backgroundImport != nil
    }

    /// The process exit status: 0 after quit, 128 + signal number after a terminating signal.
    func run() -> Int32 {
        defer { terminal.restore() }
        var needsPaint = true
        while !state.shouldQuit {
            if let signal = terminal.takePendingSignal() {
                if let library { state = library.persist(from: state, to: state, final: true) }
                return 128 + signal
            }
            needsPaint = collectEntities() || needsPaint
            needsPaint = collectImport() || needsPaint
            needsPaint = showBackgroundProgress() || needsPaint
            needsPaint = loadHighlights() || needsPaint
            needsPaint = collectFeedRefresh() || needsPaint
            if let article = state.openArticle, state.entities[article.id] == nil, state.entityProblem == nil,
               entitiesSought.insert(article.id).inserted {
                if let stored = library?.storedEntities(article.id) {
                    state = Reducer.entitiesRecognised(state, article: article.id, entities: stored)
                    needsPaint = true
                } else {
                    recognition.request(article)
                }
            }
            if needsPaint {
                state.clock = WallClock.current()
                terminal.paint(ScreenRenderer.render(state))
                needsPaint = false
                firstPaint = firstPaint ?? ContinuousClock.now
            }
            // The import waits a moment after the first screen, so it never slows that screen down.
            if let firstPaint, ContinuousClock.now - firstPaint > .milliseconds(700) { backgroundImport?.start(recognition: recognition) }
            let waiting = state.openArticle.map { state.entities[$0.id] == nil && state.entityProblem == nil } ?? false
                || backgroundImport?.isImporting == true || feedRefresh.isRunning
            guard let event = terminal.readEvent(timeoutMilliseconds: waiting ? 30 : 250) else { continue }
            recognition.noteInput()
            let previous = state
            state = Reducer.reduce(state, event: event)
            if let library { state = library.persist(from: previous, to: state) }
            saveAnnotations()
            performEffects()
            needsPaint = true
        }
        saveAnnotations()
        if let library { state = library.persist(from: state, to: state, final: true) }
        return 0
    }

    /// Loads the open article's highlights once per opening; true when the state changed.
    private func loadHighlights() -> Bool {
        guard let article = state.openArticle, highlightsLoadedFor != article.id else { return false }
        highlightsLoadedFor = article.id
        guard let library else { return false }
        state = Reducer.highlightsLoaded(state, article: article.id, highlights: library.highlights(of: article.id))
        return true
    }

    /// Writes highlight changes the last action made, each at once.
    private func saveAnnotations() {
        guard !state.annotationWrites.isEmpty else { return }
        let writes = state.annotationWrites
        state.annotationWrites = []
        guard let library else {
            state.statusMessage = "Highlights are not kept: the library is not available"
            return
        }
        state = library.save(writes, in: state)
    }

    /// Reports a finished background import and saves what waited for it; from then on the files
    /// are searched and found by entity through the library. True when it finished.
    private func collectImport() -> Bool {
        guard let outcome = backgroundImport?.collect() else { return false }
        switch outcome {
        case .success(let imported):
            let report = imported.report
            ReaderLog.logger.info("background import finished: \(report.summary)")
            if let library {
                state = library.importFinished(state)
                if let files = state.source as? FileArticleSource {
                    state.source = ImportedFilesSource(files: files, store: library.store, rows: imported.rows)
                }
            }
            for problem in report.skipped { ReaderLog.logger.warning("skipped \(problem.description)") }
            if report.added + report.updated > 0 || !report.skipped.isEmpty {
                state.statusMessage = report.statusLine(logPath: ReaderLog.shownPath())
            }
            state = Reducer.libraryImportFinished(state, fullText: state.source is ImportedFilesSource)
        case .failure(let error):
            ReaderLog.logger.error("background import failed: \(error)")
            state.statusMessage = "Not added to the library: \(error)"
            state = Reducer.libraryImportFinished(state, fullText: false)
        }
        return true
    }

    /// Shows how far the background import and entity search are in the status line, and says
    /// when finding entities has ended; true when something changed.
    private func showBackgroundProgress() -> Bool {
        guard let backgroundImport else { return false }
        var activity: String?
        switch backgroundImport.currentProgress {
        case .waiting, .finished: activity = nil
        case .importing(let done, let total): activity = "Adding to the library \(done)/\(total)…"
        case .findingEntities(let done, let total): activity = "Finding entities \(done)/\(total)…"
        }
        var changed = activity != state.backgroundActivity
        state.backgroundActivity = activity
        if case .findingEntities(let done, let total) = backgroundImport.currentProgress {
            state.entitySearchProgress = (done, total)
        } else {
            state.entitySearchProgress = nil
        }
        switch backgroundImport.collectEntities() {
        case .found(let articles)?:
            ReaderLog.logger.info("entities found in \(articles) articles")
            // Never over a message not yet read (the import's, naming what it skipped).
            if articles > 0 && state.statusMessage == nil {
                state.statusMessage = "Entities found in \(articles) article\(articles == 1 ? "" : "s")"
            }
            changed = true
        case .failed(let reason)?:
            ReaderLog.logger.error("finding entities stopped: \(reason)")
            state.statusMessage = "Finding entities stopped: \(reason)"
            changed = true
        case nil:
            break
        }
        return changed
    }

    /// Does what the reducer asked for: open a link, start a refresh.
    private func performEffects() {
        let effects = state.effects
        state.effects = []
        for effect in effects {
            switch effect {
            case .openURL(let url): openInBrowser(url)
            case .editNote(let id, let text): editNote(id, text: text)
            case .refreshFeeds:
                guard let library else {
                    state.statusMessage = "Feeds live in the library: run reader without paths"
                    continue
                }
                if !feedRefresh.start(store: library.store) {
                    state.statusMessage = feedRefresh.isRunning ? "Already refreshing" : "No feeds yet: reader feed add URL"
                }
            }
        }
    }

    /// Hands the terminal to $VISUAL or $EDITOR for a note, then saves what it wrote.
    private func editNote(_ id: String, text: String) {
        let suspendable = terminal as? SuspendableTerminal
        suspendable?.suspend()
        let outcome = NoteEditor.edit(text, command: editor, environment: environment)
        suspendable?.resume()
        switch outcome {
        case .edited(let note):
            state = Reducer.noteEdited(state, highlightID: id, text: note)
            saveAnnotations()
        case .failed(let reason):
            state.statusMessage = reason
        }
    }

    private func openInBrowser(_ url: String) {
        guard let browser = [browser, environment["BROWSER"]].compactMap({ $0 }).first(where: { !$0.isEmpty }),
              let argv = BrowserCommand.argumentVector(browser: browser, url: url) else {
            state.statusMessage = "Set BROWSER to open links (for example BROWSER=w3m)"
            return
        }
        let suspendable = terminal as? SuspendableTerminal
        suspendable?.suspend()
        let result = ExternalProgram.run(executable: argv[0], arguments: Array(argv.dropFirst()))
        suspendable?.resume()
        switch result {
        case .success(0): state.statusMessage = "Opened \(url)"
        case .success(let status): state.statusMessage = "\(argv[0]) exited with status \(status)"
        case .failure(let failure): state.statusMessage = failure.description
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
            state.statusMessage = message
            return true
        case .finished(let results):
            guard let library else { return false }
            let before = state.openArticle
            state = library.feedsRefreshed(state, results: results)
            if let open = state.openArticle, before?.id == open.id, before != open {
                // The text changed: its highlights were re-anchored in the library, its entities
                // dropped; both are found again, in the new text.
                highlightsLoadedFor = nil
                forgetEntities(of: open.id)
            }
            if FeedRefreshReport(results).updated > 0 {
                // Other articles seen this session may have changed too: their entities are read
                // from the library again when they are next opened.
                for id in state.entities.keys where id != state.openArticle?.id {
                    state.entities[id] = nil
                    forgetEntities(of: id)
                }
            }
            return true
        }
    }

    /// An article's text changed: its entities are looked up, or recognised, again.
    private func forgetEntities(of id: ArticleID) {
        entitiesSought.remove(id)
        recognition.textChanged(id)
    }

    /// Takes finished recognition results into the state; true when something changed.
    private func collectEntities() -> Bool {
        let outcomes = recognition.collect()
        for outcome in outcomes {
            switch outcome {
            case .recognised(let article, let entities):
                // Found in a text the open article no longer has: its offsets would mark wrong words.
                if let open = state.openArticle, open.id == article.id, open.plainText != article.plainText { continue }
                state = Reducer.entitiesRecognised(state, article: article.id, entities: entities)
                library?.saveEntities(of: article, entities)
            case .unavailable(let problem):
                state.entityProblem = problem
            }
        }
        return !outcomes.isEmpty
    }
}
