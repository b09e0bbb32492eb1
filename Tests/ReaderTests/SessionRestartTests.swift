import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Quit and start again over the same library: the second session's first screen is the article
/// the first left open, at its position, with its highlight.
@Suite struct SessionRestartTests {
    /// Opens the third sample, highlights its first body sentence with a note, and scrolls a line
    /// into it, so that the top row is highlighted when the reader comes back.
    static var readAndAnnotate: [FakeTerminal.Step] {
        SessionAnnotationTests.toFirstSentence + [
            .type("vsi"), .type("read again"), .press(.enter), .press(.escape), .type("j"), .checkpoint("left"),
        ]
    }

    @Test func aSecondSessionShowsTheArticlePositionAndHighlightLeftOpen() throws {
        let library = try TemporaryLibrary.samples(named: "session-restart")
        defer { library.remove() }
        let first = try library.run(Self.readAndAnnotate)
        #expect(first.status == 0)
        let left = try #require(first.terminal.checkpoint("left"))
        try #require(left.firstTextRow.hasPrefix("services next weekend"), "not a line into the sentence:\n\(left.text)")

        let second = try library.run([.checkpoint("start"), .type("H")])
        #expect(second.status == 0)
        let start = try #require(second.terminal.checkpoint("start"))
        #expect(start.lines()[0].contains("Article · Tokyo commuters"), "the article left open is shown:\n\(start.text)")
        #expect(start.firstTextRow == left.firstTextRow, "at the position left:\n\(start.text)")
        #expect(start.textPaneRows() == left.textPaneRows())
        #expect(SessionAnnotationTests.isHighlighted(try #require(start.cells(showing: left.firstTextRow))),
                "the highlight is shown on its words:\n\(start.text)")
        #expect(!SessionAnnotationTests.isHighlighted(try #require(start.cells(showing: SampleArticles.thirdSecondParagraph))))
        #expect(second.lastFrame.contains("✎ read again"), "its note is listed:\n\(second.lastFrame.text)")

        let store = try library.store()
        let row = try #require(try SampleArticles.row(titled: SampleArticles.third, in: store))
        #expect(try store.readingState(row).anchor != .top, "the position is stored")
        #expect(try store.readingState(row).isRead == false, "not marked read: its end was never on screen")
        #expect(try store.allHighlights().map(\.highlight.note) == ["read again"], "one highlight, kept once")
    }

    @Test func aSessionEndedBySIGTERMStillKeepsItsPosition() throws {
        let library = try TemporaryLibrary.samples(named: "session-sigterm")
        defer { library.remove() }
        let first = try library.run(SampleArticles.openThird + [.type("jjjjjjjjjj"), .checkpoint("left"), .signal(SIGTERM)])
        #expect(first.status == 128 + SIGTERM)
        #expect(first.terminal.restoreCount >= 1, "the terminal is given back")
        let left = try #require(first.terminal.checkpoint("left"))

        let second = try library.run([.checkpoint("start")])
        let start = try #require(second.terminal.checkpoint("start"))
        #expect(start.lines()[0].contains("Article · Tokyo commuters"), "\(start.text)")
        #expect(start.textPaneRows() == left.textPaneRows(), "at the position left:\n\(start.text)")
    }

    @Test func aNoteBeingTypedWhenSIGTERMComesIsKept() throws {
        let library = try TemporaryLibrary.samples(named: "session-sigterm-note")
        defer { library.remove() }
        let run = try library.run(SessionAnnotationTests.toFirstSentence + [.type("vsi"), .type("half a thought"), .signal(SIGTERM)])
        #expect(run.status == 128 + SIGTERM)
        #expect(try library.store().allHighlights().map(\.highlight.note) == ["half a thought"])
    }

    @Test func theNotesTabIsKeptAcrossSessions() throws {
        let library = try TemporaryLibrary.samples(named: "session-notes-tab")
        defer { library.remove() }
        let first = try library.run(SampleArticles.openThird + [.type("H"), .checkpoint("notes")])
        #expect(first.status == 0)
        let notes = try #require(first.terminal.checkpoint("notes"))
        try #require(notes.lines()[0].contains("Notes ("), "H shows the notes tab:\n\(notes.lines()[0])")

        let second = try library.run([.checkpoint("start")])
        let start = try #require(second.terminal.checkpoint("start"))
        #expect(start.lines()[0].contains("Notes (") && !start.lines()[0].contains("Entities"), "\(start.lines()[0])")
    }

    @Test func theListSortIsKeptAcrossSessions() throws {
        let library = try TemporaryLibrary.samples(named: "session-sort")
        defer { library.remove() }
        let first = try library.run([.type("o"), .checkpoint("sorted")])
        #expect(first.status == 0)
        let sorted = try #require(first.terminal.checkpoint("sorted"))
        #expect(sorted.lines()[0].contains("by title"), "\(sorted.lines()[0])")

        let second = try library.run([])
        #expect(second.status == 0)
        let frame = try #require(second.terminal.frames.first)
        #expect(frame.lines()[0].contains("by title"), "\(frame.lines()[0])")
        #expect(Self.listedTitles(frame) == Self.listedTitles(sorted), "the same list, in the same order")
        #expect(Self.listedTitles(sorted) == Self.listedTitles(sorted).sorted() && Self.listedTitles(sorted).count == 6)
    }

    @Test func aReadOnlyLibrarySaysMarksAndSortAreNotSaved() throws {
        let library = try TemporaryLibrary.samples(named: "session-read-only")
        defer { library.remove() }
        let run = try library.run([.checkpoint("start"), .type("s"), .checkpoint("starred"), .type("o"), .checkpoint("sorted")], readOnly: true)
        #expect(run.status == 0)
        #expect(try #require(run.terminal.checkpoint("start")).statusLine.contains("read-only"))
        for name in ["starred", "sorted"] {
            let frame = try #require(run.terminal.checkpoint(name))
            #expect(frame.statusLine.contains("Not saved: the library is read-only"), "\(name): \(frame.statusLine)")
        }
        let store = try library.store()
        #expect(try store.entries().allSatisfy { try !store.readingState($0.id).isStarred }, "nothing was written")
    }

    /// The start of each title in the list, top to bottom: the rows that end in a date.
    static func listedTitles(_ frame: Frame) -> [String] {
        frame.lines().dropFirst().map { $0.components(separatedBy: "│")[0] }
            .filter { $0.trimmingCharacters(in: .whitespaces).range(of: #"[A-Z][a-z]{2} \d{4}$"#, options: .regularExpression) != nil }
            .map { String($0.dropFirst(3).prefix(12)) }
    }
}
