import ReaderKit

/// Runs the interface: render the state, paint it, read an event, reduce, until quit or a signal.
final class ReaderSession {
    private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let recognition = EntityRecognitionService()
    private let library: LibrarySync?
    private let backgroundImport: BackgroundImport?
    /// The config's editor command for notes; nil means $VISUAL, then $EDITOR.
    private let editor: String?
    /// Articles whose entities were looked up or requested: each only once.
    private var entitiesSought: Set<ArticleID> = []
    /// The article whose stored highlights are in the state.
    private var highlightsLoadedFor: ArticleID?

    init(state: ReaderState, terminal: TerminalBackend, library: LibrarySync? = nil, backgroundImport: BackgroundImport? = nil, editor: String? = nil) {
        self.state = state
        self.editor = editor
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
            needsPaint = loadHighlights() || needsPaint
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
            saveAnnotations()
            runEffect()
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

    /// Runs work the reducer asked for outside it: the note editor.
    private func runEffect() {
        guard let effect = state.effect else { return }
        state.effect = nil
        switch effect {
        case .editNote(let id, let text):
            switch terminal.suspend({ NoteEditor.edit(text, command: editor) }) {
            case .edited(let note):
                state = Reducer.noteEdited(state, highlightID: id, text: note)
                saveAnnotations()
            case .failed(let reason):
                state.statusMessage = reason
            }
        }
    }

    /// Reports a finished background import and saves what waited for it; true when it finished.
    private func collectImport() -> Bool {
        guard let outcome = backgroundImport?.collect() else { return false }
        switch outcome {
        case .success(let report):
            ReaderLog.logger.info("background import finished: \(report.summary)")
            if let library { state = library.importFinished(state) }
            if report.added + report.updated > 0 || !report.skipped.isEmpty {
                state.statusMessage = "Library: \(report.summary)"
            }
        case .failure(let error):
            ReaderLog.logger.error("background import failed: \(error)")
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
