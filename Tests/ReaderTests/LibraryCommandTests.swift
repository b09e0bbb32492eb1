import Foundation
import Testing
@testable import ReaderDocument

/// `reader import`, `list`, `search` and `entities --library`, run as a user runs them.
@Suite struct LibraryCommandTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-cli", library: "data/library.sqlite")

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

        // Every sample has "the"; a limit below that says what it left out.
        result = try reader("search", "--library", library, "the", "--limit", "2")
        #expect(result.output.split(separator: "\n").count == 4, "two results of two lines:\n\(result.output)")
        #expect(result.error.contains("2 of 6 matches shown; --limit 6 shows them all"), "\(result.error)")
        result = try reader("search", "--library", library, "the", "--limit", "6")
        #expect(!result.error.contains("matches shown"), "\(result.error)")

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

    @Test func annotateExportAndImportAnnotationsFromTheCommandLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = ReaderUnderTest.samplesDirectory + "/01-kremlin-kim-visit.txt"
        #expect(try reader("import", "--no-entities", "--library", library, seed).status == 0)

        var result = try reader("annotate", seed, "--quote", "the", "--library", library)
        #expect(result.status != 0 && result.error.contains("occurs") && result.error.contains("--occurrence"))
        result = try reader("annotate", "1", "--quote", "no such words anywhere", "--library", library)
        #expect(result.status != 0 && result.error.contains("does not occur"))
        result = try reader("annotate", "1", "--quote", "Kim Jong-un", "--occurrence", "2", "--note", "Second mention", "--color", "pink", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        result = try reader("annotate", "1", "--quote", "Vladimir Putin", "--occurrence", "1", "--library", library)
        #expect(result.status == 0, "\(result.error)")

        result = try reader("export", "--format", "markdown", "--library", library)
        #expect(result.output.contains("## Breaking: Kremlin announces Kim Jong-un's visit to Russia"))
        #expect(result.output.contains("> Kim Jong-un\n\n*pink*\n\nSecond mention"))

        let exported = folder.appendingPathComponent("notes.json").path
        result = try reader("export", "--format", "w3c", "--article", "1", "--output", exported, "--library", library)
        #expect(result.status == 0 && result.error.contains("Exported 2 highlights"))

        let second = folder.appendingPathComponent("second/library.sqlite").path
        #expect(try reader("import", "--no-entities", "--library", second, seed).status == 0)
        result = try reader("import-annotations", exported, "--library", second)
        #expect(result.status == 0 && result.output.contains("2 attached"), "\(result.output) \(result.error)")
        let back = try reader("export", "--format", "markdown", "--library", second)
        let original = try reader("export", "--format", "markdown", "--library", library)
        #expect(back.output == original.output)

        result = try reader("remove", "1", "--library", library)
        #expect(result.status == 64 && result.error.contains("2 highlights"))
        result = try reader("remove", "1", "--keep-highlights", "--library", library)
        #expect(result.status == 0)
        #expect(try reader("export", "--format", "markdown", "--library", library).output.contains("not found in the current text"))
    }

    @Test func aMissingPathIsNamedAndExits66WhileTheOthersAreImported() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/folder").path
        var result = try reader("import", "--no-entities", "--library", library, missing)
        #expect(result.status == 66)
        #expect(result.error.contains("\(missing): no such file or directory"), "\(result.error)")
        #expect(!result.output.contains("skipped"), "a missing path is not a skipped file")

        let seed = ReaderUnderTest.samplesDirectory + "/01-kremlin-kim-visit.txt"
        result = try reader("import", "--no-entities", "--library", library, missing, seed)
        #expect(result.status == 66)
        #expect(result.output.contains("1 added, 0 updated, 0 unchanged, 0 skipped"), "\(result.output)")
        #expect(result.error.contains("\(missing): no such file or directory"))
    }

    @Test func aSearchWithoutWordsSaysSoAndFails() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = ReaderUnderTest.samplesDirectory + "/01-kremlin-kim-visit.txt"
        #expect(try reader("import", "--no-entities", "--library", library, seed).status == 0)
        var result = try reader("search", "--library", library, "*")
        #expect(result.status == 65)
        #expect(result.error.contains("nothing to search for in '*'"), "\(result.error)")
        result = try reader("search", "--library", library, "Kremlin")
        #expect(result.status == 0 && result.output.contains("Kremlin"))
    }

    @Test func invalidAnnotationJSONIsReportedWithItsLineAndColumn() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("notes.json").path
        try "{\n  \"type\": \"AnnotationCollection\",\n  \"items\" [\n  ]\n}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try reader("import-annotations", file, "--library", library)
        #expect(result.status == 65)
        #expect(result.error.contains("\(file):3:11: not JSON: expected ':' after the key, found '['"), "\(result.error)")
    }
}
