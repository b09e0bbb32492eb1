import ReaderText
import ReaderEntities
import ReaderDocument

/// An article as plain, sanitised text for pipes and scripts (`reader show`).
public enum PlainTextRenderer {
    /// Wraps the article to `width`; with entities, each mention is written `[text]{LABEL}`.
    public static func render(_ article: Article, width: Int, entities: ArticleEntities? = nil, borders: TableBorders = .unicode) -> String {
        let width = max(1, width)
        var output: [String] = []
        var previous: TextBlock.Kind?
        for block in article.blocks {
            let betweenListItems = previous.map(ArticleLayout.isListItem) == true && ArticleLayout.isListItem(block.kind)
            if !output.isEmpty && !betweenListItems { output.append("") }
            previous = block.kind
            // ASCII output (a locale that is not UTF-8) stays ASCII: no combining stroke there.
            let struck = borders == .ascii ? [] : struckScalars(block, styles: article.styles)
            if case .table(let shape) = block.kind {
                output += tableLines(block, shape: shape, width: width, borders: borders, entities: entities, struck: struck)
                continue
            }
            var scalars = Array(block.text.unicodeScalars)
            var marks: [Range<Int>] = []
            var struckShown = struck
            if let entities {
                let (text, position, markRanges) = markedWithPositions(block, entities: entities)
                struckShown = moved(struck, position, original: scalars, shown: text)
                scalars = text
                marks = markRanges
            }
            let indentWidth = ArticleLayout.indent(of: block.kind)
            let quoteBars = block.kind.quoteDepth
            let indent = quoteBars > 0 ? String(repeating: borders.quoteBar + " ", count: quoteBars) : String(repeating: " ", count: indentWidth)
            let rows = ArticleLayout.wrap(
                scalars, kind: block.kind, width: max(1, width - indentWidth), longURLs: .overflow, keptWhole: marks)
            let hanging = String(repeating: " ", count: ArticleLayout.hangingIndent(scalars, kind: block.kind, width: max(1, width - indentWidth)))
            for (number, range) in rows.enumerated() {
                let shown = String(String.UnicodeScalarView(borders.drawn(row: stroked(scalars, range, struck: struckShown))))
                output.append(indent + (number > 0 ? hanging : "") + TextSanitizer.sanitize(shown, keepNewlines: false))
            }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// U+0336 after each struck character, as the screen strikes text out (ncurses has no
    /// strikethrough attribute); spaces are left alone.
    static let combiningStroke: Unicode.Scalar = "\u{0336}"

    /// Which of the block's scalars are struck out.
    static func struckScalars(_ block: TextBlock, styles: [InlineStyle]) -> [Bool] {
        let count = block.text.unicodeScalars.count
        var struck = Array(repeating: false, count: count)
        for style in styles where style.kind == .strikethrough && style.start < block.end && style.end > block.start {
            let from = max(0, style.start - block.start), to = min(count, style.end - block.start)
            if from < to { for index in from..<to { struck[index] = true } }
        }
        return struck
    }

    /// The flags carried to where the text moved (`position`, from `original` to `shown`); text
    /// put in (a mark's "[", a pipe's "\\") is not struck, the character after it is.
    static func moved(_ struck: [Bool], _ position: [Int], original: [Unicode.Scalar], shown: [Unicode.Scalar]) -> [Bool] {
        var result = Array(repeating: false, count: shown.count)
        for (index, isStruck) in struck.enumerated() where isStruck && index < position.count && index < original.count {
            var target = position[index]
            if target < shown.count, shown[target] != original[index] { target += 1 }
            if target < shown.count { result[target] = true }
        }
        return result
    }

    static func stroked(_ scalars: [Unicode.Scalar], _ range: Range<Int>, struck: [Bool]) -> [Unicode.Scalar] {
        guard range.contains(where: { $0 < struck.count && struck[$0] }) else { return Array(scalars[range]) }
        var result: [Unicode.Scalar] = []
        for index in range {
            result.append(scalars[index])
            if index < struck.count, struck[index], !TextWrapper.isSpace(scalars[index]) { result.append(combiningStroke) }
        }
        return result
    }

    /// A table as the reader draws it, within `width`; with entities, the marks are part of the
    /// cells' text, so columns are sized with them (records when a grid of them cannot fit); with ASCII borders, a pipe in a cell is printed "\|".
    static func tableLines(
        _ block: TextBlock, shape: TableShape, width: Int, borders: TableBorders, entities: ArticleEntities?, struck: [Bool] = []
    ) -> [String] {
        var shape = shape
        var scalars = Array(block.text.unicodeScalars)
        var struck = struck
        var marks: [Range<Int>] = []
        var asRecords: Bool? = nil
        if let entities {
            // Records where the unmarked table is records; otherwise the marks (kept whole, widening
            // their columns) go through the same fitting, so the output never passes `width`.
            if TableLayout.draw(shape, scalars: scalars, width: width, borders: borders).isRecords { asRecords = true }
            let (text, position, markRanges) = markedWithPositions(block, entities: entities)
            struck = moved(struck, position, original: scalars, shown: text)
            scalars = text
            marks = markRanges
            shape = remapped(shape, position)
        }
        if borders == .ascii {
            // A pipe in a cell is printed "\|", as in GFM source, so it never reads as a border.
            let (text, position) = escapingPipes(scalars)
            struck = moved(struck, position, original: scalars, shown: text)
            scalars = text
            shape = remapped(shape, position)
            marks = marks.map { position[$0.lowerBound]..<position[$0.upperBound] }
        }
        let drawing = TableLayout.draw(shape, scalars: scalars, width: width, borders: borders, keptWhole: marks, asRecords: asRecords)
        return drawing.lines.map { line in
            var row: [Unicode.Scalar] = []
            var column = 0
            for piece in line.pieces {
                if piece.column > column {
                    row += Array(repeating: " ", count: piece.column - column)
                    column = piece.column
                }
                let text: [Unicode.Scalar]
                switch piece.content {
                case .border(let border): text = Array(border.unicodeScalars)
                case .text(let range, _): text = stroked(scalars, range, struck: struck)
                }
                row += text
                column += TextWrapper.columns(of: text)
            }
            return TextSanitizer.sanitize(String(String.UnicodeScalarView(row)), keepNewlines: false)
        }
    }

    /// The shape over text whose scalar offsets moved to `position` (one entry per offset and one
    /// for the end).
    static func remapped(_ shape: TableShape, _ position: [Int]) -> TableShape {
        var shape = shape
        func moved(_ offset: Int) -> Int { position[min(max(0, offset), position.count - 1)] }
        shape.caption = shape.caption.map { moved($0.lowerBound)..<moved(max($0.lowerBound, $0.upperBound)) }
        shape.rows = shape.rows.map { row in
            row.map { cell in
                var moved = cell
                moved.start = position[min(max(0, cell.start), position.count - 1)]
                moved.end = position[min(max(cell.start, cell.end), position.count - 1)]
                return moved
            }
        }
        return shape
    }

    /// The text with each "|" written "\|", and where each offset went.
    static func escapingPipes(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
        var result: [Unicode.Scalar] = []
        var position: [Int] = []
        result.reserveCapacity(scalars.count)
        for scalar in scalars {
            position.append(result.count)
            if scalar == "|" { result.append("\\") }
            result.append(scalar)
        }
        position.append(result.count)
        return (result, position)
    }

    /// A block's text with its mentions marked, and where each scalar offset of the block went
    /// (one entry per offset and one for the end; a cell boundary stays outside the marks).
    static func markedWithPositions(_ block: TextBlock, entities: ArticleEntities) -> ([Unicode.Scalar], [Int], [Range<Int>]) {
        let scalars = Array(block.text.unicodeScalars)
        var result: [Unicode.Scalar] = []
        var position = Array(repeating: 0, count: scalars.count + 1)
        var cursor = 0
        var marks: [Range<Int>] = []
        func copy(upTo end: Int) {
            while cursor < end {
                position[cursor] = result.count
                result.append(scalars[cursor])
                cursor += 1
            }
        }
        for span in entities.spans(overlapping: block.start..<block.end) {
            let from = max(0, span.start - block.start)
            let to = min(scalars.count, span.end - block.start)
            guard from >= cursor, from < to else { continue }
            copy(upTo: from)
            position[from] = result.count
            result.append("[")
            let opening = result.count
            copy(upTo: to)
            position[from] = opening - 1
            result += Array("]{\(span.label.rawValue)}".unicodeScalars)
            marks.append((opening - 1)..<result.count)
        }
        copy(upTo: scalars.count)
        position[scalars.count] = result.count
        return (result, position, marks)
    }
}
