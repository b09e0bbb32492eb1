import Foundation
import Testing
@testable import Reader
@testable import ReaderCore
@testable import ReaderLibrary

/// The reading place survives what should not move it: Enter on the article already open, a
/// resize and back, visual mode at the end, and a restart after reading the first article shown.
@Suite struct SessionPlaceKeptTests {
    @Test func enterOnTheArticleAlreadyOpenOnlyMovesTheFocus() throws {
        let library = try TemporaryLibrary.samples(named: "session-reenter")
        defer { library.remove() }
        let run = try library.run(SampleArticles.openThird + [
            .type("jjjj"), .checkpoint("read"), .press(.backTab), .press(.enter), .checkpoint("again"), .type("j"),
        ])
        #expect(run.status == 0)
        let read = try #require(run.terminal.checkpoint("read"))
        let again = try #require(run.terminal.checkpoint("again"))
        #expect(again.firstTextRow == read.firstTextRow, "Enter went elsewhere:\n\(again.text)\nfrom\n\(read.text)")
        #expect(run.lastFrame.firstTextRow == read.textPaneRows()[1], "j scrolls the text after Enter:\n\(run.lastFrame.text)")

        let store = try library.store()
        let row = try #require(try SampleArticles.row(titled: SampleArticles.third, in: store))
        #expect(try store.readingState(row).anchor != .top, "the place is saved, not the top")
    }

    @Test func growingTheWindowAndShrinkingItBackReturnsToThePlace() throws {
        let library = try TemporaryLibrary.samples(named: "session-grow")
        defer { library.remove() }
        let run = try library.run(SampleArticles.openThird + [
            .type("jjjjjj"), .checkpoint("placed"), .resize(width: 200, height: 90), .checkpoint("grown"),
            .resize(width: 120, height: 30), .checkpoint("back"),
        ])
        #expect(run.status == 0)
        let placed = try #require(run.terminal.checkpoint("placed"))
        let grown = try #require(run.terminal.checkpoint("grown"))
        try #require(grown.firstTextRow != placed.firstTextRow, "the tall window should pull the text down to fill it:\n\(grown.text)")
        let back = try #require(run.terminal.checkpoint("back"))
        #expect(back.textPaneRows() == placed.textPaneRows(), "the place before the resize is lost:\n\(back.text)")
    }

    @Test func pagingOnAtTheEndInVisualModeStaysInTheArticle() throws {
        let library = try TemporaryLibrary.samples(named: "session-visual-end")
        defer { library.remove() }
        let run = try library.run(SampleArticles.openThird + [.type("G"), .type("v"), .press(.pageDown), .checkpoint("paged"), .press(.control("f"))])
        #expect(run.status == 0)
        let paged = try #require(run.terminal.checkpoint("paged"))
        #expect(paged.lines()[0].contains("Article · Tokyo commuters"), "another article was opened:\n\(paged.text)")
        #expect(run.lastFrame.lines()[0].contains("Article · Tokyo commuters"), "Ctrl-f opened another:\n\(run.lastFrame.text)")
    }

    @Test func theArticleShownFirstAndReadIsTheOneShownNextTime() throws {
        let library = try TemporaryLibrary.samples(named: "session-first-read")
        defer { library.remove() }
        let first = try library.run([.press(.tab), .type("jjj"), .checkpoint("left")])
        #expect(first.status == 0)
        let left = try #require(first.terminal.checkpoint("left"))
        try #require(left.firstTextRow != "" && !left.firstTextRow.hasPrefix("Smiley faces"), "j did not scroll the text:\n\(left.text)")

        let second = try library.run([.checkpoint("start"), .type("j"), .checkpoint("j")])
        let start = try #require(second.terminal.checkpoint("start"))
        #expect(start.textPaneRows() == left.textPaneRows(), "not at the place left:\n\(start.text)")
        let afterJ = try #require(second.terminal.checkpoint("j"))
        #expect(afterJ.firstTextRow == start.textPaneRows()[1], "the text has the focus again, so j scrolls it:\n\(afterJ.text)")
    }
}
