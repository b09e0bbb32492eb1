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
            if case .table(let shape) = block.kind {
                output += tableLines(block, shape: shape, width: width, borders: borders, entities: entities)
                continue
            }
            let text = entities.map { marked(block, entities: $0) } ?? (text: block.text, marks: [])
            let scalars = Array(text.text.unicodeScalars)
            let indentWidth = ArticleLayout.indent(of: block.kind)
            let quoteBars = block.kind.quoteDepth
            let indent = quoteBars > 0 ? String(repeating: borders.quoteBar + " ", count: quoteBars) : String(repeating: " ", count: indentWidth)
            let rows = ArticleLayout.wrap(
                scalars, kind: block.kind, width: max(1, width - indentWidth), longURLs: .overflow, keptWhole: text.marks)
            for range in rows {
                let shown = String(String.UnicodeScalarView(borders.drawn(row: scalars[range])))
                output.append(indent + TextSanitizer.sanitize(shown, keepNewlines: false))
            }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// A block's text with its entity mentions marked, and where each mark is (in scalars), so
    /// wrapping never breaks one.
    static func marked(_ block: TextBlock, entities: ArticleEntities) -> (text: String, marks: [Range<Int>]) {
        let scalars = Array(block.text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var marks: [Range<Int>] = []
        var length = 0
        var cursor = 0
        for span in entities.spans(overlapping: block.start..<block.end) {
            let from = max(0, span.start - block.start)
            let to = min(scalars.count, span.end - block.start)
            guard from >= cursor, from < to else { continue }
            result.append(contentsOf: scalars[cursor..<from])
            length += from - cursor
            let mark = ["["] + scalars[from..<to] + Array("]{\(span.label.rawValue)}".unicodeScalars)
            result.append(contentsOf: mark)
            marks.append(length..<(length + mark.count))
            length += mark.count
            cursor = to
        }
        result.append(contentsOf: scalars[cursor...])
        return (String(result), marks)
    }

    /// A table as the reader draws it; with entities, the marks are part of the cells' text, so
    /// columns are sized with them; with ASCII borders, a pipe in a cell is printed "\|".
    static func tableLines(_ block: TextBlock, shape: TableShape, width: Int, borders: TableBorders, entities: ArticleEntities?) -> [String] {
        var shape = shape
        var scalars = Array(block.text.unicodeScalars)
        var marks: [Range<Int>] = []
        var asRecords: Bool? = nil
        if let entities {
            // Grid or records as without marks; the marks are kept whole and widen their columns.
            asRecords = TableLayout.draw(shape, scalars: scalars, width: width, borders: borders).isRecords
            let (text, position, markRanges) = markedWithPositions(block, entities: entities)
            scalars = text
            marks = markRanges
            shape = remapped(shape, position)
        }
        if borders == .ascii {
            // A pipe in a cell is printed "\|", as in GFM source, so it never reads as a border.
            let (text, position) = escapingPipes(scalars)
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
                case .text(let range, _): text = Array(scalars[range])
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
