import Foundation
@testable import Reader
@testable import ReaderCore
@testable import ReaderDocument

/// Reads the rest of an article only when the test says so, so a script can press keys while the
/// session shows a long article's beginning.
final class GatedRestReader: ArticleRestReading {
    private var asked: [(ArticleSummary, ArticleSource)] = []
    private var released = false
    private(set) var requests = 0

    func start(_ summary: ArticleSummary, source: ArticleSource) {
        asked.append((summary, source))
        requests += 1
    }

    /// From now on the rest arrives.
    func release() { released = true }

    func collect() -> [ReaderEvent] {
        guard released else { return [] }
        defer { asked.removeAll() }
        return asked.map { ArticleQueries.rest(of: $0.0, from: $0.1) }
    }

    var isReading: Bool { !asked.isEmpty }
}
