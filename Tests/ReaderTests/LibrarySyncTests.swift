import Foundation
import Testing
@testable import Reader
@testable import ReaderKit

/// What the reader keeps in the library between runs.
@Suite struct LibrarySyncTests {
    @Test func theSortOrderSurvivesARestart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-sync-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try LibraryStore.open(path: folder.appendingPathComponent("library.sqlite").path)
        try store.add([
            Article(id: ArticleID("z"), sourcePath: "/z.txt", title: "Zebras", byline: nil,
                    dateline: Dateline(text: "2 May 2024", date: Date(timeIntervalSince1970: 1_714_608_000)), paragraphs: ["Text."]),
            Article(id: ArticleID("a"), sourcePath: "/a.txt", title: "Aardvarks", byline: nil,
                    dateline: Dateline(text: "1 May 2024", date: Date(timeIntervalSince1970: 1_714_521_600)), paragraphs: ["Text."]),
        ])
        let size = Size(width: 100, height: 30)
        let first = LibrarySync(store: store)
        let opened = first.restoreListSort(try ReaderState.library(store, size: size))
        #expect(opened.listSort == .date)
        #expect(opened.articles.map(\.title) == ["Zebras", "Aardvarks"])
        let sorted = Reducer.reduce(opened, action: .toggleSort)
        _ = first.persist(from: opened, to: sorted)

        let again = LibrarySync(store: store).restoreListSort(try ReaderState.library(store, size: size))
        #expect(again.listSort == .title)
        #expect(again.articles.map(\.title) == ["Aardvarks", "Zebras"])
    }
}
