import Foundation
import ReaderDocument
import ReaderCore

/// Reads the whole of an article shown from its beginning, off the session's thread; the session
/// collects the answer as an event. A protocol so session tests can decide when the rest arrives.
protocol ArticleRestReading: AnyObject {
    func start(_ summary: ArticleSummary, source: ArticleSource)
    /// Answers that arrived since the last call.
    func collect() -> [ReaderEvent]
    /// True while a read runs (the session then looks for its answer often).
    var isReading: Bool { get }
}

/// One thread per article; an answer for an article no longer open is dropped by the reducer.
final class ArticleRestReader: ArticleRestReading, @unchecked Sendable {
    private let lock = NSLock()
    private var inbox: [ReaderEvent] = []
    private var running = 0

    func start(_ summary: ArticleSummary, source: ArticleSource) {
        lock.withLock { running += 1 }
        let thread = Thread { [self] in
            let answer = ArticleQueries.rest(of: summary, from: source)
            lock.withLock {
                inbox.append(answer)
                running -= 1
            }
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    func collect() -> [ReaderEvent] {
        lock.withLock {
            defer { inbox.removeAll() }
            return inbox
        }
    }

    var isReading: Bool { lock.withLock { running > 0 } }
}
