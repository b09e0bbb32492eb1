import Foundation
import Testing
@testable import ReaderDocument

/// A long Markdown file opens from its beginning, which reads exactly as the same part of the whole.
@Suite struct MarkdownBeginningTests {
    /// Writes `NAME.md` of about `bytes` bytes: `head`, repeated sections, then `tail`.
    static func write(_ name: String, head: String = "", section: (Int) -> String = Self.section, tail: String = "", bytes: Int = 600_000) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("md-beginning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = head
        var index = 0
        while text.utf8.count < bytes {
            text += section(index)
            index += 1
        }
        text += tail
        let path = folder.appendingPathComponent("\(name).md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A section with what a cut must not split: a list with a continuation after a blank line,
    /// fenced code with blank lines, a quote over two paragraphs, a table, a reference link.
    static func section(_ index: Int) -> String {
        """
        ## Section \(index)

        The *harbour* council met on **Tuesday** to discuss [the ferry][ferry] and [the vote](https://example.org/\(index)).

        - One point

          still the first point, after a blank line
        - Another point

        ```
        let before = \(index)

        let after = before
        ```

        > A quote's first paragraph.
        >
        > Its second paragraph.

        | Party | Seats |
        |:--|--:|
        | Harbour | \(index) |


        """
    }

    static let tail = "Closing paragraph.\n\n[ferry]: https://example.org/ferry \"The ferry\"\n"

    @Test func theBeginningReadsAsTheSamePartOfTheWholeFile() throws {
        let path = try Self.write("whole", head: "---\ntitle: Long notes\nauthor: Ana Souza\n---\n\n", tail: Self.tail)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let whole = try ArticleLoader().load(path: path).get()
        let beginning = try #require(ArticleLoader().loadBeginning(path: path)).get()
        #expect(!beginning.isComplete)
        #expect(beginning.title == "Long notes" && beginning.byline == "Ana Souza")
        #expect(beginning.blocks.count > 20 && beginning.blocks.count < whole.blocks.count / 4)
        #expect(Array(whole.blocks.prefix(beginning.blocks.count)) == beginning.blocks)
        #expect(whole.plainText.hasPrefix(beginning.plainText))
        // The reference link defined at the end of the file is a link in the beginning too.
        #expect(beginning.links.contains { $0.url == "https://example.org/ferry" })
        #expect(Array(whole.links.prefix(beginning.links.count)) == beginning.links)
        #expect(!beginning.plainText.contains("[ferry]"))
    }

    @Test func aFootnoteOrADefinitionInsideAQuoteMeansTheWholeFile() throws {
        for tail in ["Text.[^1]\n\n[^1]: A footnote.\n", "> [ferry]: https://example.org/ferry\n"] {
            let path = try Self.write("unsafe", tail: tail)
            defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
            #expect(ArticleLoader().loadBeginning(path: path) == nil, "\(tail)")
        }
    }

    @Test func noCutInsideFencedCodeOrAList() throws {
        let fenced = try Self.write("fenced", head: "# Code\n\n```\n", section: { "line \($0)\n\nmore\n\n" }, tail: "```\n")
        defer { try? FileManager.default.removeItem(atPath: (fenced as NSString).deletingLastPathComponent) }
        #expect(ArticleLoader().loadBeginning(path: fenced) == nil)
        // Every blank line is followed by a list item or its indented continuation.
        let list = try Self.write("list", head: "# A list\n\n", section: { "- item \($0)\n\n  continued\n\n" })
        defer { try? FileManager.default.removeItem(atPath: (list as NSString).deletingLastPathComponent) }
        #expect(ArticleLoader().loadBeginning(path: list) == nil)
    }

    @Test func frontMatterWithoutATitleWaitsForTheFirstHeadingWhenItIsFurtherOn() throws {
        let path = try Self.write("untitled", head: "---\nauthor: Ana Souza\n---\n\n", section: { "Paragraph \($0) of plain prose.\n\n" })
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(ArticleLoader().loadBeginning(path: path) == nil)
    }

    @Test func definitionsAreGatheredOnlyAtTheMarginAfterABlankLine() {
        let text = Array(("Intro.\n\n" + String(repeating: "Some prose here.\n\n", count: 100) + "Tail.\n\n[a]: https://a.example\n[b]: https://b.example\n").utf8)
        let beginning = MarkdownBeginning.beginning(of: text, limit: 1000)
        let decoded = beginning.map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(decoded.hasSuffix("\n[a]: https://a.example\n[b]: https://b.example\n"))
        #expect(decoded.utf8.count < 1100)
    }
}
