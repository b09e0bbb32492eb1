import Foundation
import Testing
@testable import Reader
@testable import ReaderKit

/// `reader DIR`'s background work: the import, then the search index and the entities of the
/// folder's articles, as `reader import` gives them to the library.
@Suite struct BackgroundImportTests {
    @Test func anOpenedFolderEndsUpSearchableByTextWithItsEntitiesIndexed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-background-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("politics")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = [
            "Tories set out tax plans\n\nMichael Howard said on Monday that the zebrafish vote mattered.",
            "Election date rumours\n\nThe leader Michael Howard spoke in London about schools.",
            "Budget row deepens\n\nGordon Brown defended the budget in Parliament.",
        ]
        for (index, text) in texts.enumerated() {
            try text.write(to: articles.appendingPathComponent("\(index).txt"), atomically: true, encoding: .utf8)
        }
        let store = try LibraryStore.open(path: folder.appendingPathComponent("library.sqlite").path)
        let summaries = ArticleLoader().loadSummaries(paths: [articles.path]).summaries
        let work = BackgroundImport(store: store, paths: [articles.path], sourcePaths: summaries.map(\.sourcePath), loader: ArticleLoader())
        #expect(work.currentProgress == .waiting)
        work.start(recognition: EntityRecognitionService())
        // Polls for the end rather than timing it; the bound only keeps a hang from lasting forever.
        var polls = 0
        while work.currentProgress != .finished && polls < 12_000 {
            usleep(10_000)
            polls += 1
        }
        #expect(work.currentProgress == .finished)

        let imported = try #require(try work.collect()?.get())
        #expect(imported.report.added == 3)
        #expect(Set(imported.rows.keys) == Set(summaries.map(\.sourcePath)))
        #expect(work.collect() == nil, "collected once")
        #expect(work.collectEntities() == .found(articles: 3))
        #expect(try store.rowsNeedingEntities(Array(imported.rows.values)).isEmpty)
        #expect(try store.topEntities(limit: 10).first { $0.name == "Michael Howard" }?.articles == 2)

        let source = ImportedFilesSource(files: FileArticleSource(), store: store, rows: imported.rows)
        #expect(source.search("zebrafish")?.count == 1, "body text is indexed")
        #expect(source.articles(mentioning: "Michael Howard", label: .person)?.count == 2)
    }
}
