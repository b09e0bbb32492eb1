/// The structure of a table block over its text. The text is the caption and then the cells in
/// reading order (row by row), each followed by a newline but the last: that is what the table
/// contributes to the article's plain text, so search, entities and highlights find cell text
/// at ordinary code point offsets. Offsets here are relative to the block, in Unicode scalars.
public struct TableShape: Hashable, Sendable, Codable {
    public enum Alignment: String, Hashable, Sendable, Codable {
        case left, center, right
    }

    public struct Cell: Hashable, Sendable, Codable {
        public var start: Int
        public var end: Int
        /// Columns the cell covers, at least 1.
        public var columnSpan: Int
        public var isHeader: Bool
        public var alignment: Alignment
        /// Rows the cell covers when more than 1 (HTML rowspan); the rows below hold an empty cell
        /// in its place. Optional so shapes stored before it decode.
        public var rowSpan: Int?

        public init(
            start: Int, end: Int, columnSpan: Int = 1, isHeader: Bool = false, alignment: Alignment = .left, rowSpan: Int = 1
        ) {
            self.start = start
            self.end = end
            self.columnSpan = max(1, columnSpan)
            self.isHeader = isHeader
            self.alignment = alignment
            self.rowSpan = rowSpan > 1 ? rowSpan : nil
        }

        public var rowsCovered: Int { max(1, rowSpan ?? 1) }

        public var range: Range<Int> { start..<max(start, end) }
    }

    public var caption: Range<Int>?
    public var rows: [[Cell]]
    /// The leading rows that are headers (`<thead>`, rows of `<th>`, a GFM table's first row).
    public var headerRows: Int

    public init(caption: Range<Int>? = nil, rows: [[Cell]], headerRows: Int) {
        self.caption = caption
        self.rows = rows
        self.headerRows = min(max(0, headerRows), rows.count)
    }

    public var columnCount: Int {
        rows.map { $0.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
    }
}

/// How table borders are drawn: box-drawing characters, or ASCII where the locale or config asks.
public enum TableBorders: String, Hashable, Sendable, CaseIterable {
    case unicode, ascii

    /// The quote bar Reader draws beside block quotes.
    public var quoteBar: String { self == .ascii ? "|" : "│" }

    /// A scalar as drawn: with ASCII borders, the list bullet is "*" and a task box "o" or "x"
    /// (same width, so rows keep their layout); everything else as it is.
    public func drawn(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard self == .ascii else { return scalar }
        switch scalar {
        case "•": return "*"
        case "☐": return "o"
        case "☑": return "x"
        default: return scalar
        }
    }

    /// A row's scalars as drawn: with ASCII borders, a task item's bullet and box, "• ☐" and
    /// "• ☑", are "[ ]" and "[x]" (the same three cells); the rest scalar by scalar.
    public func drawn<Scalars: Collection<Unicode.Scalar>>(row scalars: Scalars) -> [Unicode.Scalar] {
        var shown = scalars.map(drawn)
        guard self == .ascii, shown.count >= 3 else { return shown }
        let original = Array(scalars)
        for index in 0...(original.count - 3) where original[index] == "•" && original[index + 1] == " " {
            let box = original[index + 2]
            guard box == "☐" || box == "☑" else { continue }
            shown[index] = "["
            shown[index + 1] = box == "☑" ? "x" : " "
            shown[index + 2] = "]"
        }
        return shown
    }

    /// ASCII unless the locale's character set is UTF-8 (LC_ALL, else LC_CTYPE, else LANG).
    public static func forLocale(_ environment: [String: String]) -> TableBorders {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let upper = locale.uppercased()
        return upper.contains("UTF-8") || upper.contains("UTF8") ? .unicode : .ascii
    }
}
