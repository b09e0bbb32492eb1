import Foundation
import Testing
@testable import ReaderDocument

/// `reader export --format obsidian`: one file per article, its shape, safe names, and updates in
/// place that keep what the user wrote and leave unchanged files alone.
@Suite struct ObsidianExportTests {
    static let day = Date(timeIntervalSince1970: 1_700_000_000)

    static func highlight(_ id: String, _ quote: String, at start: Int, note: String? = nil, tags: [String] = [], orphaned: Bool = false) -> Highlight {
        Highlight(
            id: id, articleID: ArticleID("library:1"), sourcePath: "/notes/harbour.txt", start: start, end: start + quote.unicodeScalars.count,
            quote: TextQuote(exact: quote), color: .yellow, note: note, created: day, modified: day, isOrphaned: orphaned, tags: tags)
    }

    static let article = AnnotatedArticle(
        readerID: 7, sourcePath: "/notes/harbour.txt", title: "Harbour: \"the wall\"", byline: "Ann Lee", date: day,
        tags: ["harbour", "to-read"], note: "Why the council waited.",
        highlights: [
            highlight("h-1", "The council met on Monday.", at: 10, note: "Check the minutes", tags: ["council"]),
            highlight("h-2", "First line\nsecond line", at: 40),
            highlight("h_3", "Lost words", at: 0, orphaned: true),
        ])

    @Test func aFileHasFrontMatterTheNoteAndEachHighlightWithABlockID() {
        let expected = """
            ---
            title: "Harbour: \\"the wall\\""
            author: "Ann Lee"
            source: "/notes/harbour.txt"
            published: 2023-11-14
            tags:
              - "harbour"
              - "to-read"
            reader-id: 7
            ---

            # Harbour: "the wall"

            Why the council waited.

            > The council met on Monday. ^h-1

            Check the minutes

            #council

            > First line
            > second line ^h-2

            > Lost words ^h-3

            *Not found in the current text.*

            \(ObsidianExport.marker)

            """
        let rendered = ObsidianExport.render(Self.article)
        #expect(rendered == expected, "\(rendered)")
        #expect(ObsidianExport.keys(ofFile: rendered).source == "/notes/harbour.txt")
    }

    @Test func whatFollowsTheMarkerIsKeptAndAFileWithoutItIsLeftAlone() {
        let first = ObsidianExport.render(Self.article)
        let edited = first + "\nMy own thoughts, [[Other note]] #mine\n"
        var changed = Self.article
        changed.note = "A new note."
        let merged = ObsidianExport.merged(existing: edited, rendered: ObsidianExport.render(changed))
        #expect(merged == ObsidianExport.render(changed) + "\nMy own thoughts, [[Other note]] #mine\n")
        #expect(ObsidianExport.merged(existing: "---\nsource: \"x\"\n---\nall mine\n", rendered: first) == nil)
        #expect(ObsidianExport.merged(existing: nil, rendered: first) == first)
    }

    @Test func fileNamesAreSafeBoundedAndNumberedWhenTaken() {
        #expect(VaultFileName.name(for: "AC/DC: live at \"Wembley\"?", taken: []) == "AC DC live at Wembley.md")
        #expect(VaultFileName.name(for: "..hidden\u{7}bell\ttab. ", taken: []) == "hidden bell tab.md")
        #expect(VaultFileName.name(for: "", taken: []) == "Untitled.md")
        #expect(VaultFileName.name(for: "CON", taken: []) == "CON (article).md")
        #expect(VaultFileName.name(for: "Rome", taken: ["rome.md", "rome 2.md"]) == "Rome 3.md")
        let long = VaultFileName.name(for: String(repeating: "東京", count: 100), taken: [])
        #expect(long.utf8.count <= VaultFileName.maxBytes + 3)
        #expect(long.hasSuffix("京.md") || long.hasSuffix("東.md"), "cut between characters")
        for name in [long, VaultFileName.name(for: "a#b^c[d]e|f<g>h*i\\j\u{200B}k", taken: [])] {
            #expect(!name.unicodeScalars.contains { "/\\:*?\"<>|#^[]".unicodeScalars.contains($0) || $0.value < 0x20 }, "\(name)")
        }
    }

    /// Files in memory, counting writes.
    final class MemoryFiles: VaultFiles {
        var files: [String: String] = [:]
        var writes: [String] = []
        func markdownNames() throws -> [String] { Array(files.keys) }
        func read(_ name: String) -> String? { files[name] }
        func write(_ name: String, _ text: String) throws {
            files[name] = text
            writes.append(name)
        }
    }

    @Test func aReExportWritesOnlyWhatChangedAndFindsFilesByTheirSource() throws {
        let other = AnnotatedArticle(readerID: 8, sourcePath: "https://example.org/b", title: "Harbour: \"the wall\"", highlights: [Self.highlight("b-1", "Boats", at: 3)])
        let vault = MemoryFiles()
        var report = try ObsidianVault.export([Self.article, other], into: vault)
        #expect(Set(report.written) == ["Harbour the wall.md", "Harbour the wall 2.md"], "same titles get numbered names")
        report = try ObsidianVault.export([Self.article, other], into: vault)
        #expect(report.written.isEmpty && report.unchanged == 2)
        // The user writes below the marker; a highlight is added; the title changes.
        let name = try #require(vault.files.first { $0.value.contains("reader-id: 7") }?.key)
        vault.files[name]! += "\nmine\n"
        var changed = Self.article
        changed.title = "A new title"
        changed.highlights.insert(Self.highlight("h-4", "Added later.", at: 30), at: 1)
        vault.writes = []
        report = try ObsidianVault.export([changed, other], into: vault)
        #expect(vault.writes == [name])
        let text = try #require(vault.files[name])
        #expect(text.hasSuffix(ObsidianExport.marker + "\n\nmine\n"))
        #expect(text.components(separatedBy: "^h-1").count == 2, "no highlight twice")
        #expect(text.contains("> Added later. ^h-4"))
        #expect(vault.files.count == 2)
    }
}
