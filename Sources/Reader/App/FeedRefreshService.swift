import Foundation
import ReaderLibrary
import Synchronization

/// Refreshes feeds in the background while the reader stays usable; the main loop polls progress
/// and the final results.
final class FeedRefreshService: Sendable {
    enum Status: Sendable {
        case idle
        case running(done: Int, total: Int)
        case finished([FeedRefreshResult])
    }

    private let status = Mutex<Status>(.idle)
    /// The config's `[feeds] full-text`, for feeds without a setting of their own.
    let fullTextByDefault: Bool

    init(fullTextByDefault: Bool = false) {
        self.fullTextByDefault = fullTextByDefault
    }

    var isRunning: Bool {
        status.withLock { if case .running = $0 { return true } else { return false } }
    }

    /// Starts a refresh of every feed unless one is running; false when there was nothing to start.
    func start(store: LibraryStore) -> Bool {
        guard !isRunning, let feeds = try? store.feeds(), !feeds.isEmpty else { return false }
        status.withLock { $0 = .running(done: 0, total: feeds.count) }
        Thread.detachNewThread { [self] in
            let results = FeedRefreshing.refresher(fullTextByDefault: fullTextByDefault).refresh(feeds, in: store) { done, total, _ in
                self.status.withLock { $0 = .running(done: done, total: total) }
            }
            self.status.withLock { $0 = .finished(results) }
        }
        return true
    }

    /// The current status; a finished refresh is reported once, then the service is idle again.
    func poll() -> Status {
        status.withLock { current in
            if case .finished = current {
                defer { current = .idle }
                return current
            }
            return current
        }
    }
}
