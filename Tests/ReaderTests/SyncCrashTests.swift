import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderEntities
@testable import ReaderLibrary

/// `reader sync` killed with SIGKILL at random moments, on two machines, many times: each library
/// stays sound, the next sync completes, and every note committed to a library before reaches both.
@Suite(.serialized) struct SyncCrashTests {
    @Test func killingSyncAtRandomMomentsLosesNoNote() throws {
        let folder = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        // 120 articles, so an export has enough records for a kill to land inside it.
        let samples = try FileManager.default.contentsOfDirectory(atPath: ReaderUnderTest.samplesDirectory).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 0..<20 {
            for name in samples {
                let text = try String(contentsOfFile: ReaderUnderTest.samplesDirectory + "/" + name, encoding: .utf8)
                try (text + "\n\nCopy \(copy).").write(to: articles.appendingPathComponent("\(copy)-\(name)"), atomically: false, encoding: .utf8)
            }
        }
        let binary = try ReaderUnderTest.binary()
        let remote = folder.appendingPathComponent("remote.git").path
        #expect(try ChildProcess.run("/usr/bin/env", ["git", "init", "-q", "--bare", remote], environment: ProcessInfo.processInfo.environment).status == 0)
        let libraries = ["laptop", "desktop"].map { folder.appendingPathComponent("\($0)/library.sqlite").path }
        for library in libraries {
            _ = try LibraryStore.open(path: library).importPaths([articles.path], recognizer: nil)
            let made = try ChildProcess.run(binary, ["sync", "init", remote, "--library", library], environment: ProcessInfo.processInfo.environment)
            #expect(made.status == 0, "\(made.error)")
        }
        var random = SeededRandom(seed: 99)
        var notes: [String: String] = [:]
        for round in 0..<16 {
            let library = libraries[round % 2]
            do {
                let store = try LibraryStore.open(path: library)
                let entries = try store.entries()
                let row = entries[Int.random(in: 0..<entries.count, using: &random)].id
                let article = try #require(try store.article(row))
                let scalars = Array(article.plainText.unicodeScalars)
                let start = Int.random(in: 0..<(scalars.count - 20), using: &random)
                let highlight = article.highlight(start..<(start + 12), color: .green, note: "note \(round)", stamper: .system)
                try store.saveHighlight(highlight, rowID: row, articleTitle: article.title)
                notes[highlight.id] = "note \(round)"
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["sync", "--library", library]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 5_000...400_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = try LibraryStore.open(path: library)
            #expect(try store.integrityCheck() == "ok")
        }
        // Syncs to completion: laptop, desktop, laptop.
        for library in [libraries[0], libraries[1], libraries[0]] {
            let finish = try ChildProcess.run(binary, ["sync", "--library", library], environment: ProcessInfo.processInfo.environment, timeout: .seconds(60))
            #expect(finish.status == 0, "\(finish.error)")
        }
        for library in libraries {
            let store = try LibraryStore.open(path: library)
            #expect(try store.integrityCheck() == "ok")
            var stored: [String: String] = [:]
            for item in try store.allHighlights() { stored[item.highlight.id] = item.highlight.note ?? "" }
            #expect(stored == notes, "\(library) lacks notes")
            let sync = (library as NSString).deletingLastPathComponent + "/sync"
            let fsck = try ChildProcess.run("/usr/bin/env", ["git", "-C", sync, "fsck", "--no-dangling"], environment: ProcessInfo.processInfo.environment)
            #expect(fsck.status == 0, "git fsck: \(fsck.error)")
        }
    }
}
