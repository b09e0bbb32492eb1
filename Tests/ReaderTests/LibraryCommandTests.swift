import Foundation
import Testing
@testable import ReaderKit

/// `reader import`, `list`, `search` and `entities --library`, run as a user runs them.
@Suite struct LibraryCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-cli-\(UUID().uuidString)")
    var library: String { folder.appendingPathComponent("data/library.sqlite").path }
    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("xdg").path]
    }

    func reader(_ arguments: String...) throws -> ChildProcess.Result {
        try ChildProcess.run(try ReaderUnderTest.binary(), arguments, environment: environment)
    }

    @Test func importListSearchAndEntities() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = ReaderUnderTest.samplesDirectory
        var result = try reader("import", "--library", library, samples)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("6 added, 0 updated, 0 unchanged, 0 skipped"))
        result = try reader("import", "--library", library, samples)
        #expect(result.output.contains("0 added, 0 updated, 6 unchanged"))

        result = try reader("list", "--library", library, "--json")
        let list = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect(list?.count == 6)
        #expect(list?.allSatisfy { $0["read"] as? Bool == false && $0["title"] is String && $0["id"] != nil } == true)

        result = try reader("search", "--library", library, "harbour", "--json")
        let hits = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect((hits?.first?["title"] as? String)?.contains("harbour") == true)

        result = try reader("entities", "--library", library, "--top", "3", "--json")
        let top = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect(top?.count == 3)
        #expect(top?.first?["articles"] as? Int ?? 0 >= 1)
    }

    @Test func theDefaultLibraryFollowsXDGDataHome() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderUnderTest.samplesDirectory + "/01-kremlin-kim-visit.txt"
        let result = try reader("import", "--no-entities", file)
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("xdg/reader/library.sqlite").path))
        #expect(try reader("entities", "--library").status == 0)
    }

    @Test func aNonLibraryFileIsAClearErrorAndUntouched() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("notes.sqlite").path
        try "my notes".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try reader("list", "--library", path)
        #expect(result.status == 74)
        #expect(result.error.contains("is not a Reader library"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes")
    }
}
