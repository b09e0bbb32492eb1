import Foundation
import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Tables from HTML and Markdown: their shape, their drawing, and offsets inside cells.
@Suite struct TableTests {
    static let pricesHTML = """
        <html><head><title>Prices</title></head><body><article><h1>Prices</h1>
        <p>What things cost this week in the harbour market, stall by stall.</p>
        <table><caption>Market prices</caption>
        <thead><tr><th>Item</th><th>Stall</th><th align="right">Price</th></tr></thead>
        <tbody><tr><td>Cod &amp; chips</td><td><p>Harbour Fry,</p><p>the blue hut</p></td><td align="right">&pound;9.50</td></tr>
        <tr><td colspan="2">Lobster</td><td align="right">&euro;24</td></tr>
        <tr><td>寿司</td><td>東京の屋台</td><td align="right">¥1,200</td></tr></tbody></table>
        <p>The end.</p></article></body></html>
        """

    static func prices() throws -> Article {
        try HTMLPage.article(bytes: Array(pricesHTML.utf8), id: ArticleID("p"), sourcePath: "p.html", base: nil).get()
    }

    static func tableBlock(_ article: Article) -> (TextBlock, TableShape)? {
        for block in article.blocks { if case .table(let shape) = block.kind { return (block, shape) } }
        return nil
    }

    static func text(_ block: TextBlock, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(block.text.unicodeScalars)[range]))
    }

    @Test func htmlTableBecomesOneBlockOfCellsInReadingOrder() throws {
        let article = try Self.prices()
        let (block, shape) = try #require(Self.tableBlock(article))
        #expect(block.text == "Market prices\nItem\nStall\nPrice\nCod & chips\nHarbour Fry,\nthe blue hut\n£9.50\nLobster\n€24\n寿司\n東京の屋台\n¥1,200")
        #expect(shape.caption.map { Self.text(block, $0) } == "Market prices")
        #expect(shape.headerRows == 1)
        #expect(shape.rows.map { $0.map { Self.text(block, $0.range) } } == [
            ["Item", "Stall", "Price"], ["Cod & chips", "Harbour Fry,\nthe blue hut", "£9.50"], ["Lobster", "€24"], ["寿司", "東京の屋台", "¥1,200"],
        ])
        #expect(shape.rows[0].allSatisfy(\.isHeader) && !shape.rows[1][0].isHeader)
        #expect(shape.rows[2][0].columnSpan == 2 && shape.columnCount == 3)
        #expect(shape.rows.map { $0.last?.alignment } == [.right, .right, .right, .right])
        // The plain text holds the cells where the block says.
        #expect(article.paragraphs.last == "The end.")
        #expect(article.plainText.contains("Cod & chips\nHarbour Fry,"))
    }

    @Test func layoutTablesAreOrdinaryBlocks() throws {
        let html = """
            <html><body><article><h1>T</h1>
            <table><tr><td><p>One cell of a layout row.</p></td><td>Another cell.</td></tr></table>
            <table><tr><td>Only</td></tr><tr><td>one column</td></tr></table>
            <table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>x</td></tr>
            <tr><td>y</td><td>z</td></tr></table>
            </article></body></html>
            """
        let article = try HTMLPage.article(bytes: Array(html.utf8), id: ArticleID("l"), sourcePath: "l.html", base: nil).get()
        let tables = article.blocks.filter { if case .table = $0.kind { true } else { false } }
        // The nested data table is drawn; the three around it are read as text.
        #expect(tables.map(\.text) == ["a\nb\nc\nd"])
        #expect(article.paragraphs.filter { !$0.contains("\n") } == ["One cell of a layout row.", "Another cell.", "Only", "one column", "x", "y", "z"])
    }

    @Test func rowSpansKeepColumnsInPlace() throws {
        let html = "<table><tr><th>A</th><th>B</th></tr><tr><td rowspan=2>x</td><td>1</td></tr><tr><td>2</td></tr></table>"
        let article = try HTMLPage.article(bytes: Array(html.utf8), id: ArticleID("r"), sourcePath: "r.html", base: nil).get()
        let (block, shape) = try #require(Self.tableBlock(article))
        #expect(shape.rows.map { $0.map { Self.text(block, $0.range) } } == [["A", "B"], ["x", "1"], ["", "2"]])
    }

    @Test func markdownTableHasHeaderAndAlignments() throws {
        let markdown = "# T\n\n| Party | Seats | Share |\n|:--|--:|:-:|\n| Labour | 412 | 33.7% |\n| Reform *UK* | 5 | 14.3% |\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        let (block, shape) = try #require(Self.tableBlock(article))
        #expect(block.text == "Party\nSeats\nShare\nLabour\n412\n33.7%\nReform UK\n5\n14.3%")
        #expect(shape.headerRows == 1)
        #expect(shape.rows[1].map(\.alignment) == [.left, .right, .center])
        // Inline styles inside cells are ranges of the plain text.
        let emphasis = try #require(article.styles.first { $0.kind == .emphasis })
        #expect(HTMLArticleTests.text(article, emphasis) == "UK")
    }

    @Test func gridSizesColumnsByDisplayWidthAndAligns() throws {
        let (block, shape) = try #require(Self.tableBlock(Self.prices()))
        let lines = PlainTextRenderer.tableLines(block, shape: shape, width: 80, borders: .unicode, entities: nil)
        #expect(lines == [
            "             Market prices",
            "┌─────────────┬──────────────┬────────┐",
            "│ Item        │ Stall        │  Price │",
            "╞═════════════╪══════════════╪════════╡",
            "│ Cod & chips │ Harbour Fry, │  £9.50 │",
            "│             │ the blue hut │        │",
            "├─────────────┴──────────────┼────────┤",
            "│ Lobster                    │    €24 │",
            "├─────────────┬──────────────┼────────┤",
            "│ 寿司        │ 東京の屋台   │ ¥1,200 │",
            "└─────────────┴──────────────┴────────┘",
        ])
        let ascii = PlainTextRenderer.tableLines(block, shape: shape, width: 80, borders: .ascii, entities: nil)
        #expect(ascii[1] == "+-------------+--------------+--------+" && ascii[3] == "+=============+==============+========+")
        #expect(ascii[9] == "| 寿司        | 東京の屋台   | ¥1,200 |")
    }

    @Test func narrowPanesWrapCellsThenShowRecords() throws {
        let (block, shape) = try #require(Self.tableBlock(Self.prices()))
        let scalars = Array(block.text.unicodeScalars)
        let narrow = TableLayout.draw(shape, scalars: scalars, width: 30, borders: .unicode)
        #expect(!narrow.isRecords && narrow.width <= 30)
        let records = TableLayout.draw(shape, scalars: scalars, width: 16, borders: .unicode)
        #expect(records.isRecords)
        let lines = PlainTextRenderer.tableLines(block, shape: shape, width: 16, borders: .unicode, entities: nil)
        #expect(lines.contains("Item:  Cod &") && lines.contains("Price: £9.50") && lines.contains("Price: ¥1,200"))
        for drawing in [narrow, records] {
            for line in drawing.lines { #expect(line.pieces.allSatisfy { $0.column < max(30, drawing.width) }) }
        }
    }

    /// Every width from 1 to 200: lines fit, ranges never go backwards, and every cell's text is shown.
    @Test func everyWidthFitsAndShowsAllText() throws {
        let (block, shape) = try #require(Self.tableBlock(Self.prices()))
        let scalars = Array(block.text.unicodeScalars)
        for width in 1...200 {
            let drawing = TableLayout.draw(shape, scalars: scalars, width: width, borders: .unicode)
            var shown = Set<Int>()
            var previous = 0
            for line in drawing.lines {
                #expect(line.textRange.lowerBound >= previous)
                previous = line.textRange.lowerBound
                for piece in line.pieces { if case .text(let range, _) = piece.content { shown.formUnion(range) } }
            }
            let visible = Set(scalars.indices.filter { scalars[$0] != "\n" && scalars[$0] != " " })
            let headerOnly = drawing.isRecords ? Set(shape.rows[0].flatMap { Array($0.range) }) : []
            #expect(visible.subtracting(headerOnly).isSubset(of: shown), "width \(width)")
            if !drawing.isRecords { #expect(drawing.width <= max(width, 3 * shape.columnCount + 1 + 3)) }
        }
    }

    @Test func findMatchesInsideCellsAreDrawnThere() throws {
        var state = ReaderState(articles: [try Self.prices()], size: Size(width: 80, height: 24))
        state = Reducer.reduce(state, action: .openSelected)
        state = SearchActions.findInArticle(state, query: "屋台")
        let match = try #require(state.reading.findMatches.first)
        let article = try #require(state.openArticle)
        #expect(String(String.UnicodeScalarView(Array(article.plainText.unicodeScalars)[match])) == "屋台")
        let frame = ScreenRenderer.render(state)
        let row = try #require(frame.lines().firstIndex { $0.contains("東京の屋台") })
        let line = frame.lines()[row]
        let column = DisplayWidth.columns(of: String(line[..<line.range(of: "屋台")!.lowerBound]))
        // The first match is the current one: both wide characters (four columns) on its colour.
        #expect(state.reading.findIndex == 0)
        for x in column..<(column + 4) { #expect(frame[x, row].style.background == state.settings.theme.currentMatch, "column \(x)") }
        #expect(frame[column - 2, row].style.background == nil && !frame[column - 2, row].style.reverse)
        #expect(frame[column + 4, row].style.background == nil && !frame[column + 4, row].style.reverse)
    }

    @Test func tablesAt40And80And160WithCJK() throws {
        for size in [Size(width: 40, height: 20), Size(width: 80, height: 24), Size(width: 160, height: 30)] {
            var state = ReaderState(articles: [try Self.prices()], size: size)
            state = Reducer.reduce(state, event: .resize(size))
            state = Reducer.reduce(state, action: .openSelected)
            state.focus = .text
            Snapshot.assertMatches(ScreenRenderer.render(state), named: "table-\(size.width)x\(size.height)")
        }
    }

    @Test func showPrintsTheGridWithEntityMarksInsideCells() throws {
        let article = try Self.prices()
        let (block, _) = try #require(Self.tableBlock(article))
        let start = block.start + Array(block.text.unicodeScalars).firstIndex(of: "L")!
        let entities = ArticleEntities(spans: [EntitySpan(start: start, end: start + 7, label: .product, text: "Lobster")])
        let output = PlainTextRenderer.render(article, width: 80, entities: entities)
        #expect(output.contains("│ [Lobster]{PRODUCT}         │    €24 │"))
        #expect(output.contains("│ Item        │ Stall        │  Price │"))
    }

    @Test func bordersFollowTheLocaleUnlessConfigured() {
        #expect(TableBorders.forLocale(["LANG": "en_GB.UTF-8"]) == .unicode)
        #expect(TableBorders.forLocale(["LC_ALL": "C", "LANG": "en_GB.UTF-8"]) == .ascii)
        #expect(TableBorders.forLocale([:]) == .ascii)
        let outcome = ConfigParser.parse("[layout]\ntable-borders = \"ascii\"\n", file: "c.toml")
        #expect(outcome.config.tableBorders(environment: ["LANG": "C.UTF-8"]) == .ascii)
        let wrong = ConfigParser.parse("[layout]\ntable-borders = \"fancy\"\n", file: "c.toml")
        #expect(wrong.problems.count == 1 && wrong.config.tableBorders == nil)
    }

    @Test func storedBodyKeepsTheTable() throws {
        let article = try Self.prices()
        let json = try #require(StoredBody.json(of: article))
        let stored = try #require(StoredBody.decode(json))
        #expect(stored.blocks == article.body)
    }
}
