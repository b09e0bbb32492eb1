import ReaderText
import ReaderDocument

/// A table drawn to a width: a grid with borders, columns sized to their content by display width
/// and cells wrapped when the table is wider than the width; or, when even wrapped columns cannot
/// fit, one "header: value" record per row.
///
/// Pure: the same shape, text and width always give the same lines. Text pieces are ranges of the
/// block's scalars, so styles, entities, matches and highlights are drawn by offset as in prose.
public struct TableDrawing: Equatable, Sendable {
    public struct Piece: Equatable, Sendable {
        public enum Content: Equatable, Sendable {
            /// Border characters (or a record's ": ").
            case border(String)
            /// A part of the block's text; `isHeader` for header cells and record labels.
            case text(Range<Int>, isHeader: Bool)
        }

        /// Column from the table's left edge.
        public var column: Int
        public var content: Content
    }

    public struct Line: Equatable, Sendable {
        public var pieces: [Piece]
        /// The block text this line stands for, for scroll anchors and the position figure:
        /// from its first to its last cell text (labels repeated in records do not count).
        /// Lines of borders only have an empty range where the next text starts.
        public var textRange: Range<Int>
        /// Whether the line shows cell text of its own (not only borders or repeated labels).
        public var hasText: Bool
    }

    public var lines: [Line]
    /// Columns the widest line takes.
    public var width: Int
    public var isRecords: Bool
}

public enum TableLayout {
    /// A column's width never goes below its longest unbreakable run of text, up to this.
    static let narrowestWord = 10

    /// `keptWhole` (printed entity marks) are never broken inside a cell and set each column's
    /// floor; `asRecords`, when given, decides grid or records (as the unmarked table is drawn), and
    /// a grid of marks may then be wider than `width`.
    public static func draw(
        _ shape: TableShape, scalars: [Unicode.Scalar], width: Int, borders: TableBorders,
        keptWhole: [Range<Int>] = [], asRecords: Bool? = nil
    ) -> TableDrawing {
        let width = max(1, width)
        var shape = shape
        shape.caption = shape.caption.map { min($0.lowerBound, scalars.count)..<min(max($0.lowerBound, $0.upperBound), scalars.count) }
        let grid = Grid(shape: shape, scalars: scalars, keptWhole: keptWhole)
        let columns = grid.columnCount
        guard columns > 0 else { return finish([], width: 0, isRecords: false, length: scalars.count) }
        let available = width - (3 * columns + 1)
        let natural = grid.widths(of: \.natural)
        let narrowest = grid.widths(of: \.narrowest)
        let chosen: [Int]
        if asRecords == true {
            return records(grid, shape: shape, scalars: scalars, width: width, borders: borders)
        } else if natural.reduce(0, +) <= available {
            chosen = natural
        } else if case let words = grid.widths(of: \.longestWord), available > 0, words.reduce(0, +) <= available {
            // Every column as wide as its longest word, where that fits: no word broken needlessly.
            chosen = shrink(natural, floor: words, to: available)
        } else if asRecords == false || (available > 0 && narrowest.reduce(0, +) <= available) {
            chosen = shrink(natural, floor: narrowest, to: available, words: grid.widths(of: \.longestWord))
        } else {
            return records(grid, shape: shape, scalars: scalars, width: width, borders: borders)
        }
        return gridLines(grid, shape: shape, scalars: scalars, widths: chosen, borders: borders)
    }

    /// The widest columns give way first, down to their floors, until the table fits; with `words`
    /// (each column's longest word), columns that would break a word are widened first.
    static func shrink(_ natural: [Int], floor: [Int], to available: Int, words: [Int]? = nil) -> [Int] {
        func widths(cap: Int) -> [Int] { natural.indices.map { max(floor[$0], min(natural[$0], cap)) } }
        var low = 0, high = natural.max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if widths(cap: mid).reduce(0, +) <= available { low = mid } else { high = mid - 1 }
        }
        var result = widths(cap: low)
        var spare = available - result.reduce(0, +)
        if let words {
            // A column whose longest word would break takes the spare width first, then width from
            // columns wider than their own longest word, when that is enough to keep its words whole.
            for index in result.indices {
                var need = min(words[index], natural[index]) - result[index]
                guard need > 0 else { continue }
                var giving = result
                let fromSpare = min(spare, need)
                need -= fromSpare
                for donor in giving.indices where donor != index && need > 0 {
                    let give = min(need, max(0, giving[donor] - max(floor[donor], min(words[donor], natural[donor]))))
                    giving[donor] -= give
                    need -= give
                }
                guard need == 0 else { continue }
                giving[index] = min(words[index], natural[index])
                result = giving
                spare -= fromSpare
            }
        }
        for index in result.indices where spare > 0 && result[index] < natural[index] {
            result[index] += 1
            spare -= 1
        }
        return result
    }

    // MARK: The grid

    static func gridLines(_ grid: Grid, shape: TableShape, scalars: [Unicode.Scalar], widths: [Int], borders: TableBorders) -> TableDrawing {
        let glyphs = BorderGlyphs(borders)
        // Where each column boundary is drawn.
        var boundaryX = [0]
        for width in widths { boundaryX.append(boundaryX.last! + width + 3) }
        let tableWidth = boundaryX.last! + 1
        var lines: [TableDrawing.Line] = []
        if let caption = shape.caption, !caption.isEmpty {
            for range in wrap(scalars, caption, width: tableWidth) {
                let shown = columns(scalars, range)
                lines.append(line([.init(column: max(0, (tableWidth - shown) / 2), content: .text(range, isHeader: false))]))
            }
        }
        let rowLines = grid.rows.map { row in cellLines(row, scalars: scalars, widths: widths, boundaryX: boundaryX, glyphs: glyphs, keptWhole: grid.keptWhole) }
        let bodyWraps = rowLines.indices.contains { $0 >= shape.headerRows && rowLines[$0].count > 1 }
        var above: Set<Int>? = nil
        for (index, row) in grid.rows.enumerated() {
            let boundaries = Set(row.map(\.firstColumn) + [grid.columnCount])
            let separate = index == 0 || index == shape.headerRows || (index > shape.headerRows && bodyWraps)
            if separate {
                let heavy = index == shape.headerRows && index > 0
                // No rule across a cell that spans down from the row above.
                let spanned = Set(row.filter { $0.spannedFrom != nil }.flatMap { $0.firstColumn..<$0.firstColumn + $0.span })
                lines.append(rule(
                    above: above, below: boundaries, boundaryX: boundaryX, glyphs: glyphs, heavy: heavy, spanned: spanned))
            }
            lines += rowLines[index]
            above = boundaries
        }
        lines.append(rule(above: above, below: nil, boundaryX: boundaryX, glyphs: glyphs, heavy: false))
        return finish(lines, width: tableWidth, isRecords: false, length: scalars.count)
    }

    /// The lines of one row: each cell wrapped to its width and aligned, borders between.
    static func cellLines(
        _ row: [Grid.Placed], scalars: [Unicode.Scalar], widths: [Int], boundaryX: [Int], glyphs: BorderGlyphs, keptWhole: [Range<Int>]
    ) -> [TableDrawing.Line] {
        let wrapped = row.map { placed -> [Range<Int>] in
            let width = (placed.firstColumn..<placed.firstColumn + placed.span).reduce(0) { $0 + widths[$1] } + 3 * (placed.span - 1)
            return placed.cell.map { wrap(scalars, $0.range, width: width, keptWhole: keptWhole) } ?? []
        }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        return (0..<height).map { lineIndex in
            var pieces: [TableDrawing.Piece] = []
            for (index, placed) in row.enumerated() {
                let left = boundaryX[placed.firstColumn]
                pieces.append(.init(column: left, content: .border(glyphs.verticalBar)))
                guard let cell = placed.cell, lineIndex < wrapped[index].count else { continue }
                let range = wrapped[index][lineIndex]
                let width = boundaryX[placed.firstColumn + placed.span] - left - 3
                let slack = max(0, width - columns(scalars, range))
                let offset = cell.alignment == .right ? slack : cell.alignment == .center ? slack / 2 : 0
                if !range.isEmpty { pieces.append(.init(column: left + 2 + offset, content: .text(range, isHeader: cell.isHeader))) }
            }
            pieces.append(.init(column: boundaryX.last!, content: .border(glyphs.verticalBar)))
            return line(pieces)
        }
    }

    /// A horizontal rule with junctions where the rows above and below have column boundaries.
    /// Columns in `spanned` are left blank: a cell above continues down through them.
    static func rule(
        above: Set<Int>?, below: Set<Int>?, boundaryX: [Int], glyphs: BorderGlyphs, heavy: Bool, spanned: Set<Int> = []
    ) -> TableDrawing.Line {
        var text = ""
        let last = boundaryX.count - 1
        for boundary in 0...last {
            let up = above?.contains(boundary) == true
            let down = below?.contains(boundary) == true
            let left = boundary > 0 && !spanned.contains(boundary - 1)
            let right = boundary < last && !spanned.contains(boundary)
            text += glyphs.junction(up: up, down: down, left: left, right: right, heavy: heavy)
            if boundary < last {
                let glyph = spanned.contains(boundary) ? " " : heavy ? glyphs.heavyHorizontal : glyphs.horizontal
                text += String(repeating: glyph, count: boundaryX[boundary + 1] - boundaryX[boundary] - 1)
            }
        }
        return line([.init(column: 0, content: .border(text))])
    }

    // MARK: Records

    /// One record per body row: each cell as "label: value", the label its column's headers (a
    /// group header spanning columns first: "Seats 2022"). A label wider than its column wraps
    /// within it, the colon after its last word and the value beside that line, so a label's words
    /// never run into the value column.
    static func records(_ grid: Grid, shape: TableShape, scalars: [Unicode.Scalar], width: Int, borders: TableBorders) -> TableDrawing {
        let glyphs = BorderGlyphs(borders)
        var labels: [Int: [Range<Int>]] = [:]
        for row in grid.rows.prefix(shape.headerRows) {
            for placed in row {
                guard let cell = placed.cell, !cell.range.isEmpty else { continue }
                for column in placed.firstColumn..<placed.firstColumn + placed.span where labels[column]?.last != cell.range {
                    labels[column, default: []].append(cell.range)
                }
            }
        }
        // A third of the width, or more up to half of it for a label's longest word, so words stay whole.
        let longestLabelWord = labels.values.flatMap { $0 }.map { Grid.measure(scalars, $0).longestWord }.max() ?? 0
        let labelWidth = min(labels.values.map { labelColumns(scalars, $0) }.max() ?? 0, max(1, width / 3, min(longestLabelWord, width / 2)))
        let valueX = labels.isEmpty ? 0 : labelWidth + 2
        var lines: [TableDrawing.Line] = []
        if let caption = shape.caption, !caption.isEmpty {
            lines += wrap(scalars, caption, width: width).map { line([.init(column: 0, content: .text($0, isHeader: false))]) }
        }
        for row in grid.rows.dropFirst(shape.headerRows) {
            // A value spanning down from a row above is repeated in each record it covers.
            let cells = row.compactMap { placed in
                (placed.spannedFrom ?? placed.cell).map { (placed.firstColumn, $0, placed.spannedFrom != nil) }
            }.filter { !$0.1.range.isEmpty }
            guard cells.contains(where: { !$0.2 }) else { continue }
            lines.append(line([.init(column: 0, content: .border(String(repeating: glyphs.horizontal, count: width)))]))
            for (column, cell, isRepeated) in cells {
                let labelLines = labels[column].map { wrapLabel(scalars, $0, width: labelWidth) } ?? []
                let valueLines = wrap(scalars, cell.range, width: max(1, width - valueX), keptWhole: grid.keptWhole)
                // The value starts beside the label's last line, where the colon is.
                let valueStart = max(0, labelLines.count - 1)
                for index in 0..<max(labelLines.count, valueStart + valueLines.count) {
                    var pieces: [TableDrawing.Piece] = []
                    var counted: Range<Int>? = nil
                    if index < labelLines.count {
                        var x = 0
                        for range in labelLines[index] {
                            pieces.append(.init(column: x, content: .text(range, isHeader: true)))
                            x += columns(scalars, range) + 1
                        }
                        if index == labelLines.count - 1 { pieces.append(.init(column: x - 1, content: .border(":"))) }
                    }
                    if index >= valueStart, index - valueStart < valueLines.count {
                        pieces.append(.init(column: valueX, content: .text(valueLines[index - valueStart], isHeader: cell.isHeader)))
                        if !isRepeated { counted = valueLines[index - valueStart] }
                    }
                    lines.append(TableDrawing.Line(pieces: pieces, textRange: counted ?? 0..<0, hasText: counted != nil))
                }
            }
        }
        if !lines.isEmpty { lines.append(line([.init(column: 0, content: .border(String(repeating: glyphs.horizontal, count: width)))])) }
        return finish(lines, width: width, isRecords: true, length: scalars.count)
    }

    /// Columns a label of several header texts takes on one line, a space between them.
    static func labelColumns(_ scalars: [Unicode.Scalar], _ parts: [Range<Int>]) -> Int {
        parts.reduce(0) { $0 + columns(scalars, $1) } + max(0, parts.count - 1)
    }

    /// A label's header texts wrapped to `width`, leaving a column for the colon: each line the
    /// pieces of text set on it, a space apart.
    static func wrapLabel(_ scalars: [Unicode.Scalar], _ parts: [Range<Int>], width: Int) -> [[Range<Int>]] {
        var lines: [[Range<Int>]] = []
        var used = 0
        for part in parts {
            for piece in wrap(scalars, part, width: max(1, width)) {
                let size = columns(scalars, piece)
                if let last = lines.indices.last, !lines[last].isEmpty, used + 1 + size <= width {
                    lines[last].append(piece)
                    used += 1 + size
                } else {
                    lines.append([piece])
                    used = size
                }
            }
        }
        return lines
    }

    // MARK: Helpers

    static func line(_ pieces: [TableDrawing.Piece]) -> TableDrawing.Line {
        var low: Int?, high: Int?
        for piece in pieces {
            guard case .text(let range, _) = piece.content else { continue }
            low = min(low ?? range.lowerBound, range.lowerBound)
            high = max(high ?? range.upperBound, range.upperBound)
        }
        return TableDrawing.Line(pieces: pieces, textRange: (low ?? 0)..<(high ?? 0), hasText: low != nil)
    }

    /// Lines without text take an empty range where the next text starts (the block's end after
    /// the last), so ranges never go backwards.
    static func finish(_ lines: [TableDrawing.Line], width: Int, isRecords: Bool, length: Int) -> TableDrawing {
        var lines = lines
        var next = length
        for index in lines.indices.reversed() {
            if lines[index].hasText {
                next = min(next, lines[index].textRange.lowerBound)
            } else {
                lines[index].textRange = next..<next
            }
        }
        // Keep ranges in order even where a row's first line starts after a later cell's text.
        var floor = 0
        for index in lines.indices {
            let range = lines[index].textRange
            let lower = max(floor, range.lowerBound)
            lines[index].textRange = lower..<max(lower, range.upperBound)
            floor = lower
        }
        return TableDrawing(lines: lines, width: width, isRecords: isRecords)
    }

    static func wrap(_ scalars: [Unicode.Scalar], _ range: Range<Int>, width: Int, keptWhole: [Range<Int>] = []) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        let slice = Array(scalars[range])
        let whole = keptWhole.compactMap { mark -> Range<Int>? in
            let lower = max(mark.lowerBound, range.lowerBound), upper = min(mark.upperBound, range.upperBound)
            return lower < upper ? (lower - range.lowerBound)..<(upper - range.lowerBound) : nil
        }
        return TextWrapper.wrap(slice, width: width, keptWhole: whole)
            .map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }
    }

    static func columns(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        TextWrapper.columns(of: scalars[range])
    }
}

/// The cells of a table placed on columns: spans and row spans resolved, every row as wide as the
/// table (missing cells are empty), and each column's natural and narrowest widths.
struct Grid {
    struct Placed {
        var firstColumn: Int
        var span: Int
        /// nil for the filler of a short row.
        var cell: TableShape.Cell?
        /// The cell of a row above that spans down over this place (HTML rowspan).
        var spannedFrom: TableShape.Cell? = nil
    }

    struct Measure {
        /// The widest line, in columns.
        var natural: Int
        /// The widest unbreakable run, up to `TableLayout.narrowestWord`.
        var narrowest: Int
        /// The widest unbreakable run, however wide.
        var longestWord: Int
    }

    var rows: [[Placed]] = []
    var columnCount = 0
    private var measures: [(Placed, Measure)] = []

    /// At most this many columns are drawn; cells beyond them are left out of the grid.
    static let maximumColumns = 200

    /// Runs never broken inside a cell (printed entity marks).
    var keptWhole: [Range<Int>] = []

    init(shape: TableShape, scalars: [Unicode.Scalar], keptWhole: [Range<Int>] = []) {
        self.keptWhole = keptWhole
        columnCount = min(shape.columnCount, Self.maximumColumns)
        // For each column, the spanning cell above and how many more rows it covers.
        var spans: [Int: (cell: TableShape.Cell, rows: Int)] = [:]
        for shapeRow in shape.rows {
            var row: [Placed] = []
            var column = 0
            let spansAbove = spans
            for var cell in shapeRow where column < columnCount {
                // A stored shape is checked as the text it covers may not match.
                cell.start = min(max(0, cell.start), scalars.count)
                cell.end = min(max(cell.start, cell.end), scalars.count)
                let span = min(cell.columnSpan, columnCount - column)
                var placed = Placed(firstColumn: column, span: span, cell: cell)
                if cell.range.isEmpty, let above = spansAbove[column], above.rows > 0 {
                    spans[column] = above.rows > 1 ? (above.cell, above.rows - 1) : nil
                    // The places a cell spanning columns too covers in this row are one place.
                    if let last = row.last, last.spannedFrom == above.cell, last.firstColumn + last.span == column {
                        row[row.count - 1].span += span
                        column += span
                        continue
                    }
                    placed.spannedFrom = above.cell
                } else if cell.rowsCovered > 1 {
                    for covered in column..<column + span { spans[covered] = (cell, cell.rowsCovered - 1) }
                } else {
                    for covered in column..<column + span { spans[covered] = nil }
                }
                row.append(placed)
                var measure = Self.measure(scalars, cell.range)
                for mark in keptWhole where mark.lowerBound >= cell.range.lowerBound && mark.upperBound <= cell.range.upperBound {
                    measure.narrowest = max(measure.narrowest, Self.wordWidth(scalars, around: mark, in: cell.range))
                    measure.longestWord = max(measure.longestWord, measure.narrowest)
                }
                measures.append((placed, measure))
                column += span
            }
            if column < columnCount { row.append(Placed(firstColumn: column, span: columnCount - column, cell: nil)) }
            rows.append(row)
        }
    }

    /// Each column's width for one measure: single cells first, then spanning cells widen the
    /// columns they cover evenly where they need more.
    func widths(of measure: KeyPath<Measure, Int>) -> [Int] {
        var widths = Array(repeating: 0, count: columnCount)
        for (placed, size) in measures where placed.span == 1 {
            widths[placed.firstColumn] = max(widths[placed.firstColumn], size[keyPath: measure])
        }
        for (placed, size) in measures where placed.span > 1 {
            let covered = placed.firstColumn..<placed.firstColumn + placed.span
            let have = covered.reduce(0) { $0 + widths[$1] } + 3 * (placed.span - 1)
            var missing = size[keyPath: measure] - have
            var column = covered.lowerBound
            while missing > 0 {
                widths[column] += 1
                missing -= 1
                column = column + 1 == covered.upperBound ? covered.lowerBound : column + 1
            }
        }
        return widths
    }

    /// Columns a kept-whole run takes with the word it is part of.
    static func wordWidth(_ scalars: [Unicode.Scalar], around mark: Range<Int>, in cell: Range<Int>) -> Int {
        var start = mark.lowerBound, end = mark.upperBound
        while start > cell.lowerBound, !TextWrapper.isSpace(scalars[start - 1]) { start -= 1 }
        while end < cell.upperBound, !TextWrapper.isSpace(scalars[end]) { end += 1 }
        return TableLayout.columns(scalars, start..<end)
    }

    static func measure(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Measure {
        var natural = 0, line = 0, run = 0, narrowest = 0
        var previous: Unicode.Scalar = " "
        for scalar in scalars[range] {
            defer { previous = scalar }
            if scalar == "\n" {
                natural = max(natural, line)
                line = 0
                run = 0
                continue
            }
            let width = TextWrapper.columns(scalar)
            line += width
            if scalar == " " || (width == 2 && previous != TextWrapper.zeroWidthJoiner) {
                // A wide character may start a row, but not one joined to the one before.
                run = width == 2 ? 2 : 0
            } else {
                run += width
            }
            narrowest = max(narrowest, run)
            if scalar == "-" { run = 0 }
        }
        natural = max(natural, line)
        return Measure(natural: natural, narrowest: min(narrowest, TableLayout.narrowestWord), longestWord: narrowest)
    }
}

/// Box-drawing characters, or ASCII.
struct BorderGlyphs {
    let borders: TableBorders

    init(_ borders: TableBorders) { self.borders = borders }

    var horizontal: String { borders == .ascii ? "-" : "─" }
    var heavyHorizontal: String { borders == .ascii ? "=" : "═" }
    var verticalBar: String { borders == .ascii ? "|" : "│" }

    func junction(up: Bool, down: Bool, left: Bool, right: Bool, heavy: Bool) -> String {
        if !left && !right { return up || down ? verticalBar : " " }
        if borders == .ascii { return up || down ? "+" : heavy ? "=" : "-" }
        if heavy {
            switch (up, down) {
            case (true, true): return !left ? "╞" : !right ? "╡" : "╪"
            case (true, false): return !left ? "╘" : !right ? "╛" : "╧"
            case (false, true): return !left ? "╒" : !right ? "╕" : "╤"
            case (false, false): return "═"
            }
        }
        switch (up, down) {
        case (true, true): return !left ? "├" : !right ? "┤" : "┼"
        case (true, false): return !left ? "└" : !right ? "┘" : "┴"
        case (false, true): return !left ? "┌" : !right ? "┐" : "┬"
        case (false, false): return "─"
        }
    }
}
