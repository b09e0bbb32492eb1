import Foundation
import ReaderKit

/// Imports the files a reader was opened on while they are already being read, so a large folder
/// lists at once. The session collects the report when it is ready.
final class BackgroundImport: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<ImportReport, LibraryError>?
    private var collected = false

    private let store: LibraryStore
    private let paths: [String]
    private let loader: ArticleLoader
    private var started = false

    /// Prepares the import; `start` runs it (after the first screen, so it does not slow that down).
    init(store: LibraryStore, paths: [String], loader: ArticleLoader) {
        self.store = store
        self.paths = paths
        self.loader = loader
    }

    func start() {
        guard !started else { return }
        started = true
        let thread = Thread { [self] in
            let result = Result { () throws(LibraryError) in
                try store.importPaths(paths, recognizer: nil, deferSearchIndex: true, loader: loader)
            }
            lock.withLock { outcome = result }
        }
        thread.qualityOfService = .utility
        thread.start()
    }

    var isRunning: Bool { lock.withLock { outcome == nil } }

    /// The import's outcome, once, when it has finished.
    func collect() -> Result<ImportReport, LibraryError>? {
        lock.withLock {
            guard let outcome, !collected else { return nil }
            collected = true
            return outcome
        }
    }
}
