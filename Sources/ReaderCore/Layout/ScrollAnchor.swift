/// A reading position as a place in the text, not a screen row: it survives resizes and width changes.
///
/// `offset` is a scalar offset inside block `block`; the row shown first is the one containing it.
/// An offset past the block's end stands for the blank row after the block.
public struct ScrollAnchor: Hashable, Sendable, Comparable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static let top = ScrollAnchor(block: 0, offset: 0)

    public static func < (lhs: ScrollAnchor, rhs: ScrollAnchor) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }
}

/// A display row of an article at some width: row `row` of block `block`; `row == rows.count` is
/// the blank gap after the block.
public struct RowPosition: Hashable, Sendable, Comparable {
    public var block: Int
    public var row: Int

    public init(block: Int, row: Int) {
        self.block = block
        self.row = row
    }

    public static func < (lhs: RowPosition, rhs: RowPosition) -> Bool {
        (lhs.block, lhs.row) < (rhs.block, rhs.row)
    }
}
