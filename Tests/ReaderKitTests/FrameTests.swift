import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct FrameTests {
    @Test func wideCharactersTakeTwoCellsAndStopAtTheEdge() {
        var frame = Frame(size: Size(width: 5, height: 1))
        let end = frame.draw("中文字", x: 0, y: 0)
        #expect(end == 5)
        #expect(frame[0, 0].text == "中")
        #expect(frame[1, 0].isWideContinuation)
        #expect(frame[2, 0].text == "文")
        #expect(frame[4, 0].text == " ")
    }

    @Test func combiningMarksJoinTheirBase() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.draw("e\u{301}x", x: 0, y: 0)
        #expect(frame[0, 0].text == "e\u{301}")
        #expect(frame[1, 0].text == "x")
    }

    @Test func manyCombiningMarksAreCapped() {
        var frame = Frame(size: Size(width: 3, height: 1))
        frame.draw("a" + String(repeating: "\u{301}", count: 10_000) + "b", x: 0, y: 0)
        #expect(frame[0, 0].text.unicodeScalars.count == 1 + Frame.maxCombiningMarks)
        #expect(frame[1, 0].text == "b")
    }

    @Test func drawingOutsideTheFrameIsIgnored() {
        var frame = Frame(size: Size(width: 3, height: 2))
        frame.draw("abc", x: 0, y: 5)
        frame.draw("abc", x: 7, y: 0)
        frame.fill(Rect(x: -3, y: -3, width: 100, height: 100), style: .bold)
        #expect(frame.lines() == ["   ", "   "])
    }

    @Test func truncationEndsWithEllipsisWithinWidth() {
        #expect(TextTruncation.truncate("Kremlin announces", toColumns: 8) == "Kremlin…")
        #expect(TextTruncation.truncate("short", toColumns: 8) == "short")
        #expect(TextTruncation.truncate("日本語の記事", toColumns: 7) == "日本語…")
        #expect(DisplayWidth.columns(of: TextTruncation.truncate("日本語の記事", toColumns: 6)) <= 6)
        #expect(TextTruncation.truncate("abc", toColumns: 0) == "")
    }
}

@Suite struct FrameOverlapTests {
    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.draw("中中中", x: 0, y: 0)
        frame.draw("x", x: 1, y: 0)
        frame.draw("y", x: 4, y: 0)
        #expect(frame.lines() == [" x中y "])
        for x in 0..<6 where frame[x, 0].isWideContinuation {
            #expect(DisplayWidth.columns(of: frame[x - 1, 0].text) == 2)
        }
    }

    @Test func wideOverWideKeepsPairsConsistent() {
        var frame = Frame(size: Size(width: 5, height: 1))
        frame.draw("中中", x: 0, y: 0)
        frame.draw("文", x: 1, y: 0)
        #expect(frame.lines() == [" 文  "])
    }
}

@Suite struct TruncationOfHiddenAndReplacedScalarsTests {
    @Test func bidiControlsCountAsTheirPlaceholder() {
        let title = "Bidi \u{202E}\u{202E}\u{202E} title"
        let cut = TextTruncation.truncate(title, toColumns: 12)
        #expect(cut.hasSuffix("…"))
        #expect(cut.unicodeScalars.reduce(0) { $0 + TextWrapper.columns($1) } <= 12)
    }
}

@Suite struct BackgroundActivityTests {
    func statusLine(_ state: ReaderState) -> String {
        ScreenRenderer.render(state).lines().last ?? ""
    }

    @Test func backgroundWorkIsShownInTheStatusLineAfterTheMessage() {
        var state = ReaderState(articles: [Article(id: ArticleID("a"), sourcePath: "a", title: "A", byline: nil, dateline: nil, paragraphs: ["Text."])], size: Size(width: 100, height: 10))
        state = Reducer.reduce(state, event: .resize(state.size))
        state.backgroundActivity = "Finding entities 3/10…"
        #expect(statusLine(state).contains("Finding entities 3/10…"))
        #expect(!statusLine(state).contains("·"), "no separator before the only note")
        state.statusMessage = "12 matches"
        #expect(statusLine(state).contains(" 12 matches · Finding entities 3/10…"))
        state.backgroundActivity = nil
        #expect(!statusLine(state).contains("Finding"))
        #expect(!statusLine(state).contains("·"))
    }
}
