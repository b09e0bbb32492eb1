import Foundation
@testable import ReaderDocument
@testable import ReaderCore

/// Paths and articles the tests share.
enum Fixtures {
    /// The repository root, found from this file's location.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let samplesFolder = repositoryRoot.appendingPathComponent("Sources/ReaderResources/Resources/Samples")
    static let seedArticlePath = samplesFolder.appendingPathComponent("01-kremlin-kim-visit.txt").path
    /// ../shared beside the repository; tests that need it say so when it is missing.
    static let sharedFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func seedArticle() throws -> Article {
        try ArticleLoader().load(path: seedArticlePath).get()
    }

    /// Selects the seed article in the list (the list is sorted by date, newest first).
    static func selectingSeed(_ state: ReaderState) -> ReaderState {
        var state = state
        state.selectedIndex = state.articles.firstIndex { $0.title.hasPrefix("Breaking: Kremlin") } ?? 0
        return state
    }

    static func article(_ text: String, path: String = "/tmp/test.txt") -> Article {
        ArticleParser().parse(text, id: ArticleID(path), sourcePath: path)
    }
}
