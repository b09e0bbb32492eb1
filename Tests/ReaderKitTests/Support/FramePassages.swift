@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Where a passage of text is drawn in a rectangle of a frame, so a test checks the cells of one
/// word or span instead of asking whether any cell anywhere has some style.
///
/// The rectangle's rows are read as one line of text: each row from its first to its last
/// non-blank cell, blank rows skipped, rows joined by one space (none after a row ending in a
/// hyphen, where the wrapper breaks words like "loss-making"). Runs of white space in the passage
/// match one space, so a passage from the article's plain text is found across wrapped rows.
struct FramePassages: CustomStringConvertible {
    /// A cell's position: column and row.
    struct Position: Hashable {
        let x: Int
        let y: Int
    }

    /// One drawn character, or the join between two rows (no position).
    private struct Drawn {
        let text: String
        let position: Position?
    }

    private let drawn: [Drawn]
    let frame: Frame

    /// Short, so that a failed expectation does not print every cell.
    var description: String {
        "text drawn in rows \(drawn.first?.position?.y ?? 0)...\(drawn.last?.position?.y ?? 0)"
    }

    init(_ frame: Frame, in rect: Rect) {
        self.frame = frame
        var drawn: [Drawn] = []
        for y in rect.y..<min(rect.maxY, frame.size.height) {
            let columns = (rect.x..<min(rect.maxX, frame.size.width)).filter { !frame[$0, y].isWideContinuation }
            let filled = columns.filter { frame[$0, y].text != " " }
            guard let first = filled.first, let last = filled.last else { continue }
            if let previous = drawn.last, previous.text != "-" { drawn.append(Drawn(text: " ", position: nil)) }
            for x in columns where x >= first && x <= last {
                drawn.append(Drawn(text: frame[x, y].text, position: Position(x: x, y: y)))
            }
        }
        self.drawn = drawn
    }

    /// The cells of every place the passage is drawn, in reading order (the joins between rows left out).
    func occurrences(of passage: String) -> [[Cell]] {
        positions(of: passage).map { $0.map { frame[$0.x, $0.y] } }
    }

    /// The cells of the one place the passage is drawn; nil when it is drawn nowhere or more than once.
    func cells(of passage: String) -> [Cell]? {
        let places = occurrences(of: passage)
        return places.count == 1 ? places[0] : nil
    }

    /// The positions of the cells of every place the passage is drawn.
    func positions(of passage: String) -> [[Position]] {
        let needle = Self.normalised(passage)
        guard !needle.isEmpty else { return [] }
        return drawn.indices.compactMap { start in
            drawn[start].position == nil ? nil : match(needle, from: start)
        }
    }

    private func match(_ needle: [String], from start: Int) -> [Position]? {
        var positions: [Position] = []
        var index = start
        for character in needle {
            guard index < drawn.count else { return nil }
            defer { index += 1 }
            guard let position = drawn[index].position else {
                guard character == " " else { return nil }
                continue
            }
            guard drawn[index].text == character else { return nil }
            positions.append(position)
        }
        return positions
    }

    /// The passage as cell texts, white space runs made one space.
    static func normalised(_ passage: String) -> [String] {
        passage.split(whereSeparator: \.isWhitespace).joined(separator: " ").map(String.init)
    }
}

extension Frame {
    /// The passages drawn in the text pane of a state's screen (below the pane's title row).
    static func textPanePassages(of state: ReaderState) -> FramePassages {
        FramePassages(ScreenRenderer.render(state), in: ScreenLayout(state: state).textPane.droppingTop(1))
    }
}

extension ReaderState {
    /// The plain text of the part of a range of the open article that the text pane shows, or
    /// nil when none of it is on screen.
    func shownText(of range: Range<Int>) -> String? {
        guard let layout = openLayout(), let article = openArticle else { return nil }
        let top = layout.position(of: textAnchor)
        let start = layout.plainTextOffset(atStartOf: top)
        let end = layout.plainTextOffset(atEndOf: layout.advance(top, by: ScreenLayout(state: self).textRows - 1))
        let shown = max(range.lowerBound, start)..<min(range.upperBound, end)
        guard !shown.isEmpty else { return nil }
        return String(String.UnicodeScalarView(Array(article.plainText.unicodeScalars)[shown]))
    }
}
