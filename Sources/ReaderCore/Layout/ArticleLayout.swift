import ReaderText
import ReaderEntities
import ReaderDocument

/// An article wrapped to a width, lazily: only blocks that are looked at are wrapped, and their rows
/// are cached until the width changes. Scrolling a 5 MB article touches a screenful of blocks.
///
/// A memo table behind pure functions: the same article and width always give the same rows.
public final class ArticleLayout {
    public let article: Article
    public private(set) var width: Int
    /// Tables may be wider than the text column: up to the pane.
    public private(set) var tableWidth: Int
    public let tableBorders: TableBorders
    private var scalarCache: [[Unicode.Scalar]?]
    private var rowCache: [[Range<Int>]?]
    private var tableCache: [Int: TableDrawing] = [:]

    public init(article: Article, width: Int, tableWidth: Int? = nil, tableBorders: TableBorders = .unicode) {
        self.article = article
        self.width = max(1, width)
        self.tableWidth = max(self.width, tableWidth ?? width)
        self.tableBorders = tableBorders
        scalarCache = Array(repeating: nil, count: article.blocks.count)
        rowCache = Array(repeating: nil, count: article.blocks.count)
    }

    public var blockCount: Int { article.blocks.count }

    /// Re-wraps at a new width; cached rows are dropped only when the width really changes.
    public func setWidth(_ newWidth: Int, tableWidth newTableWidth: Int? = nil) {
        let newWidth = max(1, newWidth)
        let newTableWidth = max(newWidth, newTableWidth ?? newWidth)
        guard newWidth != width || newTableWidth != tableWidth else { return }
        width = newWidth
        tableWidth = newTableWidth
        rowCache = Array(repeating: nil, count: article.blocks.count)
        tableCache = [:]
    }

    /// A table block drawn at the table width; nil for other blocks.
    public func table(ofBlock block: Int) -> TableDrawing? {
        guard case .table(let shape) = article.blocks[block].kind else { return nil }
        if let cached = tableCache[block] { return cached }
        let drawing = TableLayout.draw(shape, scalars: scalars(ofBlock: block), width: tableWidth, borders: tableBorders)
        tableCache[block] = drawing
        return drawing
    }

    public func scalars(ofBlock block: Int) -> [Unicode.Scalar] {
        if let cached = scalarCache[block] { return cached }
        let scalars = Array(article.blocks[block].text.unicodeScalars)
        scalarCache[block] = scalars
        return scalars
    }

    public func rows(ofBlock block: Int) -> [Range<Int>] {
        if let cached = rowCache[block] { return cached }
        if let table = table(ofBlock: block) {
            // A row per drawn line, standing for the text it shows; an empty table keeps one row.
            let rows = table.lines.isEmpty ? [0..<0] : table.lines.map(\.textRange)
            rowCache[block] = rows
            return rows
        }
        let kind = article.blocks[block].kind
        let rows = Self.wrap(scalars(ofBlock: block), kind: kind, width: max(1, width - Self.indent(of: kind)))
        rowCache[block] = rows
        return rows
    }

    /// Columns the rows after a block's first are set in further: a list item's under its text.
    public func hangingIndent(ofBlock block: Int) -> Int {
        let kind = article.blocks[block].kind
        return Self.hangingIndent(scalars(ofBlock: block), kind: kind, width: max(1, width - Self.indent(of: kind)))
    }

    /// The width of a list item's marker ("• ", "12. ", "☐ "), when the rows under it keep room
    /// enough for words; else 0.
    public static func hangingIndent(_ scalars: [Unicode.Scalar], kind: TextBlock.Kind, width: Int) -> Int {
        guard isListItem(kind) else { return 0 }
        let marker = ListMarker.length(of: scalars)
        let columns = TextWrapper.columns(of: scalars[..<marker])
        return width - columns >= minimumHungWidth ? columns : 0
    }

    static let minimumHungWidth = 8

    /// A block's rows: code keeps its lines and indentation, other text is word-wrapped, a list
    /// item's rows after the first under the text after its marker.
    public static func wrap(
        _ scalars: [Unicode.Scalar], kind: TextBlock.Kind, width: Int, longURLs: TextWrapper.LongURLs = .split,
        keptWhole: [Range<Int>] = []
    ) -> [Range<Int>] {
        if kind == .code { return TextWrapper.wrapPreformatted(scalars, width: width) }
        return TextWrapper.wrap(
            scalars, width: width, longURLs: longURLs, keptWhole: keptWhole,
            hangingIndent: hangingIndent(scalars, kind: kind, width: width))
    }

    /// Columns a block is set in from the text's left edge: quotes, list items and code are indented.
    public static func indent(of kind: TextBlock.Kind) -> Int {
        switch kind {
        case .code: return 2
        case .quote, .nestedQuote: return 2 * kind.quoteDepth
        case .listItem(let depth): return 2 * min(max(0, depth), 8)
        default: return 0
        }
    }

    /// Rows a block takes, its trailing gap included (the last block has none).
    private func rowCount(ofBlock block: Int) -> Int {
        rows(ofBlock: block).count + (hasGap(afterBlock: block) ? 1 : 0)
    }

    /// Whether a blank row follows a block: not after the last, nor between items of one list.
    public func hasGap(afterBlock block: Int) -> Bool {
        guard block < blockCount - 1 else { return false }
        return !Self.isListItem(article.blocks[block].kind) || !Self.isListItem(article.blocks[block + 1].kind)
    }

    static func isListItem(_ kind: TextBlock.Kind) -> Bool {
        if case .listItem = kind { return true }
        return false
    }

    public var firstRow: RowPosition { RowPosition(block: 0, row: 0) }

    public var lastRow: RowPosition {
        guard blockCount > 0 else { return firstRow }
        let last = blockCount - 1
        return RowPosition(block: last, row: rows(ofBlock: last).count - 1)
    }

    /// The row an anchor falls in.
    public func position(of anchor: ScrollAnchor) -> RowPosition {
        guard blockCount > 0 else { return firstRow }
        let block = min(max(0, anchor.block), blockCount - 1)
        let rows = rows(ofBlock: block)
        if anchor.block > block || anchor.offset > article.blocks[block].length {
            return hasGap(afterBlock: block) ? RowPosition(block: block, row: rows.count)
                : RowPosition(block: block, row: rows.count - 1)
        }
        if anchor.block < block || anchor.offset <= 0 { return RowPosition(block: block, row: 0) }
        // The last row that starts at or before the offset.
        var low = 0, high = rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if rows[mid].lowerBound <= anchor.offset { low = mid } else { high = mid - 1 }
        }
        return RowPosition(block: block, row: low)
    }

    /// The anchor that keeps a row in place across width changes: its first scalar.
    public func anchor(of position: RowPosition) -> ScrollAnchor {
        guard blockCount > 0 else { return .top }
        let rows = rows(ofBlock: position.block)
        if position.row >= rows.count {
            return ScrollAnchor(block: position.block, offset: article.blocks[position.block].length + 1)
        }
        return ScrollAnchor(block: position.block, offset: rows[position.row].lowerBound)
    }

    /// The row `delta` rows below (negative: above), clamped to the article.
    public func advance(_ position: RowPosition, by delta: Int) -> RowPosition {
        guard blockCount > 0 else { return firstRow }
        var block = position.block
        var row = position.row
        var remaining = delta
        while remaining > 0 {
            let available = rowCount(ofBlock: block) - 1 - row
            if remaining <= available { row += remaining; remaining = 0; break }
            if block == blockCount - 1 { row = rowCount(ofBlock: block) - 1; break }
            remaining -= available + 1
            block += 1
            row = 0
        }
        while remaining < 0 {
            if -remaining <= row { row += remaining; remaining = 0; break }
            if block == 0 { row = 0; break }
            remaining += row + 1
            block -= 1
            row = rowCount(ofBlock: block) - 1
        }
        return RowPosition(block: block, row: row)
    }

    /// Rows below the last line of text for the end marker (the text view draws "— end —" there).
    public static let endMarkerRows = 1

    /// The top row that shows the article's end with the end marker below it on the last of
    /// `height` rows (on a pane of one row, the end without the marker).
    public func bottomTop(height: Int) -> RowPosition {
        advance(lastRow, by: -(max(1, height - Self.endMarkerRows) - 1))
    }

    /// The row showing a scalar offset of `plainText`.
    public func position(ofPlainTextOffset offset: Int) -> RowPosition {
        let blocks = article.blocks
        guard !blocks.isEmpty else { return firstRow }
        var low = 0, high = blocks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blocks[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return position(of: ScrollAnchor(block: low, offset: min(offset - blocks[low].start, blocks[low].length)))
    }

    /// Scalar offset into `plainText` where a row starts.
    public func plainTextOffset(atStartOf position: RowPosition) -> Int {
        plainTextRange(of: position).lowerBound
    }

    /// Scalar offset into `plainText` where a row ends: used for the position percentage.
    public func plainTextOffset(atEndOf position: RowPosition) -> Int {
        plainTextRange(of: position).upperBound
    }

    /// The part of `plainText` a row shows; the gap after a block is an empty range at its end.
    func plainTextRange(of position: RowPosition) -> Range<Int> {
        guard blockCount > 0 else { return 0..<0 }
        let block = article.blocks[position.block]
        let rows = rows(ofBlock: position.block)
        guard position.row < rows.count else { return block.end..<block.end }
        return (block.start + rows[position.row].lowerBound)..<(block.start + rows[position.row].upperBound)
    }
}
