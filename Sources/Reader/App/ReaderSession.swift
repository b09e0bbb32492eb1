import Foundation
import ReaderKit

/// Runs the interface: render the state, paint it, read an event, reduce, until quit or a signal.
final class ReaderSession {
    private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let recognition = EntityRecognitionService()
    private let library: LibrarySync?
    private let feedRefresh = FeedRefreshService()
    private let environment: [String: String]
    /// Articles whose entities were looked up or requested: each only once.
    private var entitiesSought: Set<ArticleID> = []

    init(
        state: ReaderState, terminal: TerminalBackend, library: LibrarySync? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.state = state
        self.terminal = terminal
        self.library = library
        self.environment = environment
        recognition.noteInput()
        self.state = Reducer.reduce(state, event: .resize(terminal.size))
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
                terminal.paint(ScreenRenderer.render(state))
                needsPaint = false
            }
            let waiting = state.openArticle.map { state.entities[$0.id] == nil && state.entityProblem == nil } ?? false
                || feedRefresh.isRunning
            guard let event = terminal.readEvent(timeoutMilliseconds: waiting ? 30 : 250) else { continue }
            recognition.noteInput()
            let previous = state
            state = Reducer.reduce(state, event: event)
            if let library { state = library.persist(from: previous, to: state) }
            performEffects()
            needsPaint = true
        }
        if let library { state = library.persist(from: state, to: state, final: true) }
        return 0
    }

    /// Does what the reducer asked for: open a link, start a refresh.
    private func performEffects() {
        let effects = state.effects
        state.effects = []
        for effect in effects {
            switch effect {
            case .openURL(let url): openInBrowser(url)
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

    private func openInBrowser(_ url: String) {
        guard let browser = environment["BROWSER"], let argv = BrowserCommand.argumentVector(browser: browser, url: url) else {
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
            if let library { state = library.reloadList(state) }
            let failures = results.filter { if case .failure = $0.outcome { return true } else { return false } }
            let added = results.reduce(0) { sum, result in
                if case .success(let update?) = result.outcome { return sum + update.added }
                return sum
            }
            var message = "Feeds refreshed: \(added) new"
            if let failure = failures.first {
                message += " · \(failures.count) failed: \(failure.summary)"
            }
            state.statusMessage = message
            return true
        }
    }

    /// Takes finished recognition results into the state; true when something changed.
    private func collectEntities() -> Bool {
        let outcomes = recognition.collect()
        for outcome in outcomes {
            switch outcome {
            case .recognised(let article, let entities):
                state = Reducer.entitiesRecognised(state, article: article, entities: entities)
                library?.saveEntities(article, entities)
            case .unavailable(let problem):
                state.entityProblem = problem
            }
        }
        return !outcomes.isEmpty
    }
}
