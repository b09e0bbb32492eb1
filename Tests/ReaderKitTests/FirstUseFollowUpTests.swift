import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Leftovers of the first-use issue: searching the list with nothing searchable, searching while
/// the opened files are still being imported, H at three panes, and highlighting a passage twice.
@Suite struct FirstUseFollowUpTests {
    func samples(size: Size = Size(width: 160, height: 45)) -> ReaderState {
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        return Reducer.reduce(ReaderState(articles: articles, size: size), event: .resize(size))
    }

    func press(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, event: .key($1)) }
    }

    func searchList(_ state: ReaderState, _ query: String) -> ReaderState {
        let typed = query.reduce(press(state, .character("/"))) { Reducer.reduce($0, event: .key(.character($1))) }
        return press(typed, .enter)
    }

    func keymap(_ config: String) -> Keymap {
        let outcome = ConfigParser.parse(config, file: "config.toml")
        #expect(outcome.problems.isEmpty)
        return outcome.config.keymap
    }

    /// A source whose search reads the full text, as the library's does after the import.
    /// A library whose search finds `matches`; the bodies are in the state already.
    struct FullTextSource: ArticleSource {
        let matches: [ArticleID]
        func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> { .failure(.missing(path: summary.sourcePath)) }
        func search(_ query: String) -> [ArticleID]? { matches }
    }

    // MARK: 1. Nothing searchable

    @Test(arguments: ["*", "--", "?!", " . "])
    func aQueryWithoutWordsIsRefusedAsTheCommandLineRefusesIt(query: String) {
        let before = samples()
        let state = searchList(before, query)
        #expect(!SearchQuery.isSearchable(query))
        #expect(state.statusMessage?.hasPrefix("Nothing to search for in '\(query.trimmingWhitespace())'") == true, "\(state.statusMessage ?? "nil")")
        #expect(state.statusMessage?.contains("No matches") == false)
        #expect(state.list.searchResults == nil && state.articles.count == before.articles.count, "the list stays whole")
    }

    // MARK: 2. Searching while the import runs

    @Test func duringTheImportTheListSearchSaysItMatchesTitlesOnlyAndNRepeatsItOnceTheImportIsDone() throws {
        var state = samples()
        state.libraryImportRunning = true
        state = searchList(state, "harbour")
        #expect(state.articles.count == 1)
        #expect(state.statusMessage == "1 title matches (full text once the import finishes) · Esc shows all")
        #expect(state.list.titleOnlySearch == "harbour")

        // n before the import is done explains, and changes nothing.
        let waiting = press(state, .character("n"))
        #expect(waiting.statusMessage?.hasPrefix("Titles only until the import finishes") == true)
        #expect(waiting.list.searchResults == state.list.searchResults)

        // The import finished: the files are searched by their full text from now on.
        let all = try #require(state.list.index.order(.date))
        let full = [all[3], all[1], all[0]]
        let library = ReducerDriver(source: FullTextSource(matches: full))
        state.statusMessage = "Library: 6 added"
        state = Reducer.libraryImportFinished(state, fullText: true)
        #expect(!state.libraryImportRunning)
        #expect(state.statusMessage == "Library: 6 added · n searches the full text for 'harbour'")
        #expect(state.articles.count == 1, "not run again by itself")

        state = library.run(state, .input(.key(.character("n")))).state
        #expect(state.articles.ids == full)
        #expect(state.statusMessage == "3 matches · Enter opens · Esc shows all")
        #expect(state.list.titleOnlySearch == nil)
        // Now n in the list is what it was before (marked matches, else entity mentions).
        #expect(library.run(state, .input(.key(.character("n")))).state.articles.ids == full)
    }

    @Test func theHintAfterTheImportNamesTheKeyInEffectAndNothingWhenTheImportFailed() throws {
        var state = samples()
        state.settings.keymap = keymap("[keys.global]\n\"next-match\" = [\"ctrl-n\"]\n")
        state.libraryImportRunning = true
        state = searchList(state, "harbour")
        let finished = Reducer.libraryImportFinished(state, fullText: true)
        #expect(finished.statusMessage == "1 title matches (full text once the import finishes) · Esc shows all · Ctrl-n searches the full text for 'harbour'")

        var reading = press(state, .enter)
        reading.statusMessage = nil
        #expect(Reducer.libraryImportFinished(reading, fullText: true).statusMessage == "Ctrl-n in the list searches the full text for 'harbour'")

        let failed = Reducer.libraryImportFinished(state, fullText: false)
        #expect(failed.list.titleOnlySearch == nil && !failed.libraryImportRunning)
        #expect(failed.statusMessage?.contains("full text for") == false)
    }

    @Test func withoutAnImportTheTitleSearchSaysNothingAboutFullTextAndEscForgetsTheSearch() {
        var state = searchList(samples(), "harbour")
        #expect(state.statusMessage == "1 title matches · Esc shows all")
        #expect(state.list.titleOnlySearch == nil)

        state.libraryImportRunning = true
        state = searchList(state, "harbour")
        state = press(state, .escape)
        #expect(state.list.titleOnlySearch == nil)
        #expect(Reducer.libraryImportFinished(state, fullText: true).statusMessage == "Showing the whole list")
    }

    // MARK: 4. H at three panes

    @Test func hAtThreePanesGoesToTheNotesAndBackWithAMessageAsEDoes() throws {
        var state = press(samples(), .enter)
        #expect(ScreenLayout(state: state).panes.count == 3 && state.focus == .text)
        state = press(state, .character("H"))
        #expect(state.side.tab == .notes && state.focus == .entities && state.keyScope == .notes)
        #expect(state.statusMessage == "This article's highlights and notes · H goes back to the entities")
        state = press(state, .character("H"))
        #expect(state.side.tab == .entities && state.focus == .text)
        // From the text with the notes tab showing, H goes to the notes again.
        state = press(state, .character("H"), .tab)
        #expect(state.side.tab == .notes && state.focus != .entities)
        state = press(state, .character("H"))
        #expect(state.keyScope == .notes)

        state.settings.keymap = keymap("[keys.global]\nnotes = [\"N\"]\n\"previous-match\" = []\n")
        state = press(state, .character("N"), .character("N"))
        #expect(state.statusMessage == "This article's highlights and notes · N goes back to the entities")
    }

    @Test func aHelpKeyMovedElsewhereAlsoClosesHelp() {
        var state = samples()
        state.settings.keymap = keymap("[keys.global]\nhelp = [\"W\"]\n")
        state = press(state, .character("W"))
        #expect(state.overlays.overlay == .help(scroll: 0))
        state = press(state, .character("W"))
        #expect(state.overlays.overlay == nil, "the key that opened help closes it")
    }

    @Test func hBelowThreePanesStillShowsAndHidesTheSidePane() throws {
        var state = press(samples(size: Size(width: 100, height: 30)), .enter)
        state = press(state, .character("H"))
        #expect(state.side.isShown && state.side.tab == .notes && state.focus == .entities)
        state = press(state, .character("H"))
        #expect(!state.side.isShown && state.focus == .text)
    }

    // MARK: 5. The same passage highlighted twice

    @Test func vSTwiceAtTheSamePlaceKeepsOneHighlightAndNamesTheKeysToChangeIt() throws {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 120, height: 40))
        state = Reducer.reduce(state, action: .openSelected)
        state = press(state, .character("v"), .character("s"))
        let first = try #require(state.highlights.first)
        let again = EffectLog()
        state = [Key.character("v"), .character("s")].reduce(state) { again.step($0, .input(.key($1))) }
        #expect(state.highlights == [first])
        #expect(again.highlightWrites.isEmpty)
        #expect(state.statusMessage == "Already highlighted · c changes its colour · i changes its note")
        // The caret stays on the highlight, so the keys named apply to it.
        #expect(state.keyScope == .visual)
        state = press(state, .character("c"))
        #expect(state.highlights.map(\.color) == [.green] && state.highlights.first?.id == first.id)

        // A passage that overlaps it is not a duplicate.
        state = press(state, .escape, .character("v"), .character("v"), .character("w"), .enter)
        #expect(state.highlights.count == 2, "\(state.statusMessage ?? "")")
    }

    @Test func theDuplicateMessageNamesTheRebindableKeysInEffect() throws {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 120, height: 40))
        state.settings.keymap = keymap("[keys.visual]\n\"cycle-highlight-color\" = [\"C\"]\n\"edit-note\" = []\n")
        state = Reducer.reduce(state, action: .openSelected)
        state = press(state, .character("v"), .character("s"), .character("v"), .character("s"))
        #expect(state.highlights.count == 1)
        #expect(state.statusMessage == "Already highlighted · C changes its colour")
    }

    @Test func aSmallerHighlightInsideKeepsTheCaretWhereTheDuplicateIsInnermost() throws {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 120, height: 40))
        state = Reducer.reduce(state, action: .openSelected)
        // The sentence's first word highlighted, then the sentence, then the sentence again.
        state = press(state, .character("v"), .character("v"), .enter)
        let word = try #require(state.highlights.first)
        // The session gives each event a fresh highlight id; here the test does.
        state.nextHighlightID = "sentence"
        state = press(state, .character("v"), .character("s"))
        let sentence = try #require(state.highlights.first { $0.id != word.id })
        state = press(state, .character("v"), .character("s"))
        #expect(state.highlights.count == 2)
        let caret = try #require(state.reading.visual?.caret)
        #expect(sentence.range.contains(caret) && !word.range.contains(caret))
    }
}
