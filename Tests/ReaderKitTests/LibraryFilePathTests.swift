import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// Articles named by a path through a symlink, on either side of the link.
@Suite struct LibraryFilePathTests {
    typealias Folder = LibraryStoreTests.Folder

    func linkedFolder(_ folder: Folder) throws -> (real: String, link: String) {
        let file = try folder.write("real/a.txt", "Title\n\nText.")
        let real = (file as NSString).deletingLastPathComponent
        let link = folder.url.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        return (real, link)
    }

    @Test func anArticleImportedByItsRealPathIsFoundThroughALink() throws {
        let folder = try Folder()
        let (real, link) = try linkedFolder(folder)
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try store.importPaths([real], recognizer: nil)
        let row = try #require(store.rowID(sourcePath: real + "/a.txt"))
        #expect(store.rowID(filePath: link + "/a.txt") == row)
        #expect(store.rowID(filePath: link + "/./a.txt") == row)
        #expect(store.rowID(filePath: real + "/a.txt") == row)
        let other = folder.url.appendingPathComponent("b.txt").path
        try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: real + "/a.txt")
        #expect(store.rowID(filePath: other) == row, "a link to the file under another name")
        #expect(store.rowID(filePath: folder.url.appendingPathComponent("none.txt").path) == nil)
    }

    @Test func aFolderImportedThroughALinkIsImportedAndFoundByItsRealPath() throws {
        let folder = try Folder()
        let (real, link) = try linkedFolder(folder)
        let store = try LibraryStore.open(path: folder.libraryPath)
        let report = try store.importPaths([link], recognizer: nil)
        #expect(report.added == 1, "the link's folder is listed")
        let row = try #require(store.rowID(sourcePath: link + "/a.txt"), "stored by the path it was named by")
        #expect(store.rowID(filePath: real + "/a.txt") == row)
        #expect(ArticleLoader().loadSummaries(paths: [link]).summaries.map(\.sourcePath) == [link + "/a.txt"])
    }
}
