import ReaderKit

/// Runs the interface: render the state, paint it, read an event, reduce, until quit or a signal.
final class ReaderSession {
    private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let recognition = EntityRecognitionService()
    private let library: LibrarySync?
    private let backgroundImport: BackgroundImport?
    /// Articles whose entities were looked up or requested: each only once.
    private var entitiesSought: Set<ArticleID> = []

    init(state: ReaderState, terminal: TerminalBackend, library: LibrarySync? = nil, backgroundImport: BackgroundImport? = nil) {
        self.state = state
        self.terminal = terminal
        self.library = library
        self.backgroundImport = backgroundImport
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
            needsPaint = collectImport() || needsPaint
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
                || backgroundImport?.isRunning == true
            guard let event = terminal.readEvent(timeoutMilliseconds: waiting ? 30 : 250) else { continue }
            recognition.noteInput()
            let previous = state
            state = Reducer.reduce(state, event: event)
            if let library { state = library.persist(from: previous, to: state) }
            needsPaint = true
        }
        if let library { state = library.persist(from: state, to: state, final: true) }
        return 0
    }

    /// Reports a finished background import and saves what waited for it; true when it finished.
    private func collectImport() -> Bool {
        guard let outcome = backgroundImport?.collect() else { return false }
        switch outcome {
        case .success(let report):
            if let library { state = library.importFinished(state) }
            if report.added + report.updated > 0 || !report.skipped.isEmpty {
                state.statusMessage = "Library: \(report.summary)"
            }
        case .failure(let error):
            state.statusMessage = "Not added to the library: \(error)"
        }
        return true
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
