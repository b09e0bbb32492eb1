import Foundation
import Testing
@testable import ReaderDocument

/// The import edge cases a newcomer met, through the built `reader`: links, empty files, broken
/// links, the skip wording, `reader show` of a page with no text, and annotations read back twice.
@Suite struct NewcomerImportCommandTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-newcomer", library: "data/library.sqlite")
    var arts: URL { folder.appendingPathComponent("arts") }

    func write(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: arts, withIntermediateDirectories: true)
        let path = arts.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aFolderWithALinkAnEmptyFileABrokenLinkAndABinaryFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let persian = try write("persian.txt", "Persian and Hindi joiners test\n\nThe flag \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} waves.")
        let link = arts.appendingPathComponent("link-to-persian.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: persian)
        let dangling = arts.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: arts.appendingPathComponent("gone.txt").path)
        let zero = try write("zero.txt", "")
        let binary = arts.appendingPathComponent("binary.txt").path
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: binary))

        var result = try reader("import", "--no-entities", "--library", library, arts.path)
        #expect(result.output.contains("1 added, 0 updated, 0 unchanged, 3 skipped"), "\(result.output)")
        #expect(result.error.contains("reader: skipped \(binary): binary file\n"), "\(result.error)")
        #expect(result.error.contains("reader: skipped \(zero): empty file\n"))
        #expect(result.error.contains("reader: skipped \(dangling): broken link"))
        #expect(!result.error.contains("skipped, skipped") && !result.error.contains("file, skipped"))

        result = try reader("list", "--library", library, "--json")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(list.count == 1, "one article for the file and its link: \(list)")

        result = try reader("annotate", link, "--quote", "waves", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        result = try reader("export", "--format", "markdown", "--article", persian, "--library", library)
        #expect(result.output.contains("> waves"), "the link reaches the one article: \(result.output)")

        result = try reader("show", "--plain", "--width", "80", persian)
        #expect(result.output.contains("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"), "every code point kept: \(result.output.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func showOfAPageWithNoTextSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let blank = try write("blank.html", "<html><head><title>Blank</title></head><body></body></html>")
        let image = try write("image.html", "<html><head><title>Only image</title></head><body><img src=a.png alt=\"A picture\"></body></html>")
        var result = try reader("show", "--plain", blank)
        #expect(result.status == 0)
        #expect(result.output == "Blank\n", "\(result.output)")
        #expect(result.error.contains("This article has no text."), "stderr: \(result.error)")
        result = try reader("show", "--plain", image)
        #expect(result.output == "Only image\n\n[image: A picture]\n", "\(result.output)")
    }

    @Test func annotatingThePassageAgainUpdatesItsHighlight() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = try write("story.txt", "A harbour story\n\nThe council met on Monday. Costs are rising.")
        #expect(try reader("import", "--no-entities", "--library", library, story).status == 0)
        let first = try reader("annotate", story, "--quote", "Costs are rising.", "--note", "first", "--library", library)
        let second = try reader("annotate", story, "--quote", "Costs are rising.", "--color", "pink", "--library", library)
        let third = try reader("annotate", story, "--quote", "Costs are rising.", "--note", "second", "--library", library)
        #expect(third.output == first.output)
        #expect(first.status == 0 && second.status == 0, "\(first.error) \(second.error)")
        #expect(first.output == second.output, "the same highlight, by its id")
        let exported = try reader("export", "--format", "markdown", "--library", library).output
        #expect(exported.components(separatedBy: "> Costs are rising.").count == 2, "one highlight:\n\(exported)")
        #expect(exported.contains("second"), "the last note given:\n\(exported)")
        let w3c = try reader("export", "--format", "w3c", "--library", library).output
        #expect(w3c.contains("\"styleClass\": \"pink\""), "the colour is kept when no new one is given:\n\(w3c)")
    }

    @Test func reImportingAnExportSaysWhatWasThereAndKeptHighlightsComeBack() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = try write("story.txt", "A harbour story\n\nThe council met on Monday. Costs are rising.")
        #expect(try reader("import", "--no-entities", "--library", library, story).status == 0)
        #expect(try reader("annotate", story, "--quote", "Costs are rising.", "--note", "n", "--library", library).status == 0)
        let exported = folder.appendingPathComponent("notes.json").path
        #expect(try reader("export", "--format", "w3c", "--output", exported, "--library", library).status == 0)
        var result = try reader("import-annotations", exported, "--library", library)
        #expect(result.output.contains("0 attached, 1 already in the library, 0 kept without a match, 0 skipped"), "\(result.output)")

        result = try reader("remove", story, "--keep-highlights", "--library", library)
        #expect(result.status == 0 && result.output.contains("1 highlight kept"), "\(result.output)")
        result = try reader("import", "--no-entities", "--library", library, story)
        #expect(result.output.contains("1 added"))
        result = try reader("export", "--format", "markdown", "--library", library)
        #expect(result.output.contains("> Costs are rising."), "\(result.output)")
        #expect(!result.output.contains("not found in the current text"), "reattached: \(result.output)")
    }
}
