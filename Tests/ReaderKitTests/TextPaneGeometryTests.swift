import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

/// A click in the text lands on the character drawn under it: the renderer and the mouse read
/// the same geometry, at every width, with wide and combining characters, and in a pane narrower
/// than the configured text column.
@Suite struct TextPaneGeometryTests {
    static let text = """
        Clicks on wide text

        A plain paragraph first, so that some words are sure to be found whole on one row of the pane.

        東京の朝は早い。午前五時、場外市場ではもう屋台が湯気を上げ、始発を待つ人々が温かい味噌汁をすする。

        北京和首尔的早市也一样热闹：豆浆、油条、김밥 and 떡볶이 stand side by side.

        Emoji: a train 🚆, a family 👨‍👩‍👧, a keycap 1️⃣, and a cafe\u{301} with a combining accent before this.

        Ｆｕｌｌｗｉｄｔｈ letters: 日本語とEnglishが混ざる文章。
        """

    /// Screen widths from one pane (narrower than the text column setting) to three, and a
    /// configured column narrower than the pane.
    static let screens: [(size: Size, maxTextWidth: Int)] = [
        (Size(width: 160, height: 40), 80), (Size(width: 100, height: 40), 80), (Size(width: 60, height: 40), 80),
        (Size(width: 33, height: 60), 80), (Size(width: 130, height: 40), 30),
    ]

    func opened(_ size: Size, maxTextWidth: Int, article: Article = Fixtures.article(Self.text, path: "/tmp/clicks.txt")) -> ReaderState {
        var state = ReaderState(articles: [article], size: size)
        state.settings.paneWidths = PaneWidths(maxTextWidth: maxTextWidth)
        state = Reducer.reduce(state, action: .openSelected)
        state.focus = .text
        return state
    }

    func press(_ state: ReaderState, x: Int, y: Int) -> Int? {
        Reducer.reduce(state, event: .mouse(MouseEvent(.press, x: x, y: y))).reading.pressedOffset
    }

    /// The rows of the text pane's content as drawn: each cell's column and text, wide
    /// continuations left out.
    func drawnRows(_ state: ReaderState) -> [(y: Int, cells: [(x: Int, text: String, dim: Bool)])] {
        let frame = ScreenRenderer.render(state)
        let content = ScreenLayout(state: state).textPane.droppingTop(1)
        return (content.y..<content.maxY).map { y in
            (y, (content.x..<content.maxX).compactMap { x in
                frame[x, y].isWideContinuation ? nil : (x, frame[x, y].text, frame[x, y].style.dim)
            })
        }
    }

    @Test func aClickOnADrawnWordLandsOnThatWordsOffsetAtEveryWidth() throws {
        let words = ["paragraph", "味噌汁", "김밥", "combining", "English", "Ｆｕｌｌｗｉｄｔｈ"]
        for screen in Self.screens {
            let state = opened(screen.size, maxTextWidth: screen.maxTextWidth)
            let scalars = Array(try #require(state.openArticle).plainText.unicodeScalars)
            var found = 0
            for word in words {
                let target = Array(word.unicodeScalars)
                let start = try #require((0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target })
                for row in drawnRows(state) {
                    let texts = row.cells.map(\.text)
                    guard let first = (0..<row.cells.count).first(where: { texts[$0...].starts(with: word.map(String.init)) }) else { continue }
                    found += 1
                    for (index, cell) in row.cells[first..<first + target.count].enumerated() {
                        let width = DisplayWidth.columns(target[index])
                        for x in cell.x..<cell.x + width {
                            #expect(press(state, x: x, y: row.y) == start + index, "\(word) at \(screen), cell \(x)")
                        }
                    }
                }
            }
            // The Latin words fit on a row at every width; the CJK ones may wrap inside.
            #expect(found >= 4, "\(screen): \(found) words found whole")
        }
    }

    /// Clicks every character cell of the pane (borders aside: they are dimmed): each finds the character drawn
    /// there, and offsets go forward along a row (and from row to row, unless cells of a table
    /// wrap). Returns how many cells were clicked.
    func clickEveryCharacter(_ state: ReaderState, _ screen: Any, forwardAcrossRows: Bool = true) throws -> Int {
        let scalars = Array(try #require(state.openArticle).plainText.unicodeScalars)
        var previous = -1
        var checked = 0
        for row in drawnRows(state) where !row.cells.map(\.text).joined().contains(TextView.endMarker) {
            if !forwardAcrossRows { previous = -1 }
            for cell in row.cells where cell.text != " " && !cell.dim {
                let offset = try #require(press(state, x: cell.x, y: row.y), "\(screen) \(cell)")
                #expect(String(scalars[offset]) == String(cell.text.unicodeScalars.first!), "\(screen) \(cell) found \(scalars[offset])")
                #expect(offset > previous, "\(screen) \(cell): offsets go forward")
                previous = offset
                checked += 1
            }
        }
        return checked
    }

    @Test func everyDrawnCharacterIsTheOneAClickThereFinds() throws {
        for screen in Self.screens {
            let state = opened(screen.size, maxTextWidth: screen.maxTextWidth)
            #expect(try clickEveryCharacter(state, screen) > 100)
        }
    }

    @Test func wrappedListItemsHangUnderTheirTextAndClicksThereFindIt() throws {
        let markdown = """
            # Lists

            - A list item with quite a long text that has to wrap onto a second row and a third row here
            - Short
              12. A nested numbered item whose text is long enough to wrap, with 東京の朝 in it as well
            - [ ] A task whose words wrap under the text after its box, not under the box itself
            """
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("l"), sourcePath: "l.md", base: nil)
        for width in [160, 60, 40] {
            let state = opened(Size(width: width, height: 40), maxTextWidth: 40, article: article)
            #expect(try clickEveryCharacter(state, width) > 100)
            let layout = try #require(state.openLayout())
            let geometry = ScreenLayout(state: state).textGeometry
            for block in 0..<layout.blockCount where layout.rows(ofBlock: block).count > 1 {
                let first = geometry.scalars(drawnOn: RowPosition(block: block, row: 0), in: layout)
                let second = geometry.scalars(drawnOn: RowPosition(block: block, row: 1), in: layout)
                let marker = ListMarker.length(of: layout.scalars(ofBlock: block))
                // The second row starts in the column of the first row's text after the marker.
                #expect(second.first?.x == first[marker].x, "\(width), block \(block)")
            }
        }
    }

    @Test func aClickInATableWiderThanTheColumnFindsTheCellTextUnderIt() throws {
        let markdown = "# T\n\n| Party | Seats | Share of the vote |\n|:--|--:|:-:|\n| Labour | 412 | 33.7% |\n| Reform 日本 | 5 | 14.3% |\n"
        let article = MarkdownDocument.article(text: markdown, id: ArticleID("m"), sourcePath: "m.md", base: nil)
        for width in [160, 60] {
            let state = opened(Size(width: width, height: 30), maxTextWidth: 20, article: article)
            let layout = try #require(state.openLayout())
            let table = try #require((0..<layout.blockCount).lazy.compactMap { layout.table(ofBlock: $0) }.first)
            #expect(table.width > ScreenLayout(state: state).textColumn.width, "\(width): the table is wider than the text column")
            #expect(try clickEveryCharacter(state, width, forwardAcrossRows: false) > 40)
        }
    }

    @Test func aNarrowPaneGivesTheTextAllButItsMarginsAndAWidePaneCentresTheColumn() {
        let narrow = TextPaneGeometry(content: Rect(x: 10, y: 1, width: 50, height: 20), maxTextWidth: 80)
        #expect(narrow.columnWidth == 48 && narrow.textLeft == 11 && narrow.textLimit == 59)
        let wide = TextPaneGeometry(content: Rect(x: 10, y: 1, width: 100, height: 20), maxTextWidth: 80)
        #expect(wide.columnWidth == 80 && wide.textLeft == 20 && wide.textLimit == 100)
        let tiny = TextPaneGeometry(content: Rect(x: 0, y: 1, width: 3, height: 20), maxTextWidth: 80)
        #expect(tiny.columnWidth == 3 && tiny.textLeft == 0)
        // A table wider than the column moves left, as far as the margin.
        #expect(wide.tableLeft(width: 60) == 20 && wide.tableLeft(width: 95) == 14 && wide.tableLeft(width: 120) == 11)
    }

    @Test func clicksBesideARowLandOnItsEndsAndBelowTheArticleOnNothing() throws {
        let state = opened(Size(width: 100, height: 60), maxTextWidth: 80)
        let layout = try #require(state.openLayout())
        let geometry = ScreenLayout(state: state).textGeometry
        let top = layout.position(of: state.textAnchor)
        let titleRow = try #require(geometry.position(atRow: 0, from: top, in: layout))
        let title = layout.plainTextRange(of: titleRow)
        #expect(geometry.offset(atX: geometry.content.x, y: geometry.content.y, top: top, in: layout) == title.lowerBound)
        #expect(geometry.offset(atX: geometry.content.maxX - 1, y: geometry.content.y, top: top, in: layout) == title.upperBound)
        #expect(geometry.offset(atX: geometry.content.maxX, y: geometry.content.y, top: top, in: layout) == nil)
        #expect(geometry.offset(atX: geometry.textLeft, y: geometry.content.maxY - 1, top: top, in: layout) == nil)
    }
}
