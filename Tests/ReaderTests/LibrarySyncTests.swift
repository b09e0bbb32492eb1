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
        var first = try LibraryReader(store: store, size: size)
        #expect(first.state.list.sort == .date)
        #expect(first.state.articles.map(\.title) == ["Zebras", "Aardvarks"])
        first.send(.toggleSort)

        let again = try LibraryReader(store: store, size: size).state
        #expect(again.list.sort == .title)
        #expect(again.articles.map(\.title) == ["Aardvarks", "Zebras"])
    }

    /// `reader DIR` as `OpenCommand` starts it: the folder's files listed from disk, their marks
    /// and the last session's article from the library.
    static func folderReader(_ folder: URL, store: LibraryStore) -> LibraryReader {
        var reader = LibraryReader(folder: folder, store: store)
        reader.state.settings.readRule = .onOpen
        return reader
    }

    @Test func aFolderOpensOnTheArticleLastReadThereWithoutMarkingItRead() throws {
        let long = (1...40).map { "Paragraph \($0) about the harbour, the boats and the weather." }.joined(separator: "\n\n")
        let fixture = try TextArticleFolder(named: "reader-sync", folder: "articles", texts: Dictionary(
            uniqueKeysWithValues: ["alpha", "bravo", "charlie"].map { ($0, "\($0.capitalized) report\n\n\(long)") }))
        defer { fixture.remove() }
        let (root, folder, store) = (fixture.root, fixture.articles, fixture.store)
        _ = try store.importPaths([folder.path], recognizer: nil)

        // Last time: Bravo was read in the text pane, scrolled down; stored under its library id.
        var first = Self.folderReader(folder, store: store)
        let bravo = try #require(first.state.articles.ids.first { $0.rawValue.hasSuffix("bravo.txt") })
        var firstScreen = Self.folderReader(folder, store: store)
        firstScreen.send(.showFirstArticle(focus: nil))
        #expect(firstScreen.state.openArticle?.id != bravo, "not what the first screen shows anyway")
        first.state.selectedIndex = try #require(first.state.articles.index(of: bravo))
        first.send(.openSelected)
        for _ in 0..<10 { first.send(.moveDown) }
        first.state.list.setMarks(read: [], starred: first.state.list.starredArticles)
        first.send(.quit)
        let anchor = first.state.textAnchor
        #expect(anchor != .top)
        #expect(store.appState("openArticle").flatMap { LibraryStore.rowID(of: ArticleID($0)) } == store.rowID(sourcePath: bravo.rawValue))

        // This time: the folder opens on Bravo, where it was left, with the text focused, unread.
        var second = Self.folderReader(folder, store: store)
        second.showFirstScreen()
        let restored = second.state
        #expect(restored.openArticle?.id == bravo)
        #expect(restored.articles.ids[restored.selectedIndex] == bravo)
        #expect(restored.textAnchor == anchor)
        #expect(restored.focus == .text)
        #expect(restored.list.readArticles.isEmpty, "nobody chose it yet")

        // Another folder without Bravo opens as before: nothing here, the selected one after.
        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "Delta report\n\nText.".write(to: other.appendingPathComponent("delta.txt"), atomically: true, encoding: .utf8)
        var elsewhere = Self.folderReader(other, store: store)
        let (unselected, _) = elsewhere.sync.selectLastOpen(elsewhere.state)
        elsewhere.state = unselected
        #expect(elsewhere.state.openArticle == nil && elsewhere.state.selectedIndex == 0)
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
        var reader = try LibraryReader(store: store, size: Size(width: 160, height: 45))
        reader.state.settings.readRule = .onOpen
        reader.showFirstScreen()
        let state = reader.state
        #expect(state.openArticle?.title == "Bravo report")
        #expect(state.openArticle?.id == store.rowID(sourcePath: bravoPath).map(LibraryStore.articleID))
        #expect(state.list.readArticles.isEmpty)
    }
}
