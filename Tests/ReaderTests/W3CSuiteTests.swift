import Foundation
import Testing

/// `reader export --format w3c` checked by the W3C Web Annotation test suite's own MUST
/// assertions (../shared/tools/w3c_annotation_check.py over ../shared/w3c-annotation-model).
@Suite struct W3CSuiteTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-w3c", library: "data/library.sqlite")
    static let checker = ReaderUnderTest.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/w3c_annotation_check.py")
    /// The checker needs Python's jsonschema (>= 4.18), which only a measuring machine has.
    static let available = FileManager.default.fileExists(atPath: checker.path)
        && (try? ChildProcess.run("/usr/bin/env", ["python3", "-c", "import jsonschema"], environment: ProcessInfo.processInfo.environment).status) == 0

    @Test(.enabled(if: available, "needs ../shared/tools/w3c_annotation_check.py and python3 with jsonschema"))
    func anExportWithNotesMeetsEveryMUST() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try reader("import", "--no-entities", "--library", library, ReaderUnderTest.seedArticle).status == 0)
        for (occurrence, note) in [(1, "first"), (2, ""), (3, "a note with \"quotes\" and 東京")] {
            var arguments = ["annotate", "1", "--quote", "the", "--occurrence", "\(occurrence)", "--library", library]
            if !note.isEmpty { arguments += ["--note", note] }
            let result = try sandbox.reader(arguments)
            #expect(result.status == 0, "\(result.error)")
        }
        let exported = folder.appendingPathComponent("export.json").path
        #expect(try reader("export", "--format", "w3c", "--output", exported, "--library", library).status == 0)
        let check = try ChildProcess.run("/usr/bin/env", ["python3", Self.checker.path, exported], environment: ProcessInfo.processInfo.environment)
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(check.output.contains("3 annotations") && check.output.contains("0 failures"), "\(check.output)")

        // The same library exports under the same collection id.
        let again = try reader("export", "--format", "w3c", "--library", library).output
        let first = try String(contentsOfFile: exported, encoding: .utf8)
        let id = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("  \"id\"") }.map(String.init) }
        #expect(id(again) != nil && id(again) == id(first))
    }
}
