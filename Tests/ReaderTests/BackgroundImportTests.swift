import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderLibrary

/// `reader DIR`'s background work: the import, then the search index and the entities of the
/// folder's articles, as `reader import` gives them to the library.
@Suite struct BackgroundImportTests {
    @Test func anOpenedFolderEndsUpSearchableByTextWithItsEntitiesIndexed() throws {
        let fixture = try TextArticleFolder(named: "reader-background", folder: "politics", texts: [
            "0": "Tories set out tax plans\n\nMichael Howard said on Monday that the zebrafish vote mattered.",
            "1": "Election date rumours\n\nThe leader Michael Howard spoke in London about schools.",
            "2": "Budget row deepens\n\nGordon Brown defended the budget in Parliament.",
        ])
        defer { fixture.remove() }
        let store = fixture.store
        let (summaries, work) = fixture.backgroundImport()
        #expect(work.currentProgress == .waiting)
        work.start(recognition: EntityRecognitionService())
        work.waitUntilFinished()
        #expect(work.currentProgress == .finished)

        let imported = try #require(try work.collect()?.get())
        #expect(imported.report.added == 3)
        #expect(Set(imported.rows.keys) == Set(summaries.map(\.sourcePath)))
        #expect(work.collect() == nil, "collected once")
        #expect(work.collectEntities() == .found(articles: 3))
        #expect(try store.rowsNeedingEntities(Array(imported.rows.values)).isEmpty)
        #expect(try store.topEntities(limit: 10).first { $0.name == "Michael Howard" }?.articles == 2)

        let source = ImportedFilesSource(files: FileArticleSource(), store: store, rows: imported.rows)
        #expect(try source.search("zebrafish")?.count == 1, "body text is indexed")
        #expect(try source.articles(mentioning: "Michael Howard", label: .person)?.count == 2)
    }
}
