import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// The test helper that finds a passage's cells in a frame: the colour checks rest on it.
@Suite struct FramePassagesTests {
    func frame(_ rows: [(String, Style)]) -> Frame {
        var frame = Frame(size: Size(width: 20, height: rows.count + 1))
        for (y, row) in rows.enumerated() { frame.draw(row.0, x: 2, y: y, style: row.1) }
        return frame
    }

    @Test func aPassageIsFoundAcrossRowsAndItsCellsAreItsOwn() throws {
        let yellow = Style(background: .yellow)
        let frame = frame([("The loss-", .plain), ("making plan", yellow), ("", .plain), ("of 東京 now", .plain)])
        let passages = FramePassages(frame, in: Rect(x: 0, y: 0, width: 20, height: 5))
        let cells = try #require(passages.cells(of: "loss-making\nplan  of"))
        #expect(cells.map(\.text).joined() == "loss-making planof", "the row joins have no cell")
        #expect(cells.filter { $0.style == yellow }.map(\.text).joined() == "making plan")
        // A wide character is one cell, its second column left out.
        #expect(passages.cells(of: "東京")?.map(\.text) == ["東", "京"])
        #expect(passages.positions(of: "東京") == [[.init(x: 5, y: 3), .init(x: 7, y: 3)]])
    }

    @Test func aPassageDrawnTwiceOrNowhereHasNoCellsOfItsOwn() {
        let frame = frame([("plan and plan", .plain)])
        let passages = FramePassages(frame, in: Rect(x: 0, y: 0, width: 20, height: 2))
        #expect(passages.occurrences(of: "plan").count == 2)
        #expect(passages.cells(of: "plan") == nil)
        #expect(passages.cells(of: "nothing") == nil)
        #expect(passages.occurrences(of: "").isEmpty)
        // Outside the rectangle nothing is found.
        #expect(FramePassages(frame, in: Rect(x: 0, y: 1, width: 20, height: 1)).occurrences(of: "plan").isEmpty)
    }
}
