import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// The list over a library: order from the indexes, entries read as rows are shown, filters,
/// deferred search indexing, and a full disk.
@Suite struct LibraryCatalogTests {
    /// A library of `count` articles, a day apart, titled "Article N" (N = 0 is the oldest).
    func makeLibrary(_ folder: LibraryStoreTests.Folder, count: Int) throws -> LibraryStore {
        let store = try LibraryStore.open(path: folder.libraryPath)
        let articles = (0..<count).map { index in
            Article(
                id: ArticleID("a\(index)"), sourcePath: "/articles/\(index).txt", title: "Article \(index)",
                byline: nil, dateline: Dateline(text: "day \(index)", date: Date(timeIntervalSince1970: Double(index) * 86_400)),
                paragraphs: ["Body of article \(index) about \(index % 2 == 0 ? "harbours" : "mountains")."])
        }
        try store.add(articles)
        return store
    }

    @Test func listsNewestFirstAndReadsOnlyTheRowsShown() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try makeLibrary(folder, count: 1_000)
        let library = ReducerDriver.library(store)
        var state = library.run(try ReaderState.library(store, size: Size(width: 100, height: 30)), .input(.resize(Size(width: 100, height: 30)))).state
        #expect(state.articles.count == 1_000)
        #expect(state.articles[0].title == "Article 999")
        #expect(state.articles[999].title == "…", "not read until it is about to be shown")
        #expect(state.list.index.summaries.count < 200)
        let frame = ScreenRenderer.render(state)
        #expect(frame.lines().contains { $0.contains("Article 999") })
        state = library.after(state, .bottom)
        #expect(state.articles[999].title == "Article 0")
        state = library.after(state, .pageUp)
        state.selectedIndex = 500
        state = library.after(state, .moveDown)
        #expect(state.articles[500].dateline?.date == Date(timeIntervalSince1970: 499 * 86_400))
    }

    @Test func sortByTitleFiltersAndMarksWorkOverTheLibrary() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try makeLibrary(folder, count: 12)
        let library = ReducerDriver.library(store)
        var state = try ReaderState.library(store, size: Size(width: 100, height: 30))
        state = library.after(state, .toggleSort)
        #expect(state.articles.map(\.title).prefix(4) == ["Article 0", "Article 1", "Article 10", "Article 11"])
        // The newest article stays selected when the order changes.
        #expect(state.articles[state.selectedIndex].title == "Article 11")
        state = Reducer.reduce(state, action: .toggleRead)
        let newest = LibraryStore.articleID(12)
        #expect(state.list.readArticles == [newest])
        state = Reducer.reduce(state, action: .cycleFilter)
        #expect(state.list.filter == .unread && state.articles.count == 11)
        #expect(!state.articles.ids.contains(newest))
    }

    @Test func deferredSearchIndexCatchesUpBeforeTheNextSearch() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("a.txt", "Harbour news\n\nBoats in the harbour.")
        _ = try folder.write("b.txt", "Mountain news\n\nSnow on the peaks.")
        let articles = folder.url.appendingPathComponent("articles").path
        let report = try store.importPaths([articles], recognizer: nil, deferSearchIndex: true)
        #expect(report.added == 2)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articleSearch") } == 0)
        #expect(try store.search("harbour").map(\.title) == ["Harbour news"])
        #expect(try store.catchUpSearchIndex() == 0)

        // A changed file is indexed again: the old words are gone, the new ones found.
        _ = try folder.write("b.txt", "Mountain news\n\nRain in the valleys.")
        _ = try store.importPaths([articles], recognizer: nil, deferSearchIndex: true)
        #expect(try store.search("snow").isEmpty)
        #expect(try store.search("valleys").map(\.title) == ["Mountain news"])
    }

    @Test func aFullDiskIsAnErrorAndKeepsWhatWasStored() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("first.txt", "First\n\nA short article.")
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let pages = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try store.limitSize(pages: pages)
        for index in 0..<40 {
            _ = try folder.write("more-\(index).txt", "More \(index)\n\n" + String(repeating: "A long paragraph of words. ", count: 400))
        }
        #expect {
            _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        } throws: { error in
            "\(error)".contains("full")
        }
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.entries().map(\.summary.title).contains("First"))
    }
}
