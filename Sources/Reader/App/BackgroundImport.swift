import Foundation
import ReaderDocument
import ReaderLibrary

/// Imports the files a reader was opened on while they are already being read, so a large folder
/// lists at once; then brings them level with the library: the search index first, then their
/// entities, one article at a time at idle priority. The session polls the progress and collects
/// each outcome once.
final class BackgroundImport: @unchecked Sendable {
    /// What the work is doing now.
    enum Progress: Equatable {
        case waiting
        case importing(done: Int, total: Int)
        case findingEntities(done: Int, total: Int)
        case finished
    }

    /// The import's outcome: its report, and the library rows of the opened files by source path.
    struct Imported {
        var report: ImportReport
        var rows: [String: Int64]
    }

    /// How finding entities ended: how many articles got them, or why it stopped.
    enum EntityOutcome: Equatable {
        case found(articles: Int)
        case failed(String)
    }

    private let lock = NSLock()
    private var progress = Progress.waiting
    private var outcome: Result<Imported, LibraryError>?
    private var outcomeCollected = false
    private var entityOutcome: EntityOutcome?
    private var entityOutcomeCollected = false

    private let store: LibraryStore
    private let paths: [String]
    private let sourcePaths: [String]
    private let loader: ArticleLoader
    private var started = false

    /// Prepares the import of `paths`, whose articles are the files at `sourcePaths` (their
    /// identifiers); `start` runs it (after the first screen, so it does not slow that down).
    init(store: LibraryStore, paths: [String], sourcePaths: [String], loader: ArticleLoader) {
        self.store = store
        self.paths = paths
        self.sourcePaths = sourcePaths
        self.loader = loader
    }

    /// Starts the work on its own thread; entities are found with the service's recogniser.
    func start(recognition: EntityRecognitionService) {
        guard !started else { return }
        started = true
        let thread = Thread { [self] in
            let result = Result { () throws(LibraryError) in try importAndIndex() }
            lock.withLock { outcome = result }
            guard case .success(let imported) = result else {
                lock.withLock { progress = .finished }
                return
            }
            let ended = findEntities(Array(sourcePaths.compactMap { imported.rows[$0] }), recognition: recognition)
            lock.withLock {
                entityOutcome = ended
                progress = .finished
            }
        }
        thread.qualityOfService = .utility
        thread.start()
    }

    /// Imports without entities, then indexes for search, so the first search does not wait.
    private func importAndIndex() throws(LibraryError) -> Imported {
        let report = try store.importPaths(paths, recognizer: nil, deferSearchIndex: true, loader: loader) { done, total in
            self.lock.withLock { self.progress = .importing(done: done, total: total) }
        }
        try store.catchUpSearchIndex()
        return Imported(report: report, rows: try store.rowIDs(sourcePaths: sourcePaths))
    }

    private func findEntities(_ rows: [Int64], recognition: EntityRecognitionService) -> EntityOutcome {
        do {
            let needed = try store.rowsNeedingEntities(rows)
            guard !needed.isEmpty else { return .found(articles: 0) }
            EntityRecognitionService.lowerToIdlePriority()
            guard let recognizer = recognition.sharedRecognizer() else { return .failed("the entity model is not available") }
            lock.withLock { progress = .findingEntities(done: 0, total: needed.count) }
            let found = try store.recogniseEntities(needed, recognizer: recognizer, pause: recognition.stepAsideForInput) { done, total in
                self.lock.withLock { self.progress = .findingEntities(done: done, total: total) }
            }
            return .found(articles: found)
        } catch {
            return .failed(error.description)
        }
    }

    /// True while the import itself runs (the session polls quickly then).
    var isImporting: Bool {
        lock.withLock {
            switch progress {
            case .waiting, .importing: return started
            case .findingEntities, .finished: return false
            }
        }
    }

    var currentProgress: Progress { lock.withLock { progress } }

    /// The import's outcome, once, when it has finished.
    func collect() -> Result<Imported, LibraryError>? {
        lock.withLock {
            guard let outcome, !outcomeCollected else { return nil }
            outcomeCollected = true
            return outcome
        }
    }

    /// How finding entities ended, once, when it has.
    func collectEntities() -> EntityOutcome? {
        lock.withLock {
            guard let entityOutcome, !entityOutcomeCollected else { return nil }
            entityOutcomeCollected = true
            return entityOutcome
        }
    }
}
