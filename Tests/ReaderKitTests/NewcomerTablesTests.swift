import Foundation
import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// What newcomer review 19 found in Markdown and tables: code indentation, loose lists, row spans.
@Suite struct NewcomerTablesTests {
    static func html(_ body: String) throws -> Article {
        let page = "<html><body><article><h1>T</h1>\(body)</article></body></html>"
        return try HTMLPage.article(bytes: Array(page.utf8), id: ArticleID("n"), sourcePath: "n.html", base: nil).get()
    }

    static func plain(_ article: Article, width: Int = 80) -> [String] {
        PlainTextRenderer.render(article, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: 1. Code keeps its indentation

    @Test func preformattedWrapKeepsLeadingSpacesAndBreaksAtTheEdge() {
        let scalars = Array("def f():\n    return 1\n        deeper and longer".unicodeScalars)
        let rows = TextWrapper.wrapPreformatted(scalars, width: 12).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(rows == ["def f():", "    return 1", "        deep", "er and longe", "r"])
    }

    @Test func htmlPreKeepsIndentationInLayoutAndShow() throws {
        let article = try Self.html("<p>Intro.</p><pre><code>def f():\n    return 1\n        deeper</code></pre>")
        let lines = Self.plain(article)
        #expect(lines.contains("  def f():") && lines.contains("      return 1") && lines.contains("          deeper"))
        let layout = ArticleLayout(article: article, width: 40)
        let code = try #require(article.blocks.firstIndex { $0.kind == .code })
        let scalars = layout.scalars(ofBlock: code)
        #expect(layout.rows(ofBlock: code).map { String(String.UnicodeScalarView(scalars[$0])) } == ["def f():", "    return 1", "        deeper"])
    }

    @Test func markdownFencedAndIndentedCodeKeepIndentation() {
        let markdown = "# T\n\n```js\nfunction f() {\n    if (x) {\n        return 1;\n    }\n}\n```\n\n    indented code\n        more indented\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let lines = Self.plain(article)
        #expect(lines.contains("      if (x) {") && lines.contains("          return 1;") && lines.contains("      more indented"))
    }

    // MARK: 2. Loose list items keep their bullets

    @Test func paragraphInsideListItemIsTheItem() throws {
        let article = try Self.html("<ul><li><p>loose a</p></li><li><p>loose b</p><p>second paragraph</p><pre>code in item</pre></li></ul>")
        let body = article.blocks.filter(\.kind.isBody).map { "\($0.kind)|\($0.text)" }
        #expect(body.contains("listItem(depth: 0)|• loose a"))
        #expect(body.contains("listItem(depth: 0)|• loose b"))
        #expect(body.contains("listItem(depth: 1)|second paragraph"))
        let lines = Self.plain(article)
        #expect(lines.contains("• loose a") && lines.contains("• loose b") && lines.contains("  second paragraph") && lines.contains("  code in item"))
    }

    @Test func markdownLooseListKeepsBullets() {
        let markdown = "# T\n\n- loose a\n\n- loose b\n\n- item with paragraph\n\n  second paragraph of item\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let lines = Self.plain(article)
        #expect(lines.contains("• loose a") && lines.contains("• loose b") && lines.contains("• item with paragraph"))
        #expect(lines.contains("  second paragraph of item"))
    }

    // MARK: 3. Row spans

    static let rowSpanTable = """
        <table><tr><th>Region</th><th>Candidate</th><th>Votes</th></tr>
        <tr><td rowspan="2">North</td><td>Alice Smith</td><td>12,345</td></tr>
        <tr><td>Bob Jones</td><td>9,876</td></tr>
        <tr><td>South</td><td>Carol White (incumbent)</td><td>1</td></tr></table>
        """

    @Test func recordsRepeatASpannedValueInEachRecord() throws {
        let article = try Self.html(Self.rowSpanTable)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        let lines = PlainTextRenderer.tableLines(block, shape: shape, width: 30, borders: .unicode, entities: nil)
        #expect(lines.filter { $0.hasPrefix("Region:") } == ["Region:    North", "Region:    North", "Region:    South"])
        // The repeated value is not the text the line stands for: ranges still go forward.
        let drawing = TableLayout.draw(shape, scalars: Array(block.text.unicodeScalars), width: 30, borders: .unicode)
        #expect(drawing.isRecords)
        #expect(zip(drawing.lines, drawing.lines.dropFirst()).allSatisfy { $0.textRange.lowerBound <= $1.textRange.lowerBound })
    }

    @Test func gridDrawsNoRuleThroughARowSpanCell() throws {
        let article = try Self.html(Self.rowSpanTable)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        let lines = PlainTextRenderer.tableLines(block, shape: shape, width: 40, borders: .unicode, entities: nil)
        #expect(lines == [
            "┌────────┬────────────────────┬────────┐",
            "│ Region │ Candidate          │ Votes  │",
            "╞════════╪════════════════════╪════════╡",
            "│ North  │ Alice Smith        │ 12,345 │",
            "│        ├────────────────────┼────────┤",
            "│        │ Bob Jones          │ 9,876  │",
            "├────────┼────────────────────┼────────┤",
            "│ South  │ Carol White        │ 1      │",
            "│        │ (incumbent)        │        │",
            "└────────┴────────────────────┴────────┘",
        ])
        let ascii = PlainTextRenderer.tableLines(block, shape: shape, width: 40, borders: .ascii, entities: nil)
        #expect(ascii[4] == "|        +--------------------+--------+")
    }

    /// A cell spanning two rows and two columns is one box: no bar or rule inside it.
    @Test func aCellSpanningRowsAndColumnsHasNoBarInside() throws {
        let article = try Self.html("""
            <table><tr><th>Region</th><th>Seat</th><th>Party</th><th>Votes</th></tr>
            <tr><td>North</td><td colspan="2" rowspan="2">Vacant</td><td>0</td></tr>
            <tr><td>South</td><td>1</td></tr>
            <tr><td>East</td><td>Hill</td><td>Green</td><td>2</td></tr></table>
            """)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        let lines = PlainTextRenderer.tableLines(block, shape: shape, width: 60, borders: .unicode, entities: nil)
        #expect(lines == [
            "┌────────┬──────┬───────┬───────┐",
            "│ Region │ Seat │ Party │ Votes │",
            "╞════════╪══════╧═══════╪═══════╡",
            "│ North  │ Vacant       │ 0     │",
            "│ South  │              │ 1     │",
            "│ East   │ Hill │ Green │ 2     │",
            "└────────┴──────┴───────┴───────┘",
        ])
    }

    // MARK: 4. Sentences and paragraphs stop at cell boundaries

    @Test func sentenceAndParagraphInATableAreOneCell() throws {
        let markdown = "# T\n\nBefore the table.\n\n| Party | Leader |\n|---|---|\n| Lib Dem | Ed Davey |\n| Green | Carla Denyer |\n\nAfter.\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let units = TextUnits(article)
        let text = Array(article.plainText.unicodeScalars)
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(text[range])) }
        let ed = try #require(article.plainText.range(of: "Ed Davey")).lowerBound.utf16Offset(in: article.plainText)
        #expect(string(units.sentence(at: ed + 3)) == "Ed Davey")
        #expect(string(units.sentence(at: units.nextSentence(after: ed))) == "Green")
        #expect(units.nextParagraph(after: ed) == ed + "Ed Davey\n".count)
        #expect(units.previousParagraph(before: ed + 3) == ed)
        let before = try #require(article.plainText.range(of: "Before")).lowerBound.utf16Offset(in: article.plainText)
        #expect(string(units.sentence(at: before)) == "Before the table.")
    }

    // MARK: 5. Entity marks in cells

    @Test func marksInCellsAreKeptWholeAndTheTableIsDrawnAsWithoutThem() throws {
        let markdown = "# T\n\n| Party | Leader | Seats |\n|---|---|--:|\n| Labour | Keir Starmer | 411 |\n| Conservative | Rishi Sunak | 121 |\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        let text = article.plainText
        func span(_ word: String, _ label: EntityLabel) -> EntitySpan {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: word)!.lowerBound)
            return EntitySpan(start: start, end: start + word.unicodeScalars.count, label: label, text: word)
        }
        let entities = ArticleEntities(spans: [span("Keir Starmer", .person), span("Rishi Sunak", .person), span("411", .cardinal)])
        // At 36 columns the plain table is a grid; marked, its kept-whole marks cannot fit, so records
        // within the width (issue 19: `show` never prints wider than --width).
        let plain = PlainTextRenderer.tableLines(block, shape: shape, width: 36, borders: .unicode, entities: nil)
        #expect(plain.first?.hasPrefix("┌") == true)
        let markedAt36 = PlainTextRenderer.tableLines(block, shape: shape, width: 36, borders: .unicode, entities: entities)
        #expect(markedAt36.contains { $0.hasPrefix("Leader:") }, "\(markedAt36)")
        #expect(markedAt36.allSatisfy { DisplayWidth.columns(of: $0) <= 36 }, "\(markedAt36)")
        let marked = PlainTextRenderer.tableLines(block, shape: shape, width: 60, borders: .unicode, entities: entities)
        #expect(marked.allSatisfy { DisplayWidth.columns(of: $0) <= 60 }, "\(marked)")
        #expect(marked.first?.hasPrefix("┌") == true, "\(marked)")
        #expect(marked.contains { $0.contains("[Keir Starmer]{PERSON}") }, "\(marked)")
        #expect(marked.contains { $0.contains("[Rishi Sunak]{PERSON}") }, "\(marked)")
        #expect(Set(marked.map { DisplayWidth.columns(of: $0) }).count == 1, "every line as wide: \(marked)")
        // Where the plain table is records, so is the marked one.
        let plainNarrow = PlainTextRenderer.tableLines(block, shape: shape, width: 16, borders: .unicode, entities: nil)
        let markedNarrow = PlainTextRenderer.tableLines(block, shape: shape, width: 16, borders: .unicode, entities: entities)
        #expect(plainNarrow.contains { $0.hasPrefix("Party:") } && markedNarrow.contains { $0.hasPrefix("Party:") })
        #expect(markedNarrow.contains { $0.contains("[Keir Starmer]{PERSON}") }, "\(markedNarrow)")
    }

    // MARK: 6. Footnotes

    @Test func footnoteReferencesAndListAreNumberedApartFromLinks() throws {
        let article = try Self.html("""
            <p>A <a href="https://example.com/r">link</a> and a footnote.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup> And <sup><a href="#fn-n" data-footnote-ref>2</a></sup>.</p>
            <section class="footnotes" data-footnotes><ol>
            <li id="fn-1"><p>The footnote text. <a href="#fnref-1" class="footnote-backref" data-footnote-backref>↩</a></p></li>
            <li id="fn-n"><p>Note n. <a href="#fnref-n" data-footnote-backref>↩</a></p></li></ol></section>
            """)
        let lines = Self.plain(article)
        #expect(lines.contains("A link [1] and a footnote.[^1] And [^2]."), "\(lines)")
        #expect(lines.contains("Footnotes") && lines.contains("[^1] The footnote text.") && lines.contains("[^2] Note n."), "\(lines)")
        #expect(!lines.joined().contains("↩"))
        // The markers are references (not entity text), so entities never tag them.
        let note = try #require(article.blocks.first { $0.text.hasPrefix("[^1]") })
        #expect(article.styles.contains { $0.kind == .reference && $0.start == note.start && $0.end == note.start + 4 })
    }

    @Test func markdownFootnotesReadAsMarkers() {
        let markdown = "# T\n\nA footnote.[^1]\n\n[^1]: The footnote text lives here.\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let lines = Self.plain(article)
        #expect(lines.contains("A footnote.[^1]") && lines.contains("[^1] The footnote text lives here."), "\(lines)")
    }

    // MARK: 7. Nested block quotes

    @Test func nestedQuotesHaveABarPerLevel() throws {
        let markdown = "# T\n\n> Level one\n>\n> > Level two\n> >\n> > > Level three\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        #expect(article.blocks.map(\.kind.quoteDepth).filter { $0 > 0 } == [1, 2, 3])
        let lines = Self.plain(article)
        #expect(lines.contains("│ Level one") && lines.contains("│ │ Level two") && lines.contains("│ │ │ Level three"), "\(lines)")
        let html = try Self.html("<blockquote><p>outer</p><blockquote><p>inner</p></blockquote></blockquote>")
        #expect(Self.plain(html).contains("│ │ inner"))
    }

    /// The reader's screen shows what `reader show` prints: nested quote bars, code indentation
    /// and the bullets of a loose list.
    @Test func screenDrawsQuoteBarsCodeIndentationAndLooseBullets() throws {
        let markdown = "# T\n\n> one\n>\n> > two\n\n```\nif x:\n    y\n```\n\n- loose a\n\n- loose b\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let size = Size(width: 60, height: 20)
        let state = Reducer.reduce(Reducer.reduce(ReaderState(articles: [article], size: size), event: .resize(size)), action: .openSelected)
        let lines = ScreenRenderer.render(state).lines()
        func has(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
        #expect(has("│ │ two") && has("│ one"), "\(lines)")
        #expect(has("  if x:") && has("      y"), "\(lines)")
        #expect(has("• loose a") && has("• loose b"), "\(lines)")
    }

    // MARK: 8. A pipe in a cell with ASCII borders

    @Test func asciiBordersPrintAPipeInACellEscaped() throws {
        let markdown = "# T\n\n| Party | Seats |\n|---|--:|\n| Reform \\| UK | 5 |\n| Labour | 411 |\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        #expect(block.text.contains("Reform | UK"), "the text keeps the pipe itself")
        let ascii = PlainTextRenderer.tableLines(block, shape: shape, width: 40, borders: .ascii, entities: nil)
        #expect(ascii.contains("| Reform \\| UK |     5 |"), "\(ascii)")
        #expect(Set(ascii.map(\.count)).count == 1, "\(ascii)")
        let unicode = PlainTextRenderer.tableLines(block, shape: shape, width: 40, borders: .unicode, entities: nil)
        #expect(unicode.contains("│ Reform | UK │     5 │"), "\(unicode)")
    }

    // MARK: 9. Column widths fit each column's longest word when they can

    @Test func columnsFitTheirLongestWordWhenTheTotalAllows() throws {
        let markdown = "# T\n\n| Party | Leader | Seats |\n|---|---|--:|\n| Labour | Keir Starmer | 411 |\n| Conservative | Rishi Sunak | 121 |\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let (block, shape) = try #require(TableTests.tableBlock(article))
        // 35 columns leave 25 for text: the natural widths (12, 12, 5) do not fit, the longest words (12, 7, 5) do.
        let lines = PlainTextRenderer.tableLines(block, shape: shape, width: 35, borders: .unicode, entities: nil)
        #expect(lines.contains { $0.contains("│ Conservative │") }, "\(lines)")
        #expect(!lines.contains { $0.contains("Conservati ") || $0.contains("Conservativ ") }, "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 35 })
    }

    // MARK: 9. ASCII furniture

    @Test func asciiBordersMakeBulletsAndQuoteBarsASCIITooOnScreenAndInShow() throws {
        let markdown = "# T\n\n> one\n>\n> > two\n\n- item\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let printed = PlainTextRenderer.render(article, width: 40, borders: .ascii)
        #expect(printed.contains("| one\n") && printed.contains("| | two\n") && printed.contains("* item\n"), "\(printed)")
        #expect(!printed.unicodeScalars.contains { $0.value > 0x7F })
        let size = Size(width: 60, height: 20)
        var state = ReaderState(articles: [article], size: size)
        state.settings.tableBorders = .ascii
        state = Reducer.reduce(Reducer.reduce(state, event: .resize(size)), action: .openSelected)
        let text = ScreenRenderer.render(state).lines()
        #expect(text.contains { $0.contains("| | two") } && text.contains { $0.contains("* item") }, "\(text.joined(separator: "\n"))")
        #expect(!text.joined().contains("•"))
    }

    // MARK: 4. j/k in visual mode inside a table

    @Test func visualRowMotionInATableKeepsTheScreenColumn() throws {
        let markdown = "# T\n\n| Party | Leader |\n|---|---|\n| Labour | Keir Starmer |\n| Conservative | Rishi Sunak |\n\nAfter.\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let layout = ArticleLayout(article: article, width: 60)
        let units = TextUnits(article)
        let text = article.plainText
        func offset(_ word: String) -> Int { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: word)!.lowerBound) }
        // "Kei|r": down lands in the same column of "Rishi Sunak", up on "Leader".
        let down = VisualActions.move(offset("Keir") + 3, .rowDown, units: units, layout: layout)
        #expect(down == offset("Rishi") + 3)
        let up = VisualActions.move(offset("Keir") + 3, .rowUp, units: units, layout: layout)
        #expect(up == offset("Leader") + 3)
        // From the header, j moves into the body, not along the header.
        #expect(VisualActions.move(offset("Party"), .rowDown, units: units, layout: layout) == offset("Labour"))
        // From the last row, j leaves the table.
        #expect(VisualActions.move(offset("Rishi"), .rowDown, units: units, layout: layout) == offset("After"))
        #expect(VisualActions.move(offset("Party"), .rowUp, units: units, layout: layout) == offset("T"))
    }
}
