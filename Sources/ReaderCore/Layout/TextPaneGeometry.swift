import ReaderText
import ReaderDocument

/// Where the article text sits in the text pane, and which character of it each cell shows.
/// The text view draws by it and the mouse hit-tests by it, so a click lands on the character
/// drawn under the pointer at any width.
public struct TextPaneGeometry: Equatable, Sendable {
    /// One scalar of a drawn row: its plain-text offset, its first cell and the cells it takes
    /// (none for a mark drawn on the character before it, or a scalar that is never painted).
    public struct DrawnScalar: Equatable, Sendable {
        public var offset: Int
        public var x: Int
        public var width: Int
    }

    /// The pane below its title row: where the rows of text are drawn.
    public var content: Rect
    /// The text column's left edge, from the content's left edge.
    public var columnX: Int
    /// The width the text is wrapped to.
    public var columnWidth: Int

    /// The text column is at most `maxTextWidth`, centred, with a margin of one.
    public init(content: Rect, maxTextWidth: Int = PaneWidths.standard.maxTextWidth) {
        self.content = content
        if content.width > 4 {
            columnWidth = min(maxTextWidth, content.width - 2)
            columnX = (content.width - columnWidth) / 2
        } else {
            columnWidth = max(1, content.width)
            columnX = 0
        }
    }

    /// The screen column where the text column starts.
    public var textLeft: Int { content.x + columnX }

    /// The screen column after the text column (never past the pane).
    public var textLimit: Int { min(content.maxX, textLeft + columnWidth) }

    /// The widest a table is drawn: the pane less a margin on each side.
    public var tableWidth: Int { content.width - 2 }

    /// Where a table line starts: in the text column, or further left, as far as the pane's
    /// margin, for a table wider than the column.
    public func tableLeft(width: Int) -> Int {
        content.x + max(1, min(columnX, content.width - 1 - width))
    }

    /// Where the text of a block's rows starts: quotes, list items and code are indented.
    public func rowLeft(of kind: TextBlock.Kind) -> Int {
        textLeft + ArticleLayout.indent(of: kind)
    }

    /// Where a row's text starts: a list item's rows after its first are set under its text.
    public func rowLeft(of position: RowPosition, in layout: ArticleLayout) -> Int {
        rowLeft(of: layout.article.blocks[position.block].kind) + (position.row > 0 ? layout.hangingIndent(ofBlock: position.block) : 0)
    }

    /// The layout row drawn on a row of the content when the pane shows the text from `top`;
    /// nil below the article's last row.
    public func position(atRow row: Int, from top: RowPosition, in layout: ArticleLayout) -> RowPosition? {
        guard row >= 0 else { return nil }
        let position = layout.advance(top, by: row)
        guard row == 0 || layout.advance(top, by: row - 1) != position else { return nil }
        return position
    }

    /// The plain-text offset of the character drawn at a screen cell; left of a row's text, its
    /// first character, right of it, the row's end. Nil outside the content or below the article.
    public func offset(atX x: Int, y: Int, top: RowPosition, in layout: ArticleLayout) -> Int? {
        guard x >= content.x, x < content.maxX,
              let position = position(atRow: y - content.y, from: top, in: layout) else { return nil }
        let range = layout.plainTextRange(of: position)
        let drawn = scalars(drawnOn: position, in: layout)
        if let hit = drawn.first(where: { $0.width > 0 && x < $0.x + $0.width }) { return hit.offset }
        return range.isEmpty ? range.lowerBound : range.upperBound
    }

    /// The scalars a layout row shows, left to right, with the cells each is drawn in: for text,
    /// from the row's indent; for a table line, cell text at its columns (borders are not text).
    public func scalars(drawnOn position: RowPosition, in layout: ArticleLayout) -> [DrawnScalar] {
        let rows = layout.rows(ofBlock: position.block)
        guard position.row < rows.count else { return [] }
        let block = layout.article.blocks[position.block]
        let scalars = layout.scalars(ofBlock: position.block)
        var drawn: [DrawnScalar] = []
        func place(_ range: Range<Int>, from x: Int) {
            var cell = x
            for index in range {
                let width = TextWrapper.columns(layout.tableBorders.drawn(scalars[index]))
                drawn.append(DrawnScalar(offset: block.start + index, x: cell, width: width))
                cell += width
            }
        }
        if let table = layout.table(ofBlock: position.block) {
            guard position.row < table.lines.count else { return [] }
            let left = tableLeft(width: table.width)
            for piece in table.lines[position.row].pieces {
                if case .text(let range, _) = piece.content { place(range, from: left + piece.column) }
            }
        } else {
            place(rows[position.row], from: rowLeft(of: position, in: layout))
        }
        return drawn
    }
}
