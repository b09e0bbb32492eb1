import Foundation

/// Cleans the content found: removes footers, asides, share widgets and form controls, headings
/// whose class says furniture, and, "conditionally", tables, lists and blocks that look like
/// furniture by their numbers (more images than paragraphs, more list items than paragraphs,
/// mostly links, inputs, or next to no text). Data tables and code are never cleaned.
struct ContentCleaner {
    let finder: ContentFinder
    private var tree: ContentTree
    private var dataTables: Set<Int> = []
    private let pieces: [ContentPiece]

    init(finder: ContentFinder, pieces: [ContentPiece]) {
        self.finder = finder
        tree = finder.content
        self.pieces = pieces
    }

    /// The content tree with everything cleaned away marked removed.
    mutating func clean() -> ContentTree {
        markDataTables()
        conditionallyClean(.form)
        conditionallyClean(.fieldset)
        remove(contentNodes { [.footer, .aside, .nav, .link].contains($1) })
        removeShareWidgets()
        remove(contentNodes { [.input, .textarea, .select, .button, .dialog].contains($1) })
        let finder = self.finder
        remove(contentNodes { node, tag in (tag == .h1 || tag == .h2) && finder.classWeight(node) < 0 })
        conditionallyClean(.table)
        conditionallyClean(.ul)
        conditionallyClean(.div)
        return tree
    }

    /// Every node of the content, in page order, that is still there.
    private func contentNodes(_ accept: (Int, HTMLTag) -> Bool) -> [Int] {
        var found: [Int] = []
        for piece in pieces {
            for root in piece.nodes {
                var position = root
                let end = tree.subtreeEnd(root)
                while position < end {
                    if tree.removed[position] { position = tree.subtreeEnd(position); continue }
                    if accept(position, tree.tag(position)) { found.append(position) }
                    position += 1
                }
            }
        }
        return found
    }

    private mutating func remove(_ nodes: [Int]) {
        for node in nodes { tree.remove(node) }
    }

    /// Small elements below a piece whose class or id says "share".
    private mutating func removeShareWidgets() {
        for piece in pieces {
            let roots: [Int]
            switch piece {
            case .node(let node): roots = tree.children(of: node)
            case .run(let nodes): roots = nodes
            }
            for root in roots {
                var position = root
                let end = tree.subtreeEnd(root)
                while position < end {
                    if tree.removed[position] || tree.tag(position) == .text {
                        position = tree.removed[position] ? tree.subtreeEnd(position) : position + 1
                        continue
                    }
                    if tree.classFlags[position].contains(.share), tree.textLength(of: position) < 500 {
                        tree.remove(position)
                        position = tree.subtreeEnd(position)
                        continue
                    }
                    position += 1
                }
            }
        }
    }

    // MARK: - Data tables

    /// Tables that hold data rather than lay out the page: a caption, header cells, or many
    /// rows and columns.
    private mutating func markDataTables() {
        for table in contentNodes({ $1 == .table }) where isDataTable(table) { dataTables.insert(table) }
    }

    private func isDataTable(_ table: Int) -> Bool {
        if tree.tree.attribute("role", of: table) == "presentation" { return false }
        var rows = 0
        var columns = 0
        var cellsInRow = 0
        var position = table + 1
        let end = tree.subtreeEnd(table)
        while position < end {
            switch tree.tag(position) {
            case .caption:
                if tree.tree[position].firstChild != nil { return true }
            case .thead, .tfoot, .th:
                return true
            case .table:
                return false
            case .tr:
                columns = max(columns, cellsInRow)
                cellsInRow = 0
                rows += 1
            case .td:
                cellsInRow += 1
            default:
                break
            }
            position += 1
        }
        columns = max(columns, cellsInRow)
        if columns == 1 || rows == 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }

    // MARK: - Conditional cleaning

    private mutating func conditionallyClean(_ wanted: HTMLTag) {
        guard finder.flags.contains(.cleanConditionally) else { return }
        let finder = self.finder
        let nodes = contentNodes { node, tag in
            if wanted == .div {
                return (tag == .div && !finder.paragraphLike.contains(node)) || finder.joinedAsDivs.contains(node)
            }
            if wanted == .ul { return tag == .ul || tag == .ol }
            return tag == wanted
        }
        for node in nodes.reversed() where !tree.removed[node] && shouldRemove(node, tag: wanted) {
            tree.remove(node)
        }
    }

    private func shouldRemove(_ node: Int, tag: HTMLTag) -> Bool {
        let stats = tree.measure(node, dataTables: dataTables)
        let ownRuns = finder.runs[node]?.count ?? 0
        var isList = tag == .ul || tree.tag(node) == .ul || tree.tag(node) == .ol
        if !isList, stats.text > 0 { isList = Double(stats.listText) / Double(stats.text) > 0.9 }
        if tag == .table, dataTables.contains(node) { return false }
        if tree.hasAncestor(node, tag: .table, depth: nil, where: { dataTables.contains($0) }) { return false }
        if tree.hasAncestor(node, tag: .code) { return false }
        if stats.dataTables > 0 { return false }
        let weight = finder.classWeight(node)
        if weight < 0 { return true }
        guard stats.latinCommas < 10 else { return false }

        let paragraphs = stats.paragraphs + ownRuns + paragraphLikeBelow(node)
        let images = stats.images
        let listItems = stats.listItems - 100
        let text = Double(max(stats.text, 1))
        let headingDensity = Double(stats.headingText) / text
        let linkDensity = Double(stats.linkText) / text
        let textish = stats.textishText + (ownRuns > 0 ? 1 : 0)
        let isFigureChild = tree.hasAncestor(node, tag: .figure)
        if stats.text < 20, Self.isAdOrLoadingText(tree.text(of: node)) { return true }

        var remove = false
        if !isFigureChild, images > 1, Double(paragraphs) / Double(images) < 0.5 { remove = true }
        if !isList, listItems > paragraphs { remove = true }
        if stats.inputs > paragraphs / 3 { remove = true }
        if !isList, !isFigureChild, headingDensity < 0.9, stats.text < 25, images == 0 || images > 2, linkDensity > 0 {
            remove = true
        }
        if !isList, weight < 25, linkDensity > 0.2 { remove = true }
        if weight >= 25, linkDensity > 0.5 { remove = true }
        if images == 0, textish == 0 { remove = true }

        // A list of images stays.
        if isList, remove {
            for child in tree.children(of: node) where tree.tag(child) != .text {
                if tree.children(of: child).count(where: { tree.tag($0) != .text }) > 1 { return true }
            }
            if images == stats.listItems { return false }
        }
        return remove
    }

    private func paragraphLikeBelow(_ node: Int) -> Int {
        guard !finder.paragraphLike.isEmpty || !finder.runs.isEmpty else { return 0 }
        var count = 0
        var position = node + 1
        let end = tree.subtreeEnd(node)
        while position < end {
            if tree.removed[position] { position = tree.subtreeEnd(position); continue }
            if finder.paragraphLike.contains(position) { count += 1 }
            if let runs = finder.runs[position] { count += runs.count }
            position += 1
        }
        return count
    }

    /// "Advertisement", "Loading…" and their like in a few languages.
    static func isAdOrLoadingText(_ text: String) -> Bool {
        let lower = text.lowercased()
        let ads: Set<String> = ["ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio"]
        if ads.contains(lower) { return true }
        for word in ["loading", "正在加载", "загрузка", "chargement", "cargando"] {
            if lower == word || lower == word + "…" || lower == word + "..." { return true }
        }
        return false
    }
}
