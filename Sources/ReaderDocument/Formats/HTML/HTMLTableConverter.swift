/// Tables: a data table becomes one table block (its cells' text in reading order and a
/// `TableShape`); a layout table (a single row or column, a nested table, role="presentation")
/// is read as ordinary blocks.
extension HTMLBodyConverter {
    /// Column and row spans beyond these are hostile or broken pages.
    static let maximumColumnSpan = 100
    static let maximumRowSpan = 1_000

    static func isDataTable(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Bool {
        if let role = tree.attribute("role", of: node)?.lowercased(), role == "presentation" || role == "none" { return false }
        var rows = 0, widest = 0
        for index in (node + 1)..<tree[node].subtreeEnd {
            switch tree.tag(index) {
            case .table:
                return false
            case .tr:
                rows += 1
                widest = max(widest, tree.children(of: index).reduce(0) { count, child in
                    let tag = tree.tag(child)
                    return tag == .td || tag == .th ? count + Self.span("colspan", of: child, in: tree, maximum: maximumColumnSpan) : count
                })
            default:
                break
            }
        }
        return rows >= 2 && widest >= 2
    }

    static func span(_ name: String, of node: HTMLTree.NodeIndex, in tree: HTMLTree, maximum: Int) -> Int {
        min(max(1, Int(tree.attribute(name, of: node)?.trimmingWhitespace() ?? "") ?? 1), maximum)
    }

    mutating func table(_ node: HTMLTree.NodeIndex) {
        // Never inside a cell: a table with a nested table is a layout table.
        if inCell { return children(of: node) }
        guard Self.isDataTable(node, in: tree) else {
            builder.startBlock(contextKind)
            children(of: node)
            builder.startBlock(contextKind)
            return
        }
        let outerKind = contextKind
        builder.startBlock(.table(TableShape(rows: [], headerRows: 0)))
        inCell = true
        defer { inCell = false }
        var caption: Range<Int>?
        if let captionNode = tree.children(of: node).first(where: { tree.tag($0) == .caption && !furniture[$0] }) {
            children(of: captionNode)
            if builder.scalarLength > 0 { caption = 0..<builder.scalarLength }
        }
        var rows: [[TableShape.Cell]] = []
        var headerRows = 0
        var rowSpans: [Int: Int] = [:]
        for (row, inHead) in rowNodes(of: node) {
            var cells: [TableShape.Cell] = []
            var column = 0
            func coverRowSpans() {
                while let left = rowSpans[column], left > 0 {
                    rowSpans[column] = left - 1
                    cells.append(TableShape.Cell(start: builder.scalarLength, end: builder.scalarLength))
                    column += 1
                }
            }
            for cellNode in tree.children(of: row) where !furniture[cellNode] {
                let tag = tree.tag(cellNode)
                guard tag == .td || tag == .th else { continue }
                coverRowSpans()
                if builder.scalarLength > 0 { builder.appendSeparator() }
                let start = builder.scalarLength
                children(of: cellNode)
                let columnSpan = Self.span("colspan", of: cellNode, in: tree, maximum: Self.maximumColumnSpan)
                let rowSpan = Self.span("rowspan", of: cellNode, in: tree, maximum: Self.maximumRowSpan)
                if rowSpan > 1 { for covered in column..<column + columnSpan { rowSpans[covered] = rowSpan - 1 } }
                cells.append(TableShape.Cell(
                    start: start, end: builder.scalarLength, columnSpan: columnSpan, isHeader: tag == .th,
                    alignment: alignment(of: cellNode) ?? alignment(of: row) ?? .left, rowSpan: rowSpan))
                column += columnSpan
            }
            coverRowSpans()
            guard !cells.isEmpty else { continue }
            if headerRows == rows.count, inHead || cells.allSatisfy(\.isHeader) { headerRows += 1 }
            rows.append(cells)
        }
        builder.setKind(.table(TableShape(caption: caption, rows: rows, headerRows: headerRows)))
        builder.startBlock(outerKind)
    }

    /// The table's rows in order, and whether each is in `<thead>`.
    private func rowNodes(of table: HTMLTree.NodeIndex) -> [(HTMLTree.NodeIndex, Bool)] {
        var rows: [(HTMLTree.NodeIndex, Bool)] = []
        for child in tree.children(of: table) where !furniture[child] {
            switch tree.tag(child) {
            case .tr:
                rows.append((child, false))
            case .thead, .tbody, .tfoot:
                for row in tree.children(of: child) where tree.tag(row) == .tr && !furniture[row] {
                    rows.append((row, tree.tag(child) == .thead))
                }
            default:
                break
            }
        }
        return rows
    }

    private func alignment(of node: HTMLTree.NodeIndex) -> TableShape.Alignment? {
        switch tree.attribute("align", of: node)?.lowercased().trimmingWhitespace() {
        case "right": .right
        case "center", "middle": .center
        case "left", "justify": .left
        default: nil
        }
    }

    /// A block inside a table cell (a paragraph, a list item, a heading) is a line of the cell.
    mutating func cellLines(_ node: HTMLTree.NodeIndex) {
        builder.softLineBreak()
        if Self.role(of: tree.tag(node)).isItem { builder.append("• ") }
        children(of: node)
        builder.softLineBreak()
    }

    static func isBlockLevel(_ role: Role) -> Bool {
        switch role {
        case .heading, .block, .list, .item, .quote, .preformatted, .rule: true
        default: false
        }
    }
}

extension HTMLBodyConverter.Role {
    var isItem: Bool {
        if case .item = self { return true }
        return false
    }
}
