import Foundation
import Testing
@testable import Reader
@testable import ReaderCore
@testable import ReaderLibrary

/// The session on a fake terminal over the sample library: opening an article from the list,
/// scrolling it and resizing, as the tmux tests do with the binary.
@Suite struct SessionReadingTests {
    @Test func jjEnterOpensTheThirdArticleInTheTextPane() throws {
        let library = try TemporaryLibrary.samples(named: "session-open")
        defer { library.remove() }
        let run = try library.run([.checkpoint("start")] + SampleArticles.openThird)
        #expect(run.status == 0)
        let start = try #require(run.terminal.checkpoint("start"))
        #expect(start.lines()[0].contains("Articles (6)"), "the list's title on the top row:\n\(start.text)")
        #expect(start.firstTextRow.hasPrefix("Smiley faces"), "the first screen shows the selected article:\n\(start.text)")
        #expect(!start.contains("By Keiko Matsumura"))

        let opened = run.lastFrame
        #expect(opened.lines()[0].contains("Article · Tokyo commuters"), "\(opened.text)")
        // The list truncates the title at this width; the whole title is only in the text pane.
        #expect(opened.textPaneRows().joined(separator: " ").contains(SampleArticles.third), "\(opened.text)")
        #expect(opened.contains("By Keiko Matsumura"))

        let store = try library.store()
        let row = try #require(try SampleArticles.row(titled: SampleArticles.third, in: store))
        #expect(store.appState("openArticle") == LibraryStore.articleID(row).rawValue, "the open article is remembered")
        #expect(try store.readingState(row).lastOpened != nil)
        #expect(try store.readingState(row).isRead == false, "not read before its end was on screen")
    }

    @Test func jSpaceGAndGgMoveThroughTheArticle() throws {
        let library = try TemporaryLibrary.samples(named: "session-scroll")
        defer { library.remove() }
        let run = try library.run(SampleArticles.openThird + [
            .checkpoint("opened"), .type("j"), .checkpoint("j"), .type(" "), .checkpoint("space"),
            .type("G"), .checkpoint("G"), .type("gg"),
        ])
        #expect(run.status == 0)
        let opened = try #require(run.terminal.checkpoint("opened")).textPaneRows()
        let afterJ = try #require(run.terminal.checkpoint("j")).textPaneRows()
        #expect(afterJ.first == opened[1], "j scrolls one line: \(afterJ.first ?? "") after \(opened[0])")
        #expect(Array(afterJ.prefix(5)) == Array(opened[1...5]))

        let afterSpace = try #require(run.terminal.checkpoint("space"))
        #expect(afterSpace.firstTextRow == afterJ.last, "Space pages down, keeping one line:\n\(afterSpace.text)")

        let end = try #require(run.terminal.checkpoint("G"))
        #expect(end.statusLine.hasPrefix(" 100%"), "\(end.statusLine)")
        #expect(end.textPaneRows().contains { $0.hasSuffix(SampleArticles.thirdLastLine) }, "\(end.text)")
        #expect(end.textPaneRows().contains("— end —"), "the end mark follows the last line:\n\(end.text)")

        let top = run.lastFrame
        #expect(top.textPaneRows().prefix(2).joined(separator: " ") == SampleArticles.third, "g g goes back to the top:\n\(top.text)")

        let store = try library.store()
        let row = try #require(try SampleArticles.row(titled: SampleArticles.third, in: store))
        #expect(try store.readingState(row).isRead, "read once its end was on screen")
        #expect(try store.readingState(row).anchor == .top, "the position at quit, the top, is saved")
    }

    @Test func resizesKeepTheReadingPosition() throws {
        let library = try TemporaryLibrary.samples(named: "session-resize")
        defer { library.remove() }
        let run = try library.run(SampleArticles.openThird + [
            .type("G"), .checkpoint("G"), .resize(width: 80, height: 24), .checkpoint("80x24"),
            .resize(width: 200, height: 50),
        ])
        #expect(run.status == 0)
        let end = try #require(run.terminal.checkpoint("G"))
        let anchorWord = try #require(end.firstTextRow.split(separator: " ").first.map(String.init), "\(end.text)")

        let small = try #require(run.terminal.checkpoint("80x24"))
        #expect(small.size == Size(width: 80, height: 24))
        #expect(small.firstTextRow.contains(anchorWord),
                "reading position lost at 80x24: expected \"\(anchorWord)\" on the top text row:\n\(small.text)")

        let large = run.lastFrame
        #expect(large.size == Size(width: 200, height: 50))
        #expect(large.textPaneRows().contains { $0.hasSuffix(SampleArticles.thirdLastLine) } && large.statusLine.hasPrefix(" 100%"), "\(large.text)")
        // Growing at the end fills the taller pane with earlier text rather than blank rows.
        #expect(large.contains(anchorWord), "\"\(anchorWord)\" no longer on screen at 200x50:\n\(large.text)")
    }
}
