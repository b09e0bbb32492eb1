import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Highlighting in the reader: visual mode, the sentence and paragraph keys, notes, colours,
/// deleting with undo, and what is queued for the library.
@Suite struct AnnotationReducerTests {
    static let fixed = HighlightStamper(makeID: { "h-1" }, now: { Date(timeIntervalSince1970: 1_700_000_000) })
    /// What the keys asked the session to do.
    let log = EffectLog()

    func openSeed(width: Int = 120, height: Int = 40) throws -> ReaderState {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: width, height: height))
        state.nextHighlightID = "h-1"
        state.now = Date(timeIntervalSince1970: 1_700_000_000)
        return Reducer.reduce(state, action: .openSelected)
    }

    func keys(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { log.step($0, .input(.key($1))) }
    }

    @Test func vThenSHighlightsTheSentenceInTwoKeystrokes() throws {
        var state = try openSeed()
        state = keys(state, .pageDown)
        let top = try #require(state.openLayout()).plainTextOffset(atStartOf: try #require(state.openLayout()).position(of: state.textAnchor))
        state = keys(state, .character("v"), .character("s"))
        let highlight = try #require(state.highlights.first)
        let article = try #require(state.openArticle)
        #expect(highlight.range == TextUnits(article).sentence(at: TextUnits(article).wordStart(atOrAfter: top)))
        #expect([".", ".\"", ".”"].contains { highlight.quote.exact.hasSuffix($0) })
        #expect(highlight.quote.prefix.unicodeScalars.count <= 32 && highlight.quote.suffix.unicodeScalars.count <= 32)
        #expect(log.highlightWrites == [.save(highlight)])
        // The caret stays on the new highlight, so the keys named act on it.
        #expect(state.reading.visual.map { highlight.range.contains($0.caret) && $0.anchor == nil } == true)
        #expect(state.statusMessage == "Highlighted in yellow · i adds a note · c changes its colour · Esc ends")
        state = keys(state, .character("i"))
        #expect(state.overlays.prompt?.purpose == .note(highlightID: highlight.id))
        // Drawn as a yellow background with black text (the sentence began above the screen's top).
        let shown = try #require(state.shownText(of: highlight.range))
        #expect(shown.unicodeScalars.count < highlight.range.count)
        let sentence = Frame.textPanePassages(of: state).cells(of: shown)
        try #require(sentence != nil, "\(shown) is on screen once")
        #expect(sentence?.allSatisfy { $0.style.background == .yellow && $0.style.foreground == .black } == true)
    }

    @Test func aSelectionGrowsByWordAndIsHighlightedInTheChosenColour() throws {
        var state = try openSeed()
        state = keys(state, .character("v"), .character("v"), .character("w"), .character("w"), .character("3"))
        let visual = try #require(state.reading.visual)
        #expect(try #require(visual.range).count > 1)
        state = keys(state, .enter)
        let highlight = try #require(state.highlights.first)
        #expect(highlight.color == .blue)
        #expect(highlight.quote.exact.split(separator: " ").count == 3)
    }

    @Test func aParagraphAndANoteTypedWithCJK() throws {
        var state = try openSeed()
        state = keys(state, .character("v"), .character("}"), .character("}"), .character("a"))
        #expect(state.overlays.prompt?.purpose == .note(highlightID: "h-1"))
        for character in "東京 note" { state = keys(state, .character(character)) }
        state = keys(state, .backspace, .control("w"), .character("o"), .character("k"), .enter)
        let highlight = try #require(state.highlights.first)
        #expect(highlight.note == "東京 ok")
        #expect(log.highlightWrites.count == 2)
        let paragraph = try #require(state.openArticle?.blocks.first { $0.start == highlight.start })
        // The caret starts on the first line of text under the title and byline: the dateline.
        #expect(paragraph.kind == .dateline)
    }

    @Test func deletingCanBeUndoneAndColoursCycleInTheNotesPane() throws {
        var state = try openSeed()
        state = keys(state, .character("v"), .character("s"), .character("H"))
        #expect(state.keyScope == .notes)
        state = keys(state, .character("c"))
        #expect(state.highlights.first?.color == .green)
        state = keys(state, .character("d"))
        #expect(state.highlights.isEmpty)
        #expect(log.highlightWrites.last == .delete(id: "h-1"))
        state = keys(state, .character("u"))
        #expect(state.highlights.first?.color == .green)
        #expect(log.highlightWrites.last == .save(try #require(state.highlights.first)))
    }

    /// `reader FILE`: the article is known by its path, its stored highlights by the library row.
    @Test func undoShowsTheHighlightAgainWhenItNamesTheLibraryRowOfAFileOpenedDirectly() throws {
        var state = try openSeed()
        let article = try #require(state.openArticle)
        let units = TextUnits(article)
        var stored = [units.sentence(at: article.blocks[3].start), units.sentence(at: article.blocks[4].start)].map {
            article.highlight($0, color: .yellow, note: nil, stamper: Self.fixed, scalars: units.scalars)
        }
        stored[1].id = "h-2"
        for index in stored.indices { stored[index].articleID = ArticleID("library:7") }
        state = Reducer.highlightsLoaded(state, article: article.id, highlights: stored)
        state = keys(state, .character("H"))
        #expect(ScreenRenderer.render(state).lines().contains { $0.contains("Notes (2)") })
        state = keys(state, .character("d"))
        #expect(ScreenRenderer.render(state).lines().contains { $0.contains("Notes (1)") })
        state = keys(state, .character("u"))
        #expect(state.statusMessage == "Highlight restored")
        #expect(state.highlights.map(\.id) == stored.map(\.id), "shown again, in the pane and the text")
        #expect(ScreenRenderer.render(state).lines().contains { $0.contains("Notes (2)") })
        #expect(log.highlightWrites.last == .save(stored[0]))
    }

    @Test func theEditorKeyAsksTheSessionForAnEditorAndTheResultIsTheNote() throws {
        var state = try openSeed()
        state = keys(state, .character("v"), .character("s"), .character("H"), .character("E"))
        #expect(log.requests == [.editNote(highlightID: "h-1", text: "")])
        state = Reducer.noteEdited(state, highlightID: "h-1", text: "From the editor\n")
        #expect(state.highlights.first?.note == "From the editor")
    }

    @Test func bracketsMoveBetweenHighlights() throws {
        var state = try openSeed(height: 12)
        let article = try #require(state.openArticle)
        let units = TextUnits(article)
        let first = units.sentence(at: article.blocks[3].start)
        let last = units.sentence(at: article.blocks[article.blocks.count - 1].start)
        state = AnnotationActions.add(state, range: first)
        state = AnnotationActions.add(state, range: last)
        state = keys(state, .character("]"))
        #expect(state.statusMessage?.hasPrefix("Highlight 1 of 2") == true)
        state = keys(state, .character("]"))
        #expect(state.statusMessage?.hasPrefix("Highlight 2 of 2") == true)
        let layout = try #require(state.openLayout())
        #expect(layout.plainTextOffset(atStartOf: layout.position(of: state.textAnchor)) <= last.lowerBound)
    }

    @Test func emptyAndWholeArticleSelections() throws {
        var state = try openSeed()
        state = AnnotationActions.add(state, range: 5..<5)
        #expect(state.highlights.isEmpty && state.statusMessage == "Nothing to highlight there")
        let length = try #require(state.openArticle).plainTextLength
        state = AnnotationActions.add(state, range: 0..<(length + 50))
        #expect(state.highlights.first?.range == 0..<length)
    }

    @Test func overlappingHighlightsAreBothKeptAndDrawn() throws {
        var state = try openSeed()
        state = AnnotationActions.add(state, range: 100..<160)
        state.nextHighlightID = "h-2"
        state.now = Date()
        state.reading.highlightColor = .pink
        state = AnnotationActions.add(state, range: 140..<200)
        #expect(state.highlights.map(\.id) == ["h-1", "h-2"])
        // The first alone on yellow; the second, over the overlap too, on magenta (pink).
        let text = Array(try #require(state.openArticle).plainText.unicodeScalars)
        let passage = { (range: Range<Int>) in String(String.UnicodeScalarView(text[range])) }
        let passages = Frame.textPanePassages(of: state)
        let first = passages.cells(of: passage(100..<140)), second = passages.cells(of: passage(140..<200))
        try #require(first != nil && second != nil, "each part is on screen once: \(passage(100..<140)) | \(passage(140..<200))")
        #expect(first?.allSatisfy { $0.style.background == .yellow } == true)
        #expect(second?.allSatisfy { $0.style.background == .magenta } == true)
    }

    @Test func controlCharactersInANoteAreStoredAsTypedAndShownSanitised() throws {
        var state = try openSeed()
        state = keys(state, .character("v"), .character("s"))
        state = AnnotationActions.setNote(state, highlightID: "h-1", text: "bad \u{1B}]0;title\u{07} note")
        #expect(state.highlights.first?.note == "bad \u{1B}]0;title\u{07} note")
        state = keys(state, .character("H"))
        let frame = ScreenRenderer.render(state)
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                #expect(!frame[x, y].text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            }
        }
    }
}

/// `j` and `k` in visual mode go from row to row with text, over the blank line between paragraphs.
@Suite struct VisualRowMotionTests {
    @Test func jCrossesBlankLinesAndKComesBack() throws {
        var state = ReaderState(articles: [try Fixtures.seedArticle()], size: Size(width: 80, height: 24))
        state = Reducer.reduce(state, action: .openSelected)
        state = Reducer.reduce(state, event: .key(.character("v")))
        var carets = [try #require(state.reading.visual?.caret)]
        for _ in 0..<12 {
            state = Reducer.reduce(state, event: .key(.character("j")))
            carets.append(try #require(state.reading.visual?.caret))
        }
        #expect(zip(carets, carets.dropFirst()).allSatisfy { $0 < $1 }, "every j moves on: \(carets)")
        let article = try #require(state.openArticle)
        let blocks = Set(carets.compactMap { caret in article.blocks.firstIndex { $0.start <= caret && caret < $0.end } })
        #expect(blocks.count >= 4, "down through several paragraphs, not stuck at the first blank line")
        for _ in 0..<12 { state = Reducer.reduce(state, event: .key(.character("k"))) }
        #expect(state.reading.visual?.caret == carets[0])
    }
}
