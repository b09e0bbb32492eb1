import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// `reader tags`, `reader list --tag`, `reader annotate --tag`, `reader export --format obsidian` and
/// the W3C export of a large library with notes and tags, as a user runs them.
@Suite struct TagCommandTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-tags", library: "data/library.sqlite")

    func seeded() throws -> LibraryStore {
        #expect(try reader("import", "--no-entities", "--library", library, ReaderUnderTest.seedArticle).status == 0)
        return try LibraryStore.open(path: library)
    }

    /// `count` highlights of the seed article, each with a note and tags, and a note on the article.
    func annotate(_ store: LibraryStore, count: Int) throws {
        let row = try #require(try store.entries().first?.id)
        let article = try #require(try store.article(row))
        let scalars = Array(article.plainText.unicodeScalars)
        let stamp = Date(timeIntervalSince1970: 1_700_000_000)
        var rows: [(Highlight, rowID: Int64?, articleTitle: String)] = []
        for number in 0..<count {
            let start = (number * 37) % (scalars.count - 40)
            let stamper = HighlightStamper(makeID: { UUID().uuidString.lowercased() }, now: { stamp.addingTimeInterval(Double(number)) })
            var highlight = article.highlight(start..<(start + 12 + number % 20), color: HighlightColor.allCases[number % 4],
                                              note: "Note \(number) with \"quotes\", 東京 and #tag\(number % 7)", stamper: stamper, scalars: scalars)
            highlight.tags = Tags.canonical(["tag\(number % 7)", "group/\(number % 3)"])
            rows.append((highlight, row, article.title))
        }
        try store.saveHighlights(rows)
        try store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, note: "The whole story", tags: ["summit"], created: stamp, modified: stamp))
    }

    @Test(.enabled(if: W3CSuiteTests.available, "needs ../shared/tools/w3c_annotation_check.py and python3 with jsonschema"))
    func aThousandHighlightsWithNotesAndTagsMeetEveryMUST() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try annotate(try seeded(), count: 1_000)
        let exported = folder.appendingPathComponent("export.json").path
        #expect(try reader("export", "--format", "w3c", "--output", exported, "--library", library).status == 0)
        // The checker takes about 15 s for a thousand annotations on a quiet machine.
        let check = try ChildProcess.run(
            "/usr/bin/env", ["python3", W3CSuiteTests.checker.path, exported], environment: ProcessInfo.processInfo.environment, timeout: .seconds(600))
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output.contains("1001 annotations") && check.output.contains("0 failures"), "\(check.output.suffix(2_000))")
        #expect(!check.output.contains("FAIL"), "\(check.output.prefix(2_000))")
    }

    @Test func tagsAreListedCountedAndNarrowTheList() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try seeded()
        _ = try reader("import", "--no-entities", "--library", library, ReaderUnderTest.samplesDirectory + "/03-cafe-renaissance.txt")
        let seedID = try #require(try store.entries().first { $0.summary.sourcePath == ReaderUnderTest.seedArticle }?.id)
        let added = try reader("annotate", "\(seedID)", "--quote", "the", "--occurrence", "1", "--tag", "Rome", "--note", "see #to-read", "--library", library)
        #expect(added.status == 0, "\(added.error)")
        #expect(try reader("annotate", "\(seedID)", "--quote", "the", "--occurrence", "1", "--tag", "c++", "--library", library).status == 64)
        let json = try reader("tags", "--json", "--library", library)
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(counts.map { $0["tag"] as? String } == ["rome", "to-read"])
        #expect(counts.map { $0["highlights"] as? Int } == [1, 1])
        #expect(try reader("tags", "--library", library).output == "rome\t1 highlight\t0 articles\nto-read\t1 highlight\t0 articles\n")
        let listed = try reader("list", "--tag", "#ROME", "--library", library).output.split(separator: "\n")
        #expect(listed.count == 1 && listed.first?.hasPrefix("\(seedID)\t") == true, "\(listed)")
        #expect(try reader("list", "--tag", "other", "--library", library).output.isEmpty)
        #expect(try reader("list", "--tag", "42", "--library", library).status == 64)
    }

    @Test func anObsidianReExportRewritesOnlyChangedFilesAndKeepsTheUsersText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try seeded()
        try annotate(store, count: 3)
        let vault = folder.appendingPathComponent("vault")
        let first = try reader("export", "--format", "obsidian", "--output", vault.path, "--library", library)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("1 file written, 0 unchanged"), "\(first.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: vault.path)
        #expect(names.count == 1)
        let file = vault.appendingPathComponent(try #require(names.first))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: "))
        #expect(text.contains("tags:\n  - \"summit\"\n") && text.contains("The whole story"))
        // The user writes below the marker; the file is dated in the past to see whether it is rewritten.
        try (text + "\nMy own thoughts\n").write(to: file, atomically: true, encoding: .utf8)
        let past = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: file.path)
        let again = try reader("export", "--format", "obsidian", "--output", vault.path, "--library", library)
        #expect(again.error.contains("0 files written, 1 unchanged"), "\(again.error)")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == past)
        // One highlight more: that file changes, the user's text stays, nothing is there twice.
        #expect(try reader("annotate", "1", "--quote", "Kremlin", "--occurrence", "1", "--library", library).status == 0)
        let third = try reader("export", "--format", "obsidian", "--output", vault.path, "--library", library)
        #expect(third.error.contains("1 file written, 0 unchanged"), "\(third.error)")
        let updated = try String(contentsOf: file, encoding: .utf8)
        #expect(updated.hasSuffix(ObsidianExport.marker + "\n\nMy own thoughts\n"))
        #expect(updated.components(separatedBy: "> ").count == text.components(separatedBy: "> ").count + 1)
        #expect(try reader("export", "--format", "obsidian", "--library", library).status == 64, "needs --output")
    }
}
