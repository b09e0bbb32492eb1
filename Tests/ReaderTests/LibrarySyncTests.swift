import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

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

    /// `reader DIR` as `OpenCommand` starts it: the folder's files listed from disk, their marks
    /// and the last session's article from the library.
    static func folderState(_ folder: URL, sync: LibrarySync) -> ReaderState {
        let summaries = ArticleLoader().loadSummaries(paths: [folder.path]).summaries
        var state = ReaderState(summaries: summaries, source: FileArticleSource(), size: Size(width: 160, height: 45))
        state = Reducer.reduce(sync.restoreMarks(state), event: .resize(state.size))
        state.readRule = .onOpen
        return state
    }

    @Test func aFolderOpensOnTheArticleLastReadThereWithoutMarkingItRead() throws {
        let long = (1...40).map { "Paragraph \($0) about the harbour, the boats and the weather." }.joined(separator: "\n\n")
        let fixture = try TextArticleFolder(named: "reader-sync", folder: "articles", texts: Dictionary(
            uniqueKeysWithValues: ["alpha", "bravo", "charlie"].map { ($0, "\($0.capitalized) report\n\n\(long)") }))
        defer { fixture.remove() }
        let (root, folder, store) = (fixture.root, fixture.articles, fixture.store)
        _ = try store.importPaths([folder.path], recognizer: nil)

        // Last time: Bravo was read in the text pane, scrolled down; stored under its library id.
        let first = LibrarySync(store: store)
        var before = Self.folderState(folder, sync: first)
        let bravo = try #require(before.articles.ids.first { $0.rawValue.hasSuffix("bravo.txt") })
        #expect(Reducer.showSelectedIfNothingOpen(before).openArticle?.id != bravo, "not what the first screen shows anyway")
        var after = Reducer.open(before, index: try #require(before.articles.index(of: bravo)))
        after = first.persist(from: before, to: after)
        before = after
        for _ in 0..<10 { after = Reducer.reduce(after, action: .moveDown) }
        after.readArticles = []
        after = first.persist(from: before, to: after, final: true)
        let anchor = after.textAnchor
        #expect(anchor != .top)
        #expect(store.appState("openArticle").flatMap { LibraryStore.rowID(of: ArticleID($0)) } == store.rowID(sourcePath: bravo.rawValue))

        // This time: the folder opens on Bravo, where it was left, with the text focused, unread.
        let second = LibrarySync(store: store)
        let restored = second.restoreLastSession(Self.folderState(folder, sync: second))
        #expect(restored.openArticle?.id == bravo)
        #expect(restored.articles.ids[restored.selectedIndex] == bravo)
        #expect(restored.textAnchor == anchor)
        #expect(restored.focus == .text)
        #expect(restored.readArticles.isEmpty, "nobody chose it yet")

        // Another folder without Bravo opens as before: nothing here, the selected one after.
        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "Delta report\n\nText.".write(to: other.appendingPathComponent("delta.txt"), atomically: true, encoding: .utf8)
        #expect(second.restoreLastSession(Self.folderState(other, sync: second)).openArticle == nil)
    }

    @Test func theLibraryOpensOnAFileLastReadBeforeItsImportFinished() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reader-sync-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["alpha", "bravo"] {
            try "\(name.capitalized) report\n\nText.".write(to: root.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
        }
        let store = try LibraryStore.open(path: root.appendingPathComponent("library.sqlite").path)
        _ = try store.importPaths([root.path], recognizer: nil)
        let bravoPath = try #require(ArticleLoader().loadSummaries(paths: [root.path]).summaries.first { $0.title == "Bravo report" }).sourcePath
        // Stored by its path: the file had no library row yet when it was opened.
        try store.setAppState("openArticle", bravoPath)
        let sync = LibrarySync(store: store)
        var state = try ReaderState.library(store, size: Size(width: 160, height: 45))
        state.readRule = .onOpen
        state = sync.restoreLastSession(state)
        #expect(state.openArticle?.title == "Bravo report")
        #expect(state.openArticle?.id == store.rowID(sourcePath: bravoPath).map(LibraryStore.articleID))
        #expect(state.readArticles.isEmpty)
    }
}
