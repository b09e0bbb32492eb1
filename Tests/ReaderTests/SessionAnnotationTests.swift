import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Highlights and notes made in the session: shown on the highlighted words at once, and in the
/// library straight after.
@Suite struct SessionAnnotationTests {
    /// Opens the third sample and scrolls its first body sentence to the top row, where `v` puts the caret.
    static var toFirstSentence: [FakeTerminal.Step] { SampleArticles.openThird + [.type("jjjjjjj"), .checkpoint("at sentence")] }
    static let yellow = Theme.standard.background(of: .yellow)

    static func isHighlighted(_ cells: [Cell]) -> Bool {
        cells.allSatisfy { $0.style.background == yellow && $0.style.foreground == Theme.standard.markedText }
    }

    @Test func vSHighlightsTheSentenceAtTheCaret() throws {
        let library = try TemporaryLibrary.samples(named: "session-highlight")
        defer { library.remove() }
        let run = try library.run(Self.toFirstSentence + [.type("vs"), .press(.escape)])
        #expect(run.status == 0)
        let before = try #require(run.terminal.checkpoint("at sentence"))
        try #require(before.firstTextRow.hasPrefix(SampleArticles.thirdFirstSentenceStart), "not at the sentence:\n\(before.text)")
        #expect(!Self.isHighlighted(try #require(before.cells(showing: "Millions of commuters"))))

        let frame = run.lastFrame
        let rows = frame.textPaneRows()
        let sentenceRows = try #require(rows.firstIndex { $0.hasSuffix("(池袋駅).") }, "\(frame.text)")
        for row in rows[0...sentenceRows] {
            #expect(Self.isHighlighted(try #require(frame.cells(showing: row))), "not highlighted: \(row)")
        }
        #expect(!Self.isHighlighted(try #require(frame.cells(showing: SampleArticles.thirdSecondParagraph))),
                "the next paragraph is not highlighted")

        let store = try library.store()
        let highlights = try store.allHighlights().map(\.highlight)
        try #require(highlights.count == 1, "\(highlights)")
        #expect(highlights[0].quote.exact.hasPrefix(SampleArticles.thirdFirstSentenceStart))
        #expect(highlights[0].quote.exact.hasSuffix("and Ikebukuro Station (池袋駅)."), "\(highlights[0].quote.exact)")
        #expect(highlights[0].color == .yellow && highlights[0].note == nil)
        let row = try #require(try SampleArticles.row(titled: SampleArticles.third, in: store))
        #expect(try store.highlights(article: row).map(\.id) == [highlights[0].id], "stored with its article")
    }

    @Test func aSelectionInVisualModeHighlightsThePassageChosen() throws {
        let library = try TemporaryLibrary.samples(named: "session-selection")
        defer { library.remove() }
        // v: the caret on the top row's first letter; v: the selection starts there; three words on
        // and two characters back is the end of "commuters", both ends included; Enter.
        let run = try library.run(Self.toFirstSentence + [.type("vvwwwhh"), .checkpoint("selected"), .press(.enter), .press(.escape)])
        #expect(run.status == 0)
        let store = try library.store()
        let highlights = try store.allHighlights().map(\.highlight)
        try #require(highlights.count == 1, "\(highlights)")
        #expect(highlights[0].quote.exact == "Millions of commuters")
        #expect(highlights[0].quote.suffix.hasPrefix(" in Tokyo"), "the context after it: \(highlights[0].quote.suffix)")

        let selected = try #require(run.terminal.checkpoint("selected"))
        let selection = try #require(selected.cells(showing: "Millions of commuters"))
        // The caret, on the last letter, is drawn the other way round from the rest: bold and underlined.
        #expect(selection.dropLast().allSatisfy { $0.style.reverse }, "the selection shows")
        #expect(selection.last.map { !$0.style.reverse && $0.style.bold && $0.style.underline } == true, "the caret ends it")
        #expect(!Self.isHighlighted(try #require(selected.cells(showing: "Millions of commuters"))), "not yet a highlight")
        let frame = run.lastFrame
        #expect(Self.isHighlighted(try #require(frame.cells(showing: "Millions of commuters"))), "\(frame.text)")
        #expect(try #require(frame.cells(showing: " in Tokyo")).allSatisfy { $0.style.background == nil }, "only the passage")
    }

    @Test func iAddsANoteToTheHighlightAndHListsIt() throws {
        let library = try TemporaryLibrary.samples(named: "session-note")
        defer { library.remove() }
        let run = try library.run(Self.toFirstSentence + [
            .type("vsi"), .checkpoint("prompt"), .type("typed note"), .press(.home), .press(.end), .type("!"),
            .checkpoint("typed"), .press(.enter), .checkpoint("saved"), .press(.escape), .type("H"),
        ])
        #expect(run.status == 0)
        #expect(try #require(run.terminal.checkpoint("prompt")).statusLine.hasPrefix("Note:"))
        let typed = try #require(run.terminal.checkpoint("typed"))
        #expect(typed.statusLine.hasPrefix("Note: typed note!"), "End goes back to the end of the note: \(typed.statusLine)")
        let saved = try #require(run.terminal.checkpoint("saved"))
        #expect(saved.statusLine.contains("Note saved"), "\(saved.statusLine)")

        let notes = run.lastFrame
        #expect(notes.lines()[0].contains("Notes (1)"), "\(notes.text)")
        #expect(notes.contains("✎ typed note!"), "\(notes.text)")
        let store = try library.store()
        #expect(try store.allHighlights().map(\.highlight.note) == ["typed note!"])
    }

    @Test func eWritesTheNoteInTheEditorAndTheScreenComesBack() throws {
        let library = try TemporaryLibrary.samples(named: "session-editor")
        defer { library.remove() }
        let editor = library.root.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\necho \"$#\" > \"$(dirname \"$0\")/arguments\"\nprintf 'Line one\\nLine two\\n' > \"$1\"\n"
            .write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let run = try library.run(Self.toFirstSentence + [.type("vsHE")],
                                  environment: ["LANG": "C.UTF-8", "EDITOR": editor])
        #expect(run.status == 0)
        #expect(run.terminal.suspensions == 1 && !run.terminal.isSuspended, "the editor had the terminal once, and gave it back")
        #expect(run.terminal.paintsWhileSuspended == 0)
        let frame = run.lastFrame
        #expect(frame.statusLine.contains("Note saved"), "\(frame.statusLine)")
        #expect(frame.contains("Line one Line two"), "\(frame.text)")
        let arguments = try String(contentsOfFile: library.root.appendingPathComponent("arguments").path, encoding: .utf8)
        #expect(arguments == "1\n", "the editor gets the note file as its only argument")
        let store = try library.store()
        #expect(try store.allHighlights().map(\.highlight.note) == ["Line one\nLine two"])
    }
}
