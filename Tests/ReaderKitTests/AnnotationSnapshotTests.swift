import Foundation
import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Snapshots of the screens of highlighting: the notes pane, the list of all notes, visual mode
/// with a selection, the note prompt, and highlights drawn over entity mentions.
@Suite struct AnnotationSnapshotTests {
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    func openSeed(at size: Size) throws -> ReaderState {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: size)
        state.nextHighlightID = "h-0"
        state.now = Self.created
        return Reducer.reduce(Reducer.reduce(state, event: .resize(size)), action: .openSelected)
    }

    func press(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, event: .key($1)) }
    }

    func type(_ state: ReaderState, _ text: String) -> ReaderState {
        text.reduce(state) { Reducer.reduce($0, event: .key(.character($1))) }
    }

    /// The first sentence of each of these paragraphs highlighted, one a day apart, each with its
    /// colour and note (nil: none).
    func highlighting(_ state: ReaderState, _ marks: [(paragraph: Int, color: HighlightColor, note: String?)]) throws -> ReaderState {
        var state = state
        let article = try #require(state.openArticle)
        let paragraphs = article.blocks.filter { $0.kind == .paragraph }
        let units = TextUnits(article)
        for (number, mark) in marks.enumerated() {
            let id = "h-\(number + 1)", day = Self.created.addingTimeInterval(Double(number) * 86_400)
            state.nextHighlightID = id
            state.now = day
            state.reading.highlightColor = mark.color
            state = AnnotationActions.add(state, range: units.sentence(at: try #require(paragraphs.dropFirst(mark.paragraph).first).start))
            if let note = mark.note { state = AnnotationActions.setNote(state, highlightID: id, text: note) }
        }
        #expect(state.highlights.count == marks.count)
        state.reading.visual = nil
        state.statusMessage = nil
        return state
    }

    static let marks: [(paragraph: Int, color: HighlightColor, note: String?)] = [
        (1, .yellow, "Check the date against the Kremlin's own site"),
        (2, .green, nil),
        (4, .blue, "東京の記者も同じ日に報じた 📰"),
    ]

    @Test func notesPaneWithTheSecondNoteSelected() throws {
        var state = try highlighting(try openSeed(at: Size(width: 120, height: 30)), Self.marks)
        state = press(state, .character("H"), .character("j"))
        #expect(state.keyScope == .notes)
        #expect(state.side.noteSelection == 1)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "notes-pane-120x30")
    }

    @Test func allNotesAcrossTwoArticles() throws {
        var state = try highlighting(try openSeed(at: Size(width: 100, height: 30)), Self.marks)
        let seed = try #require(state.openArticle)
        let cafe = try ArticleLoader().load(path: ReadingViewTests.cafePath).get()
        let cafeNote = Highlight(
            id: "c-1", articleID: cafe.id, sourcePath: cafe.sourcePath, start: 0, end: 20,
            quote: TextQuote(exact: "The neighbourhood café", prefix: "", suffix: " keeps"), color: .pink,
            note: "Visit in spring", created: Self.created, modified: Self.created.addingTimeInterval(5 * 86_400))
        let items = [LibraryHighlight(highlight: cafeNote, articleTitle: cafe.title, articleDate: nil)]
            + state.highlights.reversed().map { LibraryHighlight(highlight: $0, articleTitle: seed.title, articleDate: nil) }
        state.libraryIndexed = true
        let library = ReducerDriver(source: ReadingNavigationTests.NotesSource(articles: InMemoryArticleSource([seed, cafe]), notes: items))
        state = library.keys(state, .character("A"), .character("j"))
        #expect(state.overlays.overlay == .allNotes)
        #expect(state.overlays.notesBrowser?.selection == 1)
        let frame = ScreenRenderer.render(state)
        // A long quote gives way to its note, so every note is there to read.
        for note in ["✎ Visit in spring", "✎ 東京の記者も同じ日に報じた 📰", "✎ Check the date against the Kremlin's own site"] {
            #expect(frame.lines().contains { $0.contains(note) }, "\(note)")
        }
        Snapshot.assertMatches(frame, named: "all-notes-100x30")
    }

    @Test func visualModeWithASelection() throws {
        var state = try openSeed(at: Size(width: 100, height: 30))
        // Into the second paragraph, then a selection of its first five words.
        state = press(state, .character("v"), .character("}"), .character("}"), .character("}"), .character("}"))
        let caret = try #require(state.reading.visual?.caret)
        state = press(state, .character("v"), .character("w"), .character("w"), .character("w"), .character("w"))
        let selection = try #require(state.reading.visual?.range)
        #expect(selection.lowerBound == caret)
        let shown = try #require(state.shownText(of: selection))
        #expect(shown.split(separator: " ").count == 5, "\(shown)")
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "visual-selection-100x30")
    }

    @Test func notePromptWithCJKAndEmoji() throws {
        var state = try openSeed(at: Size(width: 100, height: 30))
        state = press(state, .pageDown, .character("v"), .character("s"), .character("i"))
        #expect(state.overlays.prompt?.purpose == .note(highlightID: "h-0"))
        state = type(state, "Ask 東京 about this 🚆")
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "note-prompt-100x30")
    }

    @Test func highlightsOverEntityMentions() throws {
        var state = try EntityScreenTests().seedWithEntities(at: Size(width: 160, height: 45))
        state = try highlighting(state, [(0, .yellow, nil), (2, .pink, "A sentence with two mentions")])
        // A highlight draws its text in the marked-text colour over the entity's.
        let passages = Frame.textPanePassages(of: state)
        let putin = try #require(passages.occurrences(of: "Vladimir Putin").first)
        #expect(putin.allSatisfy { $0.style.background == .yellow && $0.style.foreground == .black })
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "highlights-entities-160x45")
    }
}
