import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// A demanding newcomer's findings about the reader's state and views: partial entity counts,
/// capped search counts, the visual caret after big moves, help paging, matches inside highlights
/// without colour, the list title at tiny sizes, word moves in the prompt, `]` from the list.
@Suite struct NewcomerReaderTests {
    /// Articles in memory, with a library's search and entity index stood in for.
    struct IndexedSource: ArticleSource {
        let articles: InMemoryArticleSource
        var found: [ArticleID] = []
        var total: Int?
        var mentioning: Set<ArticleID> = []
        func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> { articles.article(for: summary) }
        func search(_ query: String) -> [ArticleID]? { found }
        func searchCount(_ query: String) -> Int? { total }
        func articles(mentioning name: String, label: EntityLabel) -> Set<ArticleID>? { mentioning }
    }

    func openSeed(width: Int = 120, height: Int = 40) throws -> ReaderState {
        let state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: width, height: height))
        return Reducer.reduce(state, action: .openSelected)
    }

    func keys(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, event: .key($1)) }
    }

    @Test func listingAnEntitysArticlesWhileEntitiesAreStillFoundSaysTheCountIsPartial() throws {
        var state = try openSeed()
        let article = try #require(state.openArticle)
        state.libraryIndexed = true
        let library = ReducerDriver(source: IndexedSource(articles: InMemoryArticleSource([article]), mentioning: [article.id]))
        let text = Array(article.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array("Putin".unicodeScalars), in: text).first)
        state = Reducer.entitiesRecognised(state, article: article.id, entities: ArticleEntities(spans: [
            EntitySpan(start: start, end: start + 5, label: .person, text: "Putin"),
        ]))
        state.focus = .entities
        state.entitySearchProgress = EntitySearchProgress(done: 334, total: 2226)
        let partial = library.run(state, .action(.filterByEntity)).state
        #expect(partial.statusMessage == "1 article mentions Putin so far · finding entities 334/2226…")
        state.entitySearchProgress = nil
        let final = library.run(state, .action(.filterByEntity)).state
        #expect(final.statusMessage == "1 article mentions Putin · Esc in the list shows all")
    }

    @Test func aSearchWithMoreMatchesThanListedSaysHowManyThereAre() throws {
        let articles = try [Fixtures.seedArticle()]
        var state = ReaderState(articles: articles, size: Size(width: 120, height: 40))
        state.libraryIndexed = true
        state = ReducerDriver(source: IndexedSource(articles: InMemoryArticleSource(articles), found: [articles[0].id], total: 2240))
            .searchList(state, "the")
        #expect(state.statusMessage == "2240 matches, the first 1 shown · Enter opens · Esc shows all")
        #expect(ArticleListing.title(state) == "Articles (1, search, first 1 of 2240) · best match first", "ranked, not sorted")
        state = ReducerDriver(source: IndexedSource(articles: InMemoryArticleSource(articles), found: [articles[0].id], total: 1))
            .searchList(state, "the")
        #expect(state.statusMessage == "1 match · Enter opens · Esc shows all")
        #expect(ArticleListing.title(state).hasPrefix("Articles (1, search)"))
    }

    @Test func theLibraryCountsEveryMatchNotOnlyTheListedOnes() throws {
        let folder = try LibraryStoreTests.Folder()
        let store = try LibraryStore.open(path: folder.libraryPath)
        let paths = try (1...4).map { try folder.write("\($0).txt", "Harbour \($0)\n\nThe harbour was busy.") }
        _ = try store.importPaths(paths, recognizer: nil)
        #expect(try store.searchIDs("harbour", limit: 2).count == 2)
        #expect(try store.searchCount("harbour") == 4)
        #expect(try store.searchCount("*") == 0)
    }

    /// The caret's row, relative to the top of the text pane; nil when off screen.
    func caretRowOnScreen(_ state: ReaderState) throws -> Int? {
        let layout = try #require(state.openLayout())
        let caret = try #require(state.reading.visual?.caret)
        var row = layout.position(of: state.textAnchor)
        for index in 0..<ScreenLayout(state: state).textRows {
            if layout.plainTextRange(of: row).contains(caret) || layout.plainTextOffset(atStartOf: row) == caret { return index }
            row = layout.advance(row, by: 1)
        }
        return nil
    }

    @Test func bigMovesInVisualModeTakeTheCaretAlong() throws {
        var state = try openSeed(width: 100, height: 20)
        state = keys(state, .character("v"), .character("G"))
        let layout = try #require(state.openLayout())
        let caret = try #require(state.reading.visual?.caret)
        #expect(layout.position(ofPlainTextOffset: caret) == layout.lastRow, "G: the caret on the last line")
        #expect(try caretRowOnScreen(state) != nil)
        state = keys(state, .character("g"), .character("g"))
        #expect(state.reading.visual?.caret == 0, "g g: the caret on the first line")
        state = keys(state, .pageDown)
        #expect(try caretRowOnScreen(state) == 0, "paging: the caret stays on screen")
        state = keys(state, .control("d"), .pageDown)
        #expect(try caretRowOnScreen(state) != nil)
        // What s highlights is what is in view.
        state = keys(state, .character("G"), .character("s"))
        let highlight = try #require(state.highlights.first)
        #expect(layout.position(ofPlainTextOffset: highlight.end - 1) == layout.lastRow)
    }

    @Test func spaceInTheHelpScrollsAWholePage() throws {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 80, height: 14))
        state = keys(state, .character("?"))
        let lines = HelpView.lines(keymap: state.settings.keymap, mouse: state.settings.mouseEnabled, size: state.size).count
        let visible = HelpView.box(size: state.size, lineCount: lines).height - 2
        state = keys(state, .character(" "))
        #expect(state.overlays.overlay == .help(scroll: visible))
        state = keys(state, .control("u"))
        #expect(state.overlays.overlay == .help(scroll: visible - visible / 2))
    }

    @Test func withoutColourASearchMatchInsideAHighlightStillShows() throws {
        var state = try openSeed()
        let article = try #require(state.openArticle)
        let units = TextUnits(article)
        let sentence = units.sentence(at: article.blocks[3].start)
        state = AnnotationActions.add(state, range: sentence)
        state.reading.visual = nil
        let word = String(article.plainText.unicodeScalars.map(Character.init)[sentence].split(separator: " ")[1])
        state = SearchActions.findInArticle(state, query: word)
        state = keys(state, .character("n"))
        #expect(state.reading.findMatches.count > 1)
        // A match's cells are those the search changed; a highlight's, those it left alone.
        let frame = ScreenRenderer.render(state)
        var unsearched = state
        unsearched.reading.findQuery = nil
        let before = ScreenRenderer.render(unsearched)
        let highlightBackground = state.settings.theme.background(of: .yellow)
        var plainHighlight: Set<TerminalStyle> = []
        var matchOnHighlight: Set<TerminalStyle> = []
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width where before[x, y].style.background == highlightBackground {
                let shown = TerminalStyle(frame[x, y].style, depth: .none)
                if frame[x, y].style == before[x, y].style { plainHighlight.insert(shown) } else { matchOnHighlight.insert(shown) }
            }
        }
        #expect(!matchOnHighlight.isEmpty && !plainHighlight.isEmpty)
        #expect(matchOnHighlight.isDisjoint(with: plainHighlight), "\(matchOnHighlight) \(plainHighlight)")
    }

    @Test func aTinyListSaysItIsTheList() throws {
        let state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 10, height: 3))
        let screen = ScreenLayout(state: state)
        #expect(screen.panes.map(\.pane) == [.list])
        #expect(ScreenRenderer.render(state).lines()[0].hasPrefix(" List (1)"))
    }

    @Test func ctrlArrowsAndAltBFMoveByWordInThePrompt() throws {
        var decoder = KeySequenceDecoder()
        func decode(_ bytes: String) -> [Key] {
            bytes.unicodeScalars.flatMap { decoder.feed(.character($0.value)) }
        }
        #expect(decode("\u{1B}[1;5D") == [.wordLeft])
        #expect(decode("\u{1B}[1;5C") == [.wordRight])
        #expect(decode("\u{1B}b") == [.wordLeft])
        #expect(decode("\u{1B}f") == [.wordRight])
        #expect(decode("\u{1B}j") == [.escape, .character("j")])

        var prompt = Prompt(purpose: .searchArticle)
        for character in "one two three" { _ = prompt.handle(.character(character)) }
        _ = prompt.handle(.wordLeft)
        #expect(prompt.cursor == 8)
        _ = prompt.handle(.wordLeft)
        #expect(prompt.cursor == 4)
        _ = prompt.handle(.wordRight)
        #expect(prompt.cursor == 7)
        _ = prompt.handle(.character("s"))
        #expect(String(prompt.text) == "one twos three")
    }

    @Test func bracketsInTheListMoveThroughTheOpenArticlesHighlights() throws {
        var state = try openSeed(height: 12)
        let article = try #require(state.openArticle)
        let units = TextUnits(article)
        state = AnnotationActions.add(state, range: units.sentence(at: article.blocks[3].start))
        state.reading.visual = nil
        state.focus = .list
        state = keys(state, .character("]"))
        #expect(state.statusMessage?.hasPrefix("Highlight 1 of 1") == true)
        #expect(state.focus == .list)
    }
}
