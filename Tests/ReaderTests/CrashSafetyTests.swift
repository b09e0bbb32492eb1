import Foundation
import Testing
@testable import ReaderKit

/// SIGKILL at random moments loses at most the change in flight: the library stays sound and
/// everything committed before the kill is there.
@Suite(.serialized) struct CrashSafetyTests {
    /// 240 distinct small articles made from the samples.
    func makeArticles(in folder: URL) throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: ReaderUnderTest.samplesDirectory).filter { $0.hasSuffix(".txt") }
        for copy in 0..<48 {
            for name in samples {
                let text = try String(contentsOfFile: ReaderUnderTest.samplesDirectory + "/" + name, encoding: .utf8)
                try (text + "\n\nCopy \(copy).").write(to: folder.appendingPathComponent("\(copy)-\(name)"), atomically: false, encoding: .utf8)
            }
        }
    }

    @Test func killingImportAtRandomMomentsNeverCorruptsTheLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-crash-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeArticles(in: articles)
        let library = folder.appendingPathComponent("library.sqlite").path
        var random = SeededRandom(seed: 7)
        var committed = 0
        for _ in 0..<8 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try ReaderUnderTest.binary())
            process.arguments = ["import", "--no-entities", "--library", library, articles.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...250_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let store = try LibraryStore.open(path: library)
            #expect(try store.integrityCheck() == "ok")
            let entries = try store.entries()
            #expect(entries.count >= committed, "articles committed before a kill went missing")
            committed = entries.count
            for entry in entries.prefix(20) { #expect(try store.article(entry.id) != nil) }
        }
        let finish = try ChildProcess.run(try ReaderUnderTest.binary(), ["import", "--no-entities", "--library", library, articles.path], environment: [:])
        #expect(finish.status == 0)
        #expect(try LibraryStore.open(path: library).entries().count == 240)
    }

    @Test(.enabled(if: tmuxAvailable, "tmux not installed"))
    func aStarSavedJustBeforeSIGKILLIsKept() async throws {
        // No paths: the library (new and empty, so the samples are imported into it).
        let session = try TmuxSession(try ReaderUnderTest.binary(), [], width: 120, height: 30)
        defer { session.close() }
        _ = try await session.waitFor("Articles (6")
        try session.sendKeys("j", "s")
        _ = try await session.waitFor("Starred")
        kill(try await session.programPID(), SIGKILL)
        let library = session.directory.appendingPathComponent("data/reader/library.sqlite").path
        let store = try LibraryStore.open(path: library)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.entries(LibraryListQuery(filter: .starred)).count == 1)
    }

    @Test(.enabled(if: tmuxAvailable, "tmux not installed"))
    func openingAFolderImportsItAndKeepsItsMarks() async throws {
        let session = try TmuxSession(try ReaderUnderTest.binary(), [ReaderUnderTest.samplesDirectory], width: 120, height: 30)
        defer { session.close() }
        _ = try await session.waitFor("Library: 6 added")
        try session.sendKeys("s")
        _ = try await session.waitFor("Starred")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
        let library = session.directory.appendingPathComponent("data/reader/library.sqlite").path
        let store = try LibraryStore.open(path: library)
        #expect(try store.entries().count == 6)
        let starred = try store.entries(LibraryListQuery(filter: .starred))
        #expect(starred.count == 1)
        #expect(starred.first?.summary.sourcePath.hasPrefix(ReaderUnderTest.samplesDirectory) == true)
    }
}
