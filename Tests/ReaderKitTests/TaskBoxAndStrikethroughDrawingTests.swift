import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderCore

/// Task boxes where the locale is not UTF-8, and struck-out text on screen.
@Suite struct TaskBoxAndStrikethroughDrawingTests {
    static let markdown = "# Jobs\n\n- [x] paint the hull\n- [ ] ~~tar~~ oil the deck\n- plain item\n\n1. [ ] first\n"

    static func article() -> Article {
        MarkdownDocument.article(text: markdown, id: ArticleID("t"), sourcePath: "t.md", base: nil)
    }

    @Test func taskBoxesAreBracketsWithASCIIBorders() {
        let ascii = PlainTextRenderer.render(Self.article(), width: 40, borders: .ascii)
        #expect(ascii.contains("[x] paint the hull"))
        #expect(ascii.contains("[ ] tar oil the deck"))
        #expect(ascii.contains("* plain item"))
        // A box not after a bullet keeps its place in one cell.
        #expect(ascii.contains("1. o first"))
        #expect(!ascii.unicodeScalars.contains { $0.value > 0x7F })
        let unicode = PlainTextRenderer.render(Self.article(), width: 40, borders: .unicode)
        #expect(unicode.contains("• ☑ paint the hull") && unicode.contains("• ☐ t\u{336}a\u{336}r\u{336} oil the deck"))
    }

    @Test func theScreenDrawsBoxesAsBracketsAndStruckOutText() throws {
        var state = ReaderState(articles: [Self.article()], size: Size(width: 80, height: 20))
        state.settings.tableBorders = .ascii
        state = Reducer.reduce(state, action: .openSelected)
        let frame = ScreenRenderer.render(state)
        let lines = frame.lines()
        let row = try #require(lines.firstIndex { $0.contains("[ ] tar oil the deck") })
        #expect(lines.contains { $0.contains("[x] paint the hull") })
        let tar = try #require(LinkAndLayoutTests.column(of: "tar", in: frame, row: row))
        #expect((tar..<tar + 3).allSatisfy { frame[$0, row].style.strikethrough })
        #expect(!frame[tar + 4, row].style.strikethrough)
    }
}
