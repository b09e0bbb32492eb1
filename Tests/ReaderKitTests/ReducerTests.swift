import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct ReducerTests {
    func state(size: Size = Size(width: 160, height: 45)) throws -> ReaderState {
        let result = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path])
        return Reducer.reduce(ReaderState(articles: result.articles, size: size), event: .resize(size))
    }

    func press(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, event: .key($1)) }
    }

    @Test func listMovesAndOpens() throws {
        var state = try state()
        state = press(state, .character("j"), .down)
        #expect(state.selectedIndex == 2)
        state = press(state, .character("k"))
        #expect(state.selectedIndex == 1)
        state = press(state, .enter)
        #expect(state.openIndex == 1)
        #expect(state.focus == .text)
        state = press(state, .character("G"))
        #expect(state.selectedIndex == 1, "G in the text pane scrolls the text, not the list")
    }

    @Test func gGAndGGoToTopAndBottomOfList() throws {
        var state = press(try state(), .character("G"))
        #expect(state.selectedIndex == state.articles.count - 1)
        state = press(state, .character("g"))
        #expect(state.keys.pending == [.character("g")])
        state = press(state, .character("g"))
        #expect(state.selectedIndex == 0)
        #expect(state.keys.pending.isEmpty)
    }

    /// Found by the reducer fuzz target: the last unread article, short enough to be read on
    /// opening, left the list under the selection, and Enter on the list then indexed past its end.
    @Test func openingTheLastUnreadArticleKeepsTheSelectionInTheList() throws {
        let short = ArticleParser().parse("Short\n\nOne line.", id: ArticleID("/short.txt"), sourcePath: "/short.txt")
        let long = ArticleParser().parse("Long\n\n" + String(repeating: "Many words here. ", count: 400), id: ArticleID("/long.txt"), sourcePath: "/long.txt")
        var state = ReaderState(articles: [long, short], size: Size(width: 120, height: 40))
        state = Reducer.reduce(state, action: .cycleFilter)
        #expect(state.list.filter == .unread)
        state = press(state, .character("G"))
        #expect(state.articles[state.selectedIndex].id == short.id)
        state = press(state, .enter)
        #expect(state.list.readArticles.contains(short.id) && state.articles.count == 1)
        #expect(state.selectedIndex == 0 && state.list.top == 0)
        state = press(state, .backTab, .enter)
        #expect(state.openArticle?.id == long.id)
    }

    @Test func textScrollsAndMarksReadAtTheEnd() throws {
        var state = try state(size: Size(width: 100, height: 12))
        state.settings.nextArticleAtEnd = false
        state = press(state, .enter)
        let id = try #require(state.openArticle?.id)
        #expect(state.textAnchor == .top)
        #expect(!state.list.readArticles.contains(id))
        state = press(state, .character("j"))
        #expect(state.textAnchor != .top)
        state = press(state, .character("k"))
        #expect(state.textAnchor == .top)
        state = press(state, .character("G"))
        #expect(state.list.readArticles.contains(id))
        let bottom = state.textAnchor
        state = press(state, .character("j"), .pageDown, .character(" "))
        #expect(state.textAnchor == bottom, "cannot scroll past the end")
        state = press(state, .character("g"), .character("g"))
        #expect(state.textAnchor == .top)
    }

    @Test func tabCyclesFocusThroughVisiblePanes() throws {
        var state = try state()
        #expect(state.focus == .list)
        state = press(state, .tab)
        #expect(state.focus == .text)
        state = press(state, .tab)
        #expect(state.focus == .entities)
        state = press(state, .tab)
        #expect(state.focus == .list)
        state = press(state, .backTab)
        #expect(state.focus == .entities)
    }

    @Test func narrowScreensShowOnePaneAndTabReachesAll() throws {
        var state = try state(size: Size(width: 60, height: 20))
        #expect(ScreenLayout(state: state).panes.map(\.pane) == [.list])
        state = press(state, .tab)
        #expect(ScreenLayout(state: state).panes.map(\.pane) == [.text])
        state = press(state, .tab)
        #expect(ScreenLayout(state: state).panes.map(\.pane) == [.entities])
    }

    @Test func mediumScreensShowEntityPaneOnAKey() throws {
        var state = try state(size: Size(width: 100, height: 30))
        #expect(ScreenLayout(state: state).panes.map(\.pane) == [.list, .text])
        state = press(state, .character("e"))
        #expect(ScreenLayout(state: state).panes.map(\.pane) == [.text, .entities])
        state = press(state, .character("e"))
        #expect(ScreenLayout(state: state).panes.map(\.pane) == [.list, .text])
    }

    @Test func nextAndPreviousArticleFromTheText() throws {
        var state = press(try state(), .enter)
        state = press(state, .character("J"))
        #expect(state.openIndex == 1)
        #expect(state.selectedIndex == 1)
        #expect(state.focus == .text)
        state = press(state, .character("K"), .character("K"))
        #expect(state.openIndex == 0)
        #expect(state.statusMessage == "This is the first article")
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        // The longest sample, so that neither size shows its end.
        var state = try state(size: Size(width: 160, height: 20))
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        let longest = try #require(articles.max { $0.plainTextLength < $1.plainTextLength })
        state.selectedIndex = try #require(state.articles.firstIndex { $0.id == longest.id })
        state = press(state, .enter, .pageDown, .pageDown)
        let before = try #require(state.openLayout())
        let firstOffset = visibleRange(before, state.textAnchor).lowerBound
        state = Reducer.reduce(state, event: .resize(Size(width: 90, height: 30)))
        let after = try #require(state.openLayout())
        #expect(visibleRange(after, state.textAnchor).contains(firstOffset))
    }

    /// The plain-text offsets of the top row an anchor shows (a gap row: the end of its block).
    func visibleRange(_ layout: ArticleLayout, _ anchor: ScrollAnchor) -> ClosedRange<Int> {
        let top = layout.position(of: anchor)
        let block = layout.article.blocks[top.block]
        let rows = layout.rows(ofBlock: top.block)
        guard top.row < rows.count else { return block.end...block.end + 2 }
        return (block.start + rows[top.row].lowerBound)...(block.start + rows[top.row].upperBound)
    }

    @Test func growingAtTheEndFillsThePaneWithText() throws {
        var state = press(Fixtures.selectingSeed(try state(size: Size(width: 100, height: 12))), .enter, .character("G"))
        state = Reducer.reduce(state, event: .resize(Size(width: 100, height: 40)))
        let frame = ScreenRenderer.render(state)
        let screen = ScreenLayout(state: state)
        let lastTextRow = frame.lines()[screen.textRows - 1]
        #expect(lastTextRow.contains("Putin claims that Poland will invade Belarus."), "\(lastTextRow)")
        // The article is longer than the pane: its start scrolls off, as far as the end needs and no further.
        let layout = try #require(state.openLayout())
        #expect(state.textAnchor != .top)
        #expect(state.textAnchor == layout.anchor(of: layout.bottomTop(height: screen.textRows)))
        #expect(frame.lines()[screen.textRows].contains("— end —"), "the end marker is on the pane's last row")
    }

    @Test func helpOverlayOpensScrollsAndCloses() throws {
        var state = press(try state(size: Size(width: 80, height: 10)), .character("?"))
        #expect(state.overlays.overlay == .help(scroll: 0))
        state = press(state, .character("j"))
        #expect(state.overlays.overlay == .help(scroll: 1))
        #expect(state.selectedIndex == 0, "keys go to the overlay")
        state = press(state, .escape)
        #expect(state.overlays.overlay == nil)
        state = press(state, .character("?"), .character("q"))
        #expect(state.overlays.overlay == nil)
        #expect(!state.shouldQuit)
        state = press(state, .character("q"))
        #expect(state.shouldQuit)
    }

    @Test func helpListsEveryBindingOfTheKeymap() {
        let text = HelpView.lines(keymap: .standard).joined(separator: "\n")
        for binding in Keymap.standard.bindings {
            #expect(text.contains(binding.label), "\(binding.label) missing")
            #expect(text.contains(binding.action.summary(in: binding.scope)))
        }
    }

    @Test func randomKeysAtRandomSizesNeverBreakInvariants() throws {
        var generator = SeededRandom(seed: 42)
        let keys: [Key] = [
            .character("j"), .character("k"), .character("G"), .character("g"), .pageDown, .pageUp,
            .control("d"), .control("u"), .tab, .backTab, .enter, .character("J"), .character("K"),
            .character("e"), .character("?"), .escape, .character("x"), .character(" "), .character("b"),
        ]
        var state = try state()
        for step in 0..<3000 {
            if step % 37 == 0 {
                let size = Size(width: Int.random(in: 0...220, using: &generator), height: Int.random(in: 0...70, using: &generator))
                state = Reducer.reduce(state, event: .resize(size))
            } else {
                state = Reducer.reduce(state, event: .key(keys.randomElement(using: &generator)!))
            }
            let frame = ScreenRenderer.render(state)
            #expect(frame.cells.count == state.size.width * state.size.height)
            #expect(state.selectedIndex >= 0 && state.selectedIndex < state.articles.count)
            #expect(ScreenLayout(state: state).focusablePanes.contains(state.focus))
            if state.shouldQuit { break }
        }
    }
}

@Suite struct ArticleSourceTests {
    @Test func summariesComeFromTheStartOfEachFile() throws {
        let result = ArticleLoader().loadSummaries(paths: [Fixtures.samplesFolder.path])
        let whole = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        #expect(result.failures.isEmpty)
        #expect(result.summaries == whole.map(ArticleSummary.init))
    }

    @Test func openingReadsTheArticleFromItsSource() throws {
        let summaries = ArticleLoader().loadSummaries(paths: [Fixtures.samplesFolder.path]).summaries
        var state = ReaderState(summaries: summaries, size: Size(width: 120, height: 30))
        #expect(state.openArticle == nil)
        let files = ReducerDriver(source: FileArticleSource())
        let asked = Reducer.reduce(state, .action(.openSelected))
        #expect(asked.state.openArticle == nil, "the reducer reads no file itself")
        #expect(asked.effects.contains { if case .loadArticle = $0 { true } else { false } })
        state = files.after(state, .openSelected)
        #expect(state.openArticle?.title == state.articles.first?.title)
        #expect(state.openArticle?.paragraphs.isEmpty == false)
    }

    @Test func aFileGoneSinceListingGivesAMessageNotACrash() throws {
        let gone = ArticleSummary(id: ArticleID("/nonexistent/a.txt"), sourcePath: "/nonexistent/a.txt", title: "Gone", dateline: nil)
        var state = ReaderState(summaries: [gone], size: Size(width: 120, height: 30))
        state = ReducerDriver(source: FileArticleSource()).after(state, .openSelected)
        #expect(state.openArticle == nil)
        #expect(state.openIndex == nil)
        #expect(state.statusMessage?.contains("no such file") == true)
    }

    @Test func aTitleLongerThanTheSummaryPrefixStillDecodesAsUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-summary-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("long.txt").path
        // A multi-byte character straddles the 8 KiB boundary.
        let text = "Zoë’s title\n\n" + String(repeating: "é", count: 5000) + "\n\nMore."
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let summary = try ArticleLoader().summary(path: path).get()
        #expect(summary.title == "Zoë’s title")
        let oneLine = folder.appendingPathComponent("one-line.txt").path
        try (String(repeating: "é", count: 5000)).write(toFile: oneLine, atomically: true, encoding: .utf8)
        #expect(try ArticleLoader().summary(path: oneLine).get().title.allSatisfy { $0 == "é" })
    }
}
