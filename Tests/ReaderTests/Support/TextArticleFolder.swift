import Foundation
@testable import Reader
@testable import ReaderDocument
@testable import ReaderLibrary

/// A temporary folder of plain-text articles with an empty library beside it, as a user's
/// `reader DIR` meets them; `remove()` takes both away.
struct TextArticleFolder {
    let root: URL
    /// The articles' folder, inside `root`.
    let articles: URL
    let store: LibraryStore

    /// Writes each text to `articles/NAME.txt`.
    init(named name: String, folder: String, texts: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        articles = root.appendingPathComponent(folder)
        do {
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
            for (name, text) in texts {
                try text.write(to: articles.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            }
            store = try LibraryStore.open(path: root.appendingPathComponent("library.sqlite").path)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The folder's summaries, and the import of it into `store` that `reader DIR` runs in the background.
    func backgroundImport() -> (summaries: [ArticleSummary], work: BackgroundImport) {
        let summaries = ArticleLoader().loadSummaries(paths: [articles.path]).summaries
        let work = BackgroundImport(store: store, paths: [articles.path], sourcePaths: summaries.map(\.sourcePath), loader: ArticleLoader())
        return (summaries, work)
    }
}

extension BackgroundImport {
    /// Polls for the end rather than timing it; the bound only keeps a hang from lasting forever.
    func waitUntilFinished() {
        var polls = 0
        while currentProgress != .finished && polls < 12_000 {
            usleep(10_000)
            polls += 1
        }
    }
}
