import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderCore
@testable import ReaderLibrary

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

    @Test func killingAnnotationAtRandomMomentsKeepsEveryCommittedHighlight() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-crash-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library.sqlite").path
        let seed = ReaderUnderTest.samplesDirectory + "/01-kremlin-kim-visit.txt"
        #expect(try ChildProcess.run(try ReaderUnderTest.binary(), ["import", "--no-entities", "--library", library, seed], environment: [:]).status == 0)

        // A W3C file of 300 highlights: an import is one transaction, so all or none survive a kill.
        let exported = folder.appendingPathComponent("many.json")
        let items = (0..<300).map { index in
            """
            {"type": "Annotation", "id": "urn:uuid:bulk-\(index)", "body": {"type": "TextualBody", "value": "bulk \(index)"},
             "target": {"source": "file://\(seed)", "selector": {"type": "TextQuoteSelector", "exact": "Kremlin"}}}
            """
        }
        try ("{\"items\": [" + items.joined(separator: ",") + "]}").write(to: exported, atomically: true, encoding: .utf8)

        // Kills land from half to three times the time one annotate takes here (sanitised builds are slower).
        let clock = ContinuousClock()
        let began = clock.now
        let first = try ChildProcess.run(try ReaderUnderTest.binary(), ["annotate", "1", "--quote", "Kremlin", "--occurrence", "1", "--library", library], environment: [:])
        let took = clock.now - began
        let microseconds = UInt32(clamping: took.components.seconds * 1_000_000 + took.components.attoseconds / 1_000_000_000_000)
        var random = SeededRandom(seed: 11)
        var committed: Set<String> = [first.output.trimmingCharacters(in: .whitespacesAndNewlines)]
        // Ten rounds, and more (up to 40) while no annotate has yet finished before its kill: on a
        // loaded machine one calibration run can be quicker than the runs that follow it.
        for round in 0..<40 where round < 10 || committed.count < 2 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try ReaderUnderTest.binary())
            process.arguments = round % 3 == 2
                ? ["import-annotations", exported.path, "--library", library]
                : ["annotate", "1", "--quote", "Kim Jong-un", "--occurrence", "1", "--note", "round \(round)", "--library", library]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: (microseconds / 2)...(microseconds * 3), using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .exit && process.terminationStatus == 0 && round % 3 != 2 {
                committed.insert(printed.trimmingCharacters(in: .whitespacesAndNewlines))
            }

            let store = try LibraryStore.open(path: library)
            #expect(try store.integrityCheck() == "ok")
            let stored = Set(try store.allHighlights().map(\.highlight.id))
            #expect(committed.isSubset(of: stored), "round \(round): committed highlights went missing")
            let bulk = stored.filter { $0.hasPrefix("bulk-") }.count
            #expect(bulk == 0 || bulk == 300, "round \(round): \(bulk) of 300 imported highlights: half an import")
        }
        #expect(committed.count > 1, "no annotate finished before its kill: the delays are too short to test anything")
        #expect(try ChildProcess.run(try ReaderUnderTest.binary(), ["list", "--library", library], environment: [:]).status == 0)
    }
}
