import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Moving through what one reads: highlights with ] and [, notes opened from the library-wide
/// list, J in the unread list, the first screen, Space at the end, and panes with e and Tab.
@Suite struct ReadingNavigationTests {
    func press(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, event: .key($1)) }
    }

    func openSeed(size: Size = Size(width: 120, height: 40)) throws -> ReaderState {
        Reducer.reduce(ReaderState(articles: [try Fixtures.seedArticle()], size: size), action: .openSelected)
    }

    /// Sentences that start inside a row, where the old step (from the row a highlight was
    /// scrolled to) found the same highlight again.
    func threeMidRowHighlights(_ state: ReaderState) throws -> (ReaderState, [Highlight]) {
        var state = state
        let article = try #require(state.openArticle)
        let units = TextUnits(article)
        let paragraphs = article.blocks.filter { $0.kind == .paragraph && $0.length > 150 }
        try #require(paragraphs.count >= 3)
        for (number, block) in [paragraphs[0], paragraphs[paragraphs.count / 2], paragraphs[paragraphs.count - 1]].enumerated() {
            state.nextHighlightID = "h-\(number)"
            state.now = Date(timeIntervalSince1970: 1_700_000_000)
            let first = units.sentence(at: block.start)
            let second = units.sentence(at: units.wordStart(atOrAfter: first.upperBound))
            state = AnnotationActions.add(state, range: second.lowerBound > block.start ? second : first)
        }
        return (state, state.highlights)
    }

    @Test func bracketsStepThroughThreeHighlightsOneByOneBothWays() throws {
        let (start, highlights) = try threeMidRowHighlights(try openSeed(size: Size(width: 100, height: 14)))
        #expect(highlights.count == 3)
        var state = start
        var seen: [String] = []
        for _ in 0..<4 {
            state = press(state, .character("]"))
            seen.append(state.statusMessage ?? "")
        }
        #expect(seen == ["Highlight 1 of 3", "Highlight 2 of 3", "Highlight 3 of 3", "Highlight 1 of 3 (from the top)"])
        state = press(state, .character("]"), .character("]"))
        #expect(state.statusMessage == "Highlight 3 of 3")
        state = press(state, .character("["))
        #expect(state.statusMessage == "Highlight 2 of 3")
        let layout = try #require(state.openLayout())
        let shown = layout.plainTextOffset(atStartOf: layout.position(of: state.textAnchor))
        #expect(shown <= highlights[1].start, "the text shows the second highlight")
        state = press(state, .character("["))
        #expect(state.statusMessage == "Highlight 1 of 3")
        state = press(state, .character("["))
        #expect(state.statusMessage == "Highlight 3 of 3 (from the bottom)")
    }

    @Test func afterScrollingBracketsStepFromTheReadingLine() throws {
        let (start, highlights) = try threeMidRowHighlights(try openSeed(size: Size(width: 100, height: 14)))
        var state = press(start, .character("]"), .character("]"))
        #expect(state.statusMessage == "Highlight 2 of 3")
        // Scrolled on past the second: ] goes to the third, [ back to the second.
        let layout = try #require(state.openLayout())
        let second = layout.position(ofPlainTextOffset: highlights[1].start)
        state.textAnchor = layout.anchor(of: layout.advance(second, by: 1))
        state = press(state, .character("]"))
        #expect(state.statusMessage == "Highlight 3 of 3")
        state.textAnchor = layout.anchor(of: layout.advance(second, by: 1))
        state = press(state, .character("["))
        #expect(state.statusMessage == "Highlight 2 of 3")
    }

    /// A source with a library's list of notes.
    struct NotesSource: ArticleSource {
        let articles: InMemoryArticleSource
        let notes: [LibraryHighlight]
        func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> { articles.article(for: summary) }
        func highlights(matching query: String?) -> [LibraryHighlight]? { notes }
    }

    @Test func openingANoteOfTheArticleAlreadyOpenKeepsItsHighlightsAndGoesThere() throws {
        var state = try openSeed(size: Size(width: 160, height: 45))
        let (withHighlights, highlights) = try threeMidRowHighlights(state)
        state = withHighlights
        let article = try #require(state.openArticle)
        state.libraryIndexed = true
        let library = ReducerDriver(source: NotesSource(articles: InMemoryArticleSource([article]), notes: highlights.reversed().map {
            LibraryHighlight(highlight: $0, articleTitle: article.title, articleDate: nil)
        }))
        state = library.keys(state, .character("A"))
        #expect(state.overlays.overlay == .allNotes)
        // The newest first: the last highlight.
        state = library.keys(state, .enter)
        #expect(state.overlays.overlay == nil)
        #expect(state.highlights == highlights)
        #expect(state.reading.pendingHighlightJump == nil)
        #expect(state.statusMessage == "Highlight: \(highlights[2].quote.exact)")
        let layout = try #require(state.openLayout())
        let rows = ScreenLayout(state: state).textRows
        let top = layout.position(of: state.textAnchor)
        let target = layout.position(ofPlainTextOffset: highlights[2].start)
        #expect(top <= target && target <= layout.advance(top, by: rows - 1), "the highlight is on screen")
        state = press(state, .character("H"))
        #expect(ScreenRenderer.title(of: .entities, state: state).hasPrefix("Notes (3)"))
        let quote = Frame.textPanePassages(of: state).cells(of: highlights[2].quote.exact)
        try #require(quote != nil, "the highlight is on screen once")
        #expect(quote?.allSatisfy { $0.style.background == .yellow } == true, "the highlight is drawn")
    }

    func longArticle(_ title: String) -> Article {
        Fixtures.article(title + "\n\n" + String(repeating: "Many words about \(title). ", count: 300), path: "/\(title).txt")
    }

    @Test func jInTheUnreadListOpensTheNextArticleWhenTheOneReadLeavesTheList() throws {
        var state = ReaderState(articles: ["Alpha", "Bravo", "Charlie", "Delta"].map(longArticle), size: Size(width: 160, height: 45))
        state = Reducer.reduce(state, action: .cycleFilter)
        #expect(state.list.filter == .unread)
        let order = state.articles.ids
        state = press(state, .enter, .character("G"))
        #expect(state.list.readArticles.contains(order[0]))
        #expect(state.articles.index(of: order[0]) == nil, "read, it has left the unread list")
        for next in order.dropFirst() {
            state = press(state, .character("J"))
            #expect(state.openArticle?.id == next)
            state = press(state, .character("G"))
        }
        #expect(state.articles.isEmpty)
        state = press(state, .character("J"))
        #expect(state.statusMessage == "This is the last article")
    }

    @Test func goingThroughAnEmptyFilterComesBackToTheSameArticle() throws {
        var state = ReaderState(articles: ["Alpha", "Bravo", "Charlie"].map(longArticle), size: Size(width: 160, height: 45))
        state = press(state, .down, .down, .enter, .tab)
        let chosen = try #require(state.openArticle?.id)
        state = Reducer.reduce(state, action: .cycleFilter)
        state = Reducer.reduce(state, action: .cycleFilter)
        #expect(state.list.filter == .starred && state.articles.isEmpty, "nothing is starred")
        state = Reducer.reduce(state, action: .cycleFilter)
        #expect(state.list.filter == .all)
        #expect(state.list.selectedID == chosen, "the selection came back to the article chosen")
    }

    @Test func kInTheUnreadListOpensTheArticleBeforeTheOneThatLeft() throws {
        var state = ReaderState(articles: ["Alpha", "Bravo", "Charlie"].map(longArticle), size: Size(width: 160, height: 45))
        state = Reducer.reduce(state, action: .cycleFilter)
        let order = state.articles.ids
        state = press(state, .down, .enter, .character("G"))
        #expect(state.openArticle?.id == order[1] && state.articles.index(of: order[1]) == nil)
        state = press(state, .character("K"))
        #expect(state.openArticle?.id == order[0])
    }

    @Test func theFirstScreenShowsTheSelectedArticleWithoutMarkingItRead() throws {
        let short = Fixtures.article("Short\n\nOne line.", path: "/short.txt")
        var state = ReaderState(articles: [short, longArticle("Long")], size: Size(width: 160, height: 45))
        state.settings.readRule = .onOpen
        let selected = state.articles.ids[state.selectedIndex]
        state = Reducer.showSelectedIfNothingOpen(state)
        #expect(state.openArticle?.id == selected)
        #expect(state.focus == .list)
        #expect(state.list.readArticles.isEmpty)
        #expect(!ScreenRenderer.render(state).lines().joined().contains("Select an article"))
        // An article already open (restored from the last session) stays.
        state = Reducer.open(state, index: 1)
        let restored = state.openArticle?.id
        #expect(Reducer.showSelectedIfNothingOpen(state).openArticle?.id == restored)
    }

    @Test func spaceAtTheEndOpensTheNextArticleUnlessTheConfigSaysNot() throws {
        var state = ReaderState(articles: ["Alpha", "Bravo"].map(longArticle), size: Size(width: 100, height: 20))
        let order = state.articles.ids
        state = press(state, .enter, .character("G"))
        let end = state.textAnchor
        #expect(state.openArticle?.id == order[0])
        state = press(state, .character(" "))
        #expect(state.openArticle?.id == order[1])
        #expect(state.textAnchor == .top && state.focus == .text)
        state = press(state, .character(" "))
        #expect(state.openArticle?.id == order[1], "Space before the end pages down")
        state = press(state, .character("G"), .character(" "))
        #expect(state.statusMessage == "This is the last article")

        var config = ConfigParser.parse("[reading]\nnext-at-end = false\n", file: "config.toml")
        #expect(config.problems.isEmpty)
        config.config.keymap = .standard
        state = config.config.apply(to: ReaderState(articles: ["Alpha", "Bravo"].map(longArticle), size: Size(width: 100, height: 20)))
        state = press(state, .enter, .character("G"), .character(" "))
        #expect(state.openArticle?.id == order[0] && state.textAnchor == end)
        #expect(DefaultConfig.text.contains("next-at-end = true"))
    }

    @Test func eAtThreePanesGoesToTheEntityPaneAndBackAndSaysWhy() throws {
        var state = try openSeed(size: Size(width: 160, height: 45))
        #expect(state.focus == .text)
        state = press(state, .character("e"))
        #expect(state.focus == .entities)
        #expect(state.statusMessage == "The entity pane is always shown at this width · e goes back")
        state = press(state, .character("e"))
        #expect(state.focus == .text)
    }

    @Test func tabReachesEveryPaneAtTwoPanesWithTheEntityPaneShown() throws {
        var state = try openSeed(size: Size(width: 100, height: 30))
        state = press(state, .character("e"))
        #expect(state.side.isShown && ScreenLayout(state: state).contains(.entities))
        var focused: [Pane] = []
        for _ in 0..<3 {
            state = press(state, .tab)
            focused.append(state.focus)
            #expect(ScreenLayout(state: state).contains(state.focus), "the focused pane is on screen")
        }
        #expect(focused == [.entities, .list, .text])
        state = press(state, .backTab)
        #expect(state.focus == .list)
        // e on the list shows the entity pane beside the text.
        state = press(state, .character("e"), .character("e"))
        #expect(state.side.isShown && state.focus == .text)
    }

    @Test func helpGivesAllNotesCloseItsOwnDescription() throws {
        let lines = HelpView.lines(keymap: .standard)
        let allNotes = try #require(lines.firstIndex(of: "All notes"))
        let section = lines[allNotes...].prefix { !$0.isEmpty }
        #expect(section.contains { $0.hasPrefix("  Esc, q, A") && $0.hasSuffix("Close the list of notes") })
        #expect(!lines.contains { $0.contains("Close the help or a message") })
        #expect(DefaultConfig.text.contains("# Close the list of notes"))
    }
}
