import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderLibrary

/// Files opened directly (`reader DIR`), once imported, are searched by their text and found by
/// their entities through the library, as library articles are.
@Suite struct ImportedFilesTests {
    typealias Folder = LibraryStoreTests.Folder

    /// A folder of three articles, imported the way the reader imports an opened folder.
    func importedFolder(_ folder: Folder) throws -> (store: LibraryStore, paths: [String], rows: [String: Int64]) {
        let paths = [
            try folder.write("politics/a.txt", "Tories set out tax plans\n\nMichael Howard said on Monday that the zebrafish vote mattered."),
            try folder.write("politics/b.txt", "Election date rumours\n\nThe leader Michael Howard spoke in London about schools."),
            try folder.write("politics/c.txt", "Budget row deepens\n\nGordon Brown defended the zebrafish budget in Parliament."),
        ]
        let store = try LibraryStore.open(path: folder.libraryPath)
        let directory = folder.url.appendingPathComponent("articles/politics").path
        let report = try store.importPaths([directory], recognizer: nil, deferSearchIndex: true)
        #expect(report.added == 3)
        try store.catchUpSearchIndex()
        let summaries = ArticleLoader().loadSummaries(paths: [directory]).summaries
        let rows = try store.rowIDs(sourcePaths: summaries.map(\.sourcePath))
        return (store, paths, rows)
    }

    @Test func theFolderIsSearchedByBodyTextAndOnlyItsOwnArticlesAreListed() throws {
        let folder = try Folder()
        // A library article outside the folder that matches too.
        let outside = try folder.write("elsewhere.txt", "Fish news\n\nA zebrafish escaped.")
        let (store, paths, rows) = try importedFolder(folder)
        _ = try store.importPaths([outside], recognizer: nil)
        #expect(rows.count == 3)
        let source = ImportedFilesSource(files: FileArticleSource(), store: store, rows: rows)
        let hits = try #require(try source.search("zebrafish"))
        #expect(Set(hits) == [ArticleID(paths[0]), ArticleID(paths[2])], "body words, not titles; only the folder's files")
        #expect(try source.search("Tories") == [ArticleID(paths[0])])
    }

    @Test func entitiesOfTheFolderAreFoundInTheBackgroundAndIndexed() throws {
        let folder = try Folder()
        let (store, paths, rows) = try importedFolder(folder)
        let ordered = paths.compactMap { rows[$0] }
        #expect(try store.rowsNeedingEntities(ordered) == ordered, "the import found no entities")

        var reported: [Int] = []
        let found = try store.recogniseEntities(ordered, recognizer: try EntityResources.recognizer(), progress: { done, total in
            #expect(total == 3)
            reported.append(done)
        })
        #expect(found == 3)
        #expect(reported == [1, 2, 3])
        #expect(try store.rowsNeedingEntities(ordered).isEmpty)

        let source = ImportedFilesSource(files: FileArticleSource(), store: store, rows: rows)
        #expect(try source.articles(mentioning: "Michael Howard", label: .person) == [ArticleID(paths[0]), ArticleID(paths[1])])
        let top = try store.topEntities(limit: 20)
        #expect(top.first { $0.name == "Michael Howard" }?.articles == 2)
        #expect(top.contains { $0.name == "Gordon Brown" && $0.articles == 1 })
    }

    @Test func highlightsOfTheFolderNameTheFilesArticle() throws {
        let folder = try Folder()
        let (store, paths, rows) = try importedFolder(folder)
        let row = try #require(rows[paths[1]])
        let article = try #require(try store.article(row))
        let scalars = Array(article.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array("schools".unicodeScalars), in: scalars).first)
        let highlight = article.highlight(start..<(start + 7), color: .green, note: nil, stamper: .system, scalars: scalars)
        try store.saveHighlight(highlight, rowID: row, articleTitle: article.title)
        let source = ImportedFilesSource(files: FileArticleSource(), store: store, rows: rows)
        #expect(try source.highlights(matching: nil)?.map(\.highlight.articleID) == [ArticleID(paths[1])])
    }
}

@Suite struct ImportReportTests {
    @Test func theStatusLineNamesWhatWasSkipped() {
        var report = ImportReport()
        report.added = 2
        #expect(report.statusLine(logPath: "~/log") == "Library: 2 added, 0 updated, 0 unchanged, 0 skipped")
        report.skipped = [.binary(path: "/news/photo.txt")]
        #expect(report.statusLine(logPath: "~/log") == "Library: 2 added, 0 updated, 0 unchanged, 1 skipped: /news/photo.txt: binary file")
        report.skipped += [.unreadable(path: "/news/locked.txt", reason: "cannot read"), .binary(path: "/news/b\u{1B}[31m.txt")]
        #expect(report.statusLine(logPath: "~/log")
            == "Library: 2 added, 0 updated, 0 unchanged, 3 skipped (photo.txt, locked.txt, b␛[31m.txt; why in ~/log)")
        report.skipped += [.binary(path: "/news/d.txt"), .binary(path: "/news/e.txt")]
        #expect(report.statusLine(logPath: "~/log").hasSuffix("5 skipped (photo.txt, locked.txt, b␛[31m.txt and 2 more; why in ~/log)"))
    }
}
