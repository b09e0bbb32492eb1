import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// A file named more than once in an import (through symlinks) is one article; links and empty
/// files that cannot be articles are named in the report.
@Suite struct ImportedLinkTests {
    typealias Folder = LibraryStoreTests.Folder

    func link(_ folder: Folder, _ name: String, to target: String) throws -> String {
        let path = folder.url.appendingPathComponent("articles/\(name)").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        return path
    }

    @Test func aLinkInAnImportedFolderToAFileInItIsTheSameArticle() throws {
        let folder = try Folder()
        let real = try folder.write("persian.txt", "Persian\n\nText.")
        let linked = try link(folder, "link-to-persian.txt", to: real)
        let store = try LibraryStore.open(path: folder.libraryPath)
        let report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.added == 1 && report.skipped.isEmpty, "\(report.summary)")
        let entries = try store.entries()
        #expect(entries.map(\.summary.sourcePath) == [real], "stored under the file's own name")
        let row = try #require(store.rowID(sourcePath: real))
        #expect(store.rowID(filePath: linked) == row)
        #expect(try store.importPaths([linked], recognizer: nil).unchanged == 1)
    }

    @Test func aLinkToAFileAlreadyInTheLibraryUpdatesThatArticle() throws {
        let folder = try Folder()
        let real = try folder.write("real/a.txt", "Alpha\n\nText.")
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try store.importPaths([real], recognizer: nil)
        let row = try #require(store.rowID(sourcePath: real))
        let linked = try link(folder, "b.txt", to: real)
        var report = try store.importPaths([linked], recognizer: nil)
        #expect(report.unchanged == 1 && report.added == 0)
        try "Alpha\n\nText changed.".write(toFile: real, atomically: true, encoding: .utf8)
        report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.updated == 1 && report.added == 0, "\(report.summary)")
        #expect(try store.entries().map(\.summary.sourcePath) == [real], "the stored name is kept")
        #expect(try store.article(row)?.paragraphs == ["Text changed."])
        #expect(try store.rowIDs(sourcePaths: [linked]) == [linked: row], "a session opened on the link finds it")
    }

    @Test func aFileNamedOnlyThroughALinkIsImportedOnceUnderTheLinksName() {
        let named = ["/a/link.txt", "/a/other-link.txt", "/b/outside.txt"]
        let real = ["/a/link.txt": "/c/file.txt", "/a/other-link.txt": "/c/file.txt"]
        let files = ImportFiles.resolve(named, known: [:], realPath: { real[$0] ?? $0 })
        #expect(files.map(\.sourcePath) == ["/a/link.txt", "/b/outside.txt"])
        #expect(files.allSatisfy { $0.existing == nil })
    }

    @Test func aLibraryHoldingAFileTwiceMatchesItsOwnName() {
        let known = [
            "/a/link.txt": KnownArticle(id: 2, hash: "x", sourcePath: "/a/link.txt"),
            "/a/file.txt": KnownArticle(id: 1, hash: "y", sourcePath: "/a/file.txt"),
        ]
        let real = ["/a/link.txt": "/a/file.txt", "/a/third.txt": "/a/file.txt"]
        let files = ImportFiles.resolve(["/a/third.txt"], known: known, realPath: { real[$0] ?? $0 })
        #expect(files.map(\.existing?.id) == [1])
        #expect(files.map(\.sourcePath) == ["/a/file.txt"])
    }

    @Test func aBrokenLinkAndAnEmptyFileAreNamedAsSkipped() throws {
        let folder = try Folder()
        _ = try folder.write("good.txt", "Good\n\nText.")
        let empty = try folder.write("zero.txt", "")
        let blank = try folder.write("blank.md", "  \n\n\t\n")
        let dangling = try link(folder, "dangling.txt", to: folder.url.appendingPathComponent("gone.txt").path)
        let store = try LibraryStore.open(path: folder.libraryPath)
        let report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.added == 1)
        #expect(Set(report.skipped) == [.empty(path: empty), .empty(path: blank), .brokenLink(path: dangling)])
        #expect(ArticleLoadError.empty(path: "/x/zero.txt").description == "/x/zero.txt: empty file")
        #expect(ArticleLoadError.brokenLink(path: "/x/l.txt").description == "/x/l.txt: broken link (its target is gone)")
        #expect(ArticleLoadError.binary(path: "/x/b.txt").description == "/x/b.txt: binary file")
    }

    @Test func theFileListOfAFolderHasEachFileOnceAndNamesWhatItSkips() throws {
        let folder = try Folder()
        let real = try folder.write("persian.txt", "Persian\n\nText.")
        _ = try link(folder, "link-to-persian.txt", to: real)
        let empty = try folder.write("zero.txt", "")
        let loaded = ArticleLoader().loadSummaries(paths: [folder.url.appendingPathComponent("articles").path])
        #expect(loaded.summaries.map(\.sourcePath) == [real])
        #expect(loaded.failures == [.empty(path: empty)])
    }
}
