import ReaderText
import ReaderDocument

/// One terminal cell: the characters drawn there and their style.
///
/// A double-width character occupies its cell and the next; the next holds an empty `text`.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isWideContinuation: Bool { text.isEmpty }
}

/// A grid of cells that views render into and the terminal backend paints.
public struct Frame: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    /// Combining marks kept on one cell; ncurses keeps only a few per cell anyway.
    static let maxCombiningMarks = 4

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills a rectangle (clipped to the frame) with blanks of one style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let clipped = clip(rect)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                put(Cell(text: " ", style: style), x: x, y: y)
            }
        }
    }

    /// Writes one cell, blanking the other half of any double-width character it overwrites.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        precondition(x >= 0 && x < size.width && y >= 0 && y < size.height, "cell \(x),\(y) outside \(size)")
        let index = y * size.width + x
        if cells[index].isWideContinuation, x > 0 {
            cells[index - 1].text = " "
        }
        if x + 1 < size.width, cells[index + 1].isWideContinuation, !cells[index].isWideContinuation {
            cells[index + 1].text = " "
        }
        cells[index] = cell
    }

    /// Draws text on row `y` from column `x`, never past `limit` (exclusive) or the frame's edge.
    /// Every scalar goes through `TextSanitizer.screenGlyph`, so content can never become a control sequence.
    /// Returns the column after the last one drawn.
    @discardableResult
    public mutating func draw<S: Sequence>(
        scalars: S, x: Int, y: Int, limit: Int? = nil, style: Style = .plain
    ) -> Int where S.Element == Unicode.Scalar {
        guard y >= 0, y < size.height else { return x }
        let end = min(limit ?? size.width, size.width)
        var column = max(0, x)
        var lastCell: Int? = nil
        var marksOnLastCell = 0
        for scalar in scalars {
            var shown = scalar
            switch TextSanitizer.screenGlyph(for: scalar) {
            case .hide: continue
            case .replace(let placeholder): shown = placeholder
            case .keep:
                if scalar == "\t" || scalar == "\n" { shown = " " }
            }
            let width = DisplayWidth.columns(shown)
            if width == 0 {
                if let cellIndex = lastCell, marksOnLastCell < Frame.maxCombiningMarks {
                    cells[cellIndex].text.unicodeScalars.append(shown)
                    marksOnLastCell += 1
                }
                continue
            }
            if column + width > end {
                if width == 2 && column < end {
                    put(Cell(text: " ", style: style), x: column, y: y)
                    column += 1
                }
                break
            }
            let index = y * size.width + column
            put(Cell(text: String(shown), style: style), x: column, y: y)
            if width == 2 {
                if column + 2 < size.width, cells[index + 2].isWideContinuation { cells[index + 2].text = " " }
                cells[index + 1] = Cell(text: "", style: style)
            }
            lastCell = index
            marksOnLastCell = 0
            column += width
        }
        return column
    }

    /// Draws a string; see `draw(scalars:x:y:limit:style:)`.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        draw(scalars: text.unicodeScalars, x: x, y: y, limit: limit, style: style)
    }

    /// The frame as lines of text, one per row, wide continuations omitted.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                line += self[x, y].text
            }
            return line
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
