import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderCore
@testable import ReaderLibrary

/// The library database: opening, importing, reading state, search and the entity index.
@Suite struct LibraryStoreTests {
    /// A fresh folder per test, removed afterwards.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-library-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        var libraryPath: String { url.appendingPathComponent("lib/library.sqlite").path }
        func write(_ name: String, _ text: String) throws -> String {
            let path = url.appendingPathComponent("articles/\(name)").path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    @Test func createsFolderAndFileWithPrivatePermissions() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        #expect(!store.isReadOnly)
        let folderMode = try FileManager.default.attributesOfItem(atPath: (folder.libraryPath as NSString).deletingLastPathComponent)[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: folder.libraryPath)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
        #expect(try store.integrityCheck() == "ok")
        // The write-ahead log holds the latest changes until a checkpoint: private too.
        try store.setAppState("focus", "text")
        for companion in [folder.libraryPath + "-wal", folder.libraryPath + "-shm"] {
            let mode = try FileManager.default.attributesOfItem(atPath: companion)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(companion)")
        }
    }

    @Test func aReadOnlyLibraryReadsButRefusesChangesWithAnError() throws {
        let folder = try Folder()
        let writer = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("a.txt", "Title\n\nText.")
        _ = try writer.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let reader = try LibraryStore.open(path: folder.libraryPath, readOnly: true)
        #expect(reader.isReadOnly)
        let entry = try #require(try reader.entries().first)
        #expect(throws: LibraryError.readOnly(path: folder.libraryPath)) {
            try reader.saveReadingState(entry.id, StoredReadingState(isRead: true))
        }
        #expect(try writer.readingState(entry.id) == StoredReadingState())
    }

    @Test func twoStoresOnOneLibraryBothWork() throws {
        let folder = try Folder()
        let first = try LibraryStore.open(path: folder.libraryPath)
        let second = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("a.txt", "Title\n\nText.")
        _ = try first.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let entry = try #require(try second.entries().first)
        try second.saveReadingState(entry.id, StoredReadingState(isStarred: true))
        #expect(try first.readingState(entry.id).isStarred)
        #expect(try first.integrityCheck() == "ok")
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let folder = try Folder()
        let path = try folder.write("notes.sqlite", "These are my notes, not a database.")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.notALibrary(path: path)) { try LibraryStore.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func importAddsThenSkipsUnchangedThenUpdatesChangedKeepingState() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        let first = try folder.write("a.txt", "First title\n\nBy Ana Souza\n\nOne paragraph about Lisbon.")
        _ = try folder.write("b.md", "# Second\n\nText.")
        _ = try folder.write("skip.bin", "not taken from a directory")
        var report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.added == 2 && report.updated == 0 && report.unchanged == 0)
        report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.added == 0 && report.unchanged == 2)

        let entry = try #require(try store.entries().first { $0.summary.title == "First title" })
        try store.saveReadingState(entry.id, StoredReadingState(isRead: true, isStarred: true, anchor: ScrollAnchor(block: 2, offset: 4)))
        try "First title\n\nBy Ana Souza\n\nOne paragraph about Porto now.".write(toFile: first, atomically: true, encoding: .utf8)
        report = try store.importPaths([first], recognizer: nil)
        #expect(report.updated == 1)
        let state = try store.readingState(entry.id)
        #expect(state.isRead && state.isStarred && state.anchor == ScrollAnchor(block: 2, offset: 4))
        #expect(try store.article(entry.id)?.paragraphs == ["One paragraph about Porto now."])
    }

    @Test func missingAndBinaryFilesAreSkippedWithReasons() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        let binary = folder.url.appendingPathComponent("binary.txt").path
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: binary))
        let report = try store.importPaths([binary, "/nonexistent/x.txt"], recognizer: nil)
        #expect(report.skipped.count == 2)
        #expect(report.skipped.contains(.binary(path: binary)))
    }

    @Test func listFiltersAndSorts() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("1.txt", "Beta\n\n2024-01-02\n\nText.")
        _ = try folder.write("2.txt", "Alpha\n\n2023-05-06\n\nText.")
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(try store.entries(LibraryListQuery(sort: .date)).map(\.summary.title) == ["Beta", "Alpha"])
        #expect(try store.entries(LibraryListQuery(sort: .title)).map(\.summary.title) == ["Alpha", "Beta"])
        let alpha = try #require(try store.entries().first { $0.summary.title == "Alpha" })
        try store.saveReadingState(alpha.id, StoredReadingState(isStarred: true))
        #expect(try store.entries(LibraryListQuery(filter: .starred)).map(\.summary.title) == ["Alpha"])
        #expect(try store.entries(LibraryListQuery(filter: .unread)).count == 2)
    }

    @Test func searchRanksTitlesAndQuotesUserInput() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("1.txt", "Harbour budget approved\n\nThe council met on Monday.")
        _ = try folder.write("2.txt", "Council news\n\nA harbour was mentioned once.")
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let hits = try store.search("harbour")
        #expect(hits.map(\.title) == ["Harbour budget approved", "Council news"])
        #expect(try store.search("harb").count == 2)
        #expect(try store.search("\" OR * NEAR(").isEmpty)
        #expect(hits[1].snippet.contains("[harbour]"))
    }

    @Test func isEmptyUntilTheFirstArticleIsImported() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        #expect(store.isEmpty && store.articleCount == 0)
        _ = try folder.write("1.txt", "Council news\n\nThe harbour budget was approved.")
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(!store.isEmpty && store.articleCount == 1)
    }

    @Test func entitiesAreStoredWithTheRecogniserVersionAndIndexed() throws {
        let recognizer = try EntityResources.recognizer()
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("1.txt", "Talks\n\nVladimir Putin met Kim Jong-un in Vladivostok. Putin smiled.")
        _ = try folder.write("2.txt", "More talks\n\nVladimir Putin spoke in Moscow.")
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: recognizer)
        let top = try store.topEntities(limit: 5)
        let putin = try #require(top.first { $0.name == "Vladimir Putin" })
        #expect(putin.articles == 2 && putin.mentions == 3 && putin.label == .person)
        #expect(try store.articles(mentioning: "Vladimir Putin", label: .person).count == 2)
        let first = try #require(try store.entries().first { $0.summary.title == "Talks" })
        #expect(try store.entities(first.id)?.map(\.text).contains("Kim Jong-un") == true)
    }

    @Test func entitiesFoundInTextTheLibraryNoLongerHasAreNotStored() throws {
        let folder = try Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        let path = try folder.write("1.txt", "Talks\n\nAngela Merkel spoke.")
        _ = try store.importPaths([path], recognizer: nil)
        let row = try #require(store.rowID(sourcePath: path))
        let old = try #require(try store.article(row))
        _ = try folder.write("1.txt", "Talks\n\nYesterday Olaf Scholz spoke.")
        _ = try store.importPaths([path], recognizer: nil)
        let oldSpans = [EntitySpan(start: 7, end: 20, label: .person, text: "Angela Merkel")]
        #expect(try store.saveEntities(row, spans: oldSpans, foundIn: old) == false)
        #expect(try store.entities(row) == nil, "the old text's offsets are not put on the new text")
        let current = try #require(try store.article(row))
        let newSpans = [EntitySpan(start: 17, end: 28, label: .person, text: "Olaf Scholz")]
        #expect(try store.saveEntities(row, spans: newSpans, foundIn: current))
        #expect(try store.entities(row) == newSpans)
    }
}

/// A library written by the first version of the schema opens and upgrades with its data intact.
@Suite struct LibraryMigrationTests {
    @Test func firstVersionLibraryOpensAndKeepsItsData() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/library-v1.sqlite")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("library-v1-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let store = try LibraryStore.open(path: copy.path)
        #expect(try store.integrityCheck() == "ok")
        let entries = try store.entries(LibraryListQuery(sort: .title))
        #expect(entries.map(\.summary.title) == [
            "Breaking: Kremlin announces Kim Jong-un's visit to Russia",
            "Council approves £4.2m harbour repair plan after heated late-night vote",
        ])
        let seed = try #require(entries.first)
        #expect(seed.isRead && seed.isStarred)
        #expect(try store.readingState(seed.id).anchor == ScrollAnchor(block: 3, offset: 10))
        #expect(try store.article(seed.id)?.paragraphs.last == "Putin claims that Poland will invade Belarus.")
        #expect(try store.search("Vladivostok").map(\.id) == [seed.id])
    }
}
