import Foundation
import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Issue 19 newcomer findings in `reader show`: tables within --width, whole record labels, struck text.
@Suite struct ShowTableAndStrikeTests {
    static func markdown(_ text: String) -> Article {
        MarkdownDocument.article(text: text, id: ArticleID("m"), sourcePath: "m.md", base: nil)
    }

    static func html(_ body: String) throws -> Article {
        let page = "<html><body><article><h1>T</h1>\(body)</article></body></html>"
        return try HTMLPage.article(bytes: Array(page.utf8), id: ArticleID("n"), sourcePath: "n.html", base: nil).get()
    }

    /// A mention over every occurrence of each word, as the recogniser would give.
    static func entities(_ article: Article, _ words: [String]) -> ArticleEntities {
        let scalars = Array(article.plainText.unicodeScalars)
        var spans: [EntitySpan] = []
        for word in words {
            let target = Array(word.unicodeScalars)
            var index = 0
            while index + target.count <= scalars.count {
                if Array(scalars[index..<index + target.count]) == target {
                    spans.append(EntitySpan(start: index, end: index + target.count, label: .org, text: word))
                    index += target.count
                } else {
                    index += 1
                }
            }
        }
        return ArticleEntities(spans: spans.sorted { $0.start < $1.start })
    }

    static func lines(_ output: String) -> [String] { output.split(separator: "\n").map(String.init) }

    @Test func markedSixColumnTableStaysWithinTheWidth() {
        let article = Self.markdown("""
            # T

            | Company | Founded | Headquarters | Chief executive | Employees | Revenue |
            |---|---|---|---|--:|--:|
            | Acme Corporation | 1901 | Springfield Illinois | Wile Coyote | 12000 | 4.5 billion |
            | Globex Industries | 1989 | Cypress Creek | Hank Scorpio | 88000 | 19 billion |
            """)
        let entities = Self.entities(article, ["Acme Corporation", "Globex Industries", "Springfield Illinois", "Cypress Creek", "Wile Coyote", "Hank Scorpio"])
        for width in [50, 80, 100] {
            let output = Self.lines(PlainTextRenderer.render(article, width: width, entities: entities))
            #expect(output.allSatisfy { DisplayWidth.columns(of: $0) <= width }, "width \(width): \(output)")
            #expect(output.joined().contains("[Acme Corporation]{ORG}"), "width \(width): \(output)")
        }
    }

    @Test func markedHTMLTableStaysWithinTheWidth() throws {
        let article = try Self.html("""
            <table><tr><th>Party</th><th>Leader</th><th>Seats</th><th>Change</th></tr>
            <tr><td>Labour Party</td><td>Keir Starmer</td><td>411</td><td>+209</td></tr>
            <tr><td>Conservative Party</td><td>Rishi Sunak</td><td>121</td><td>-244</td></tr></table>
            """)
        let entities = Self.entities(article, ["Labour Party", "Conservative Party", "Keir Starmer", "Rishi Sunak"])
        // (A single mark wider than a record's value column is the one thing kept whole past it.)
        for width in [40, 60] {
            let output = Self.lines(PlainTextRenderer.render(article, width: width, entities: entities))
            #expect(output.allSatisfy { DisplayWidth.columns(of: $0) <= width }, "width \(width): \(output)")
        }
    }

    @Test func longRecordLabelWrapsInItsColumnWithTheColonAtItsEnd() throws {
        let article = Self.markdown("""
            # T

            | A | Column three header | C |
            |---|---|---|
            | one | sed do eiusmod tempor incididunt ut labore | two |
            """)
        let output = Self.lines(PlainTextRenderer.render(article, width: 20))
        // Label column 6 wide: "Column" / "three" / "header:" with the value beside the last line.
        let labelLine = try #require(output.firstIndex { $0.hasPrefix("header:") }, "\(output)")
        #expect(output[labelLine].hasPrefix("header: sed do"), "\(output)")
        #expect(output[labelLine - 1] == "three" && output[labelLine - 2] == "Column", "\(output)")
        #expect(output[labelLine + 1].hasPrefix("        eiusmod"), "\(output)")
        #expect(output.allSatisfy { DisplayWidth.columns(of: $0) <= 20 })
    }

    @Test func groupHeaderIsPartOfTheRecordLabel() throws {
        let article = try Self.html("""
            <table><thead><tr><th rowspan="2">Party</th><th colspan="2">Seats</th></tr><tr><th>2019</th><th>2022</th></tr></thead>
            <tbody><tr><td>Labour</td><td>202</td><td>131</td></tr></tbody></table>
            """)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        let scalars = Array(block.text.unicodeScalars)
        let drawing = TableLayout.draw(shape, scalars: scalars, width: 32, borders: .unicode, asRecords: true)
        let output = drawing.lines.map { line in
            var row = ""
            for piece in line.pieces {
                row += String(repeating: " ", count: max(0, piece.column - DisplayWidth.columns(of: row)))
                switch piece.content {
                case .border(let text): row += text
                case .text(let range, _): row += String(String.UnicodeScalarView(scalars[range]))
                }
            }
            return row
        }
        #expect(output.contains("Seats 2022: 131") && output.contains("Seats 2019: 202"), "\(output)")
        #expect(output.contains("Party:      Labour"), "\(output)")
        // Narrow, a label word is kept whole: "Party:" never "Part" / "y:".
        let narrow = Self.lines(PlainTextRenderer.render(article, width: 12))
        #expect(narrow.contains { $0.hasPrefix("Party: ") } && narrow.contains("Seats") && narrow.contains("2022:  131"), "\(narrow)")
    }

    @Test func struckTextIsPrintedWithACombiningStroke() throws {
        let article = Self.markdown("# T\n\nKeep ~~gone now~~ this.\n\n| A | B |\n|---|---|\n| ~~x~~ | y |\n| z | w |\n")
        for entities in [nil, Self.entities(article, ["now"])] {
            let output = PlainTextRenderer.render(article, width: 80, entities: entities)
            #expect(output.contains("Keep g\u{336}o\u{336}n\u{336}e\u{336} "), "\(output)")
            #expect(output.contains("x\u{336}"), "\(output)")
            #expect(!output.contains("K\u{336}") && !output.contains("y\u{336}") && !output.contains(" \u{336}"))
        }
        let marked = PlainTextRenderer.render(article, width: 80, entities: Self.entities(article, ["now"]))
        #expect(marked.contains("[n\u{336}o\u{336}w\u{336}]{ORG}"), "\(marked)")
    }

    @Test func aJoinedEmojiIsNeverSplitAcrossRows() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        let article = Self.markdown("# T\n\n| Who | Note |\n|---|---|\n| \(family) family | a b c d e f g h i j k l m n o p |\n| x | y |\n")
        for width in [14, 16, 20] {
            let output = Self.lines(PlainTextRenderer.render(article, width: width))
            #expect(output.filter { $0.unicodeScalars.contains("\u{1F468}") || $0.unicodeScalars.contains("\u{1F466}") }
                .allSatisfy { $0.contains(family) }, "width \(width): \(output)")
        }
    }

    @Test func aColumnWhoseLongestWordWouldBreakTakesWidthFromOneThatCanGiveIt() {
        let article = Self.markdown("""
            # T

            | A | B | C |
            |---|---|---|
            | consectetur adipiscing | exercitationem ullamco | a b c d e f g h i j k |
            """)
        let output = Self.lines(PlainTextRenderer.render(article, width: 34))
        #expect(output.first { $0.hasPrefix("┌") }.map { DisplayWidth.columns(of: $0) } == 34, "\(output)")
        #expect(output.contains { $0.contains("│ consectetur │") }, "\(output)")
    }

    @Test func aBylineElementUsedAsTheBylineIsNotInTheBodyToo() throws {
        for text in ["<p>Short text.</p>", "<p>First paragraph of the story with enough words to count as an article body.</p><p>Second paragraph with more words.</p>"] {
            let article = try Self.html("<p class=\"byline\">By Alice Reporter</p>" + text)
            #expect(article.byline == "Alice Reporter" || article.byline == "By Alice Reporter", "\(String(describing: article.byline))")
            #expect(!article.blocks.filter(\.kind.isBody).contains { $0.text.contains("Alice Reporter") }, "\(article.blocks.map(\.text))")
        }
    }
}
