import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// A library open in this process is not read through a file handle of our own again: closing that
/// handle would drop SQLite's locks on the file (sqlite.org/howtocorrupt.html, 2.2), and another
/// process could then checkpoint and remove the write-ahead log under the open connections.
@Suite struct OpenLibrariesTests {
    @Test func aLibraryCountsAsOpenWhileAnyStoreOfItIsAlive() throws {
        let folder = try LibraryStoreTests.Folder()
        var first: LibraryStore? = try LibraryStore.open(path: folder.libraryPath)
        #expect(OpenLibraries.isOpen(folder.libraryPath))
        // The same file by another spelling of its path.
        let respelled = (folder.libraryPath as NSString).deletingLastPathComponent + "/./" + (folder.libraryPath as NSString).lastPathComponent
        var second: LibraryStore? = try LibraryStore.open(path: respelled)
        #expect(OpenLibraries.isOpen(respelled))
        first = nil
        #expect(OpenLibraries.isOpen(folder.libraryPath), "the second store still holds it")
        #expect(second?.articleCount == 0)
        second = nil
        #expect(!OpenLibraries.isOpen(folder.libraryPath))
    }

    @Test func aFileThatIsNotALibraryIsStillRefusedWhenNothingHoldsIt() throws {
        let folder = try LibraryStoreTests.Folder()
        try FileManager.default.createDirectory(
            atPath: (folder.libraryPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: folder.libraryPath))
        #expect(throws: LibraryError.self) { try LibraryStore.open(path: folder.libraryPath) }
        #expect(!OpenLibraries.isOpen(folder.libraryPath))
    }
}
