import CCmarkGFM
import Foundation
import ReaderText

/// Walks cmark-gfm's syntax tree into body blocks: the blocks, styles and numbered links the HTML
/// path gives for cmark-gfm's HTML, without writing and re-reading that HTML. Raw HTML blocks go
/// through the HTML path; inline raw HTML is read tag by tag (emphasis, strong, code, struck-out
/// text, links and line breaks take effect, other tags are dropped, as the HTML path drops them).
///
/// The walk uses cmark's iterator, not recursion: a thousand nested quotes are a deep tree.
struct MarkdownBodyConverter {
    private var builder = StyledTextBuilder()
    private var numbering: LinkNumbering
    private var lists: [(ordered: Bool, counter: Int)] = []
    /// For each open list, whether its current item's first block is written (see HTMLBodyConverter).
    private var itemContinues: [Bool] = []
    private var quoteDepth = 0
    private var inFootnotes = false
    /// Where each open emphasis, strong, struck-out or link node started, and the link's number.
    private var openStyles: [(start: Int, link: Int?)] = []
    /// Inline HTML elements opened and not yet closed in the current block.
    private var openTags: [(tag: HTMLTag, start: Int, link: Int?)] = []
    private var table: TableInProgress?
    /// Extension node types (tables, strikethrough) by cmark's number for them.
    private var extensionKinds: [UInt32: ExtensionKind] = [:]

    private enum ExtensionKind { case table, row, cell, strikethrough, unknown }

    /// A GFM table being read: a data table's cells, or a layout table read as paragraphs.
    private struct TableInProgress {
        var isData: Bool
        var outerKind: TextBlock.Kind
        var alignments: [TableShape.Alignment]
        var rows: [[TableShape.Cell]] = []
        var headerRows = 0
        var row: [TableShape.Cell] = []
        var rowIsHeader = false
        var cellStart = 0
    }

    private init(base: URL?) {
        numbering = LinkNumbering(base: base)
    }

    /// The blocks of a Markdown text (front matter already taken off), then the list of its links
    /// unless `listingLinks` is false (the beginning of a file, whose list comes with the rest).
    ///
    /// It is read without the autolink extension first; a text node with something the extension
    /// would link ("www.", "://", "@") ends that walk, and the text is read again with it. Either
    /// way the tree is the one cmark-gfm gives with all its extensions.
    static func convert(_ markdown: String, base: URL?, listingLinks: Bool = true) -> (body: [BodyBlock], links: [ArticleLink]) {
        var markdown = markdown
        var features = MarkdownSyntax.Features(autolinks: false, footnotes: MarkdownSyntax.mayHoldFootnotes(&markdown))
        var converter = MarkdownBodyConverter(base: base)
        let complete = MarkdownSyntax.withDocument(markdown, features: features) { document, _ in
            converter.walk(document, stopAtAutolink: true)
        } ?? true
        if !complete {
            features.autolinks = true
            converter = MarkdownBodyConverter(base: base)
            MarkdownSyntax.withDocument(markdown, features: features) { document, _ in _ = converter.walk(document, stopAtAutolink: false) }
        }
        var blocks = converter.builder.takeBlocks()
        let links = converter.numbering.links
        if listingLinks { blocks.append(contentsOf: HTMLBodyConverter.linkList(links)) }
        return (blocks, links)
    }

    /// False when it stopped at a text node the autolink extension would have changed.
    private mutating func walk(_ document: OpaquePointer, stopAtAutolink: Bool) -> Bool {
        guard let iterator = cmark_iter_new(document) else { return true }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                if stopAtAutolink, cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                    let found = literal.withMemoryRebound(to: UInt8.self, capacity: 1) {
                        MarkdownSyntax.mayHoldAutolink(UnsafeBufferPointer(start: $0, count: strlen(literal)))
                    }
                    if found { return false }
                }
                enter(node)
            } else {
                exit(node)
            }
        }
        if inFootnotes { endFootnotes() }
        return true
    }

    private var contextKind: TextBlock.Kind {
        if !lists.isEmpty { return .listItem(depth: lists.count - 1 + (itemContinues.last == true ? 1 : 0)) }
        return quoteDepth > 0 ? .quote(depth: quoteDepth) : .paragraph
    }

    private mutating func nextBlock() {
        if !itemContinues.isEmpty, builder.hasContent { itemContinues[itemContinues.count - 1] = true }
        builder.startBlock(contextKind)
    }

    private var inCell: Bool { table?.isData == true }

    private mutating func enter(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            appendLiteral(of: node)
        case CMARK_NODE_SOFTBREAK:
            builder.append("\n")
        case CMARK_NODE_LINEBREAK:
            if inCell { builder.softLineBreak() } else { builder.lineBreak() }
        case CMARK_NODE_CODE:
            let start = builder.styleStart()
            appendLiteral(of: node)
            builder.addStyle(.code, from: start)
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            openStyles.append((builder.styleStart(), nil))
        case CMARK_NODE_LINK:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let number = numbering.number(for: LinkDestination.href(url))
            openStyles.append((builder.styleStart(), number))
        case CMARK_NODE_IMAGE:
            break  // its description is read as text in its place
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let label = HTMLBodyConverter.normalised(literal(of: node), keepingCase: true)
            _ = builder.styleStart()
            if !label.isEmpty { builder.appendMarker("[^\(label)]", style: .reference) }
        case CMARK_NODE_HTML_INLINE:
            inlineHTML(InlineHTMLTag(literal(of: node)))
        case CMARK_NODE_PARAGRAPH:
            if !builder.holdsOnlyPrefix { nextBlock() }
        case CMARK_NODE_HEADING:
            builder.startBlock(.heading(level: Int(cmark_node_get_heading_level(node))))
        case CMARK_NODE_BLOCK_QUOTE:
            quoteDepth += 1
            builder.startBlock(.quote(depth: quoteDepth))
        case CMARK_NODE_LIST:
            nextBlock()
            lists.append((ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, counter: Int(cmark_node_get_list_start(node))))
            itemContinues.append(false)
        case CMARK_NODE_ITEM:
            startItem(footnote: false, taskBox: taskBox(of: node))
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            if !inFootnotes { startFootnotes() }
            startItem(footnote: true, taskBox: nil)
            builder.stylePrefix(.reference)
        case CMARK_NODE_CODE_BLOCK:
            builder.startBlock(.code)
            builder.preformatted = true
            appendLiteral(of: node)
            builder.preformatted = false
            nextBlock()
        case CMARK_NODE_HTML_BLOCK:
            htmlBlock(literal(of: node))
        case CMARK_NODE_THEMATIC_BREAK:
            nextBlock()
        case CMARK_NODE_DOCUMENT:
            break
        default:
            enterExtension(node)
        }
    }

    private mutating func exit(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_EMPH:
            closeStyle(.emphasis)
        case CMARK_NODE_STRONG:
            closeStyle(.strong)
        case CMARK_NODE_LINK:
            closeLink()
        case CMARK_NODE_PARAGRAPH:
            closeOpenTags()
            if table?.isData != true { nextBlock() }
        case CMARK_NODE_HEADING:
            closeOpenTags()
            nextBlock()
        case CMARK_NODE_BLOCK_QUOTE:
            quoteDepth -= 1
            nextBlock()
        case CMARK_NODE_LIST:
            lists.removeLast()
            itemContinues.removeLast()
            nextBlock()
        case CMARK_NODE_ITEM, CMARK_NODE_FOOTNOTE_DEFINITION:
            endItem()
        default:
            exitExtension(node)
        }
    }

    // MARK: Lists and footnotes

    /// A footnote's item is numbered "[^n]", as the references to it are.
    private mutating func startItem(footnote: Bool, taskBox: String?) {
        var bullet = "• "
        if var list = lists.last {
            bullet = footnote ? "[^\(list.counter)] " : list.ordered ? "\(list.counter). " : "• "
            list.counter += 1
            lists[lists.count - 1] = list
        }
        builder.finishBlock()
        if !itemContinues.isEmpty { itemContinues[itemContinues.count - 1] = false }
        // The box is part of the bullet: a loose item's first paragraph stays beside it.
        builder.startBlock(contextKind, prefix: bullet + (taskBox ?? ""))
    }

    private mutating func endItem() {
        builder.finishBlock()
        if !itemContinues.isEmpty { itemContinues[itemContinues.count - 1] = false }
        builder.startBlock(contextKind)
    }

    private func taskBox(of item: OpaquePointer) -> String? {
        guard let taskList = MarkdownSyntax.taskList, cmark_node_get_syntax_extension(item) == taskList else { return nil }
        return TaskBox.text(checked: cmark_gfm_extensions_get_tasklist_item_checked(item))
    }

    /// cmark-gfm puts the definitions last, in the order of their first reference.
    private mutating func startFootnotes() {
        builder.startBlock(.heading(level: 2))
        builder.append("Footnotes")
        nextBlock()
        inFootnotes = true
        nextBlock()
        lists.append((ordered: true, counter: 1))
        itemContinues.append(false)
    }

    private mutating func endFootnotes() {
        lists.removeLast()
        itemContinues.removeLast()
        nextBlock()
        inFootnotes = false
        nextBlock()
    }

    // MARK: Inline styles

    private mutating func closeStyle(_ kind: InlineStyle.Kind) {
        guard let open = openStyles.popLast() else { return }
        builder.addStyle(kind, from: open.start)
    }

    private mutating func closeLink() {
        guard let open = openStyles.popLast() else { return }
        guard let number = open.link else { return }
        endLink(number: number, from: open.start)
    }

    private mutating func endLink(number: Int, from start: Int) {
        builder.addStyle(.link, from: start)
        builder.appendMarker(builder.styleStart() > start ? " [\(number)]" : "[\(number)]", style: .reference)
    }

    private mutating func inlineHTML(_ piece: InlineHTMLTag) {
        switch piece.kind {
        case .other:
            return
        case .open:
            switch HTMLBodyConverter.role(of: piece.tag) {
            case .lineBreak:
                if inCell { builder.softLineBreak() } else { builder.lineBreak() }
            case .emphasis, .strong, .code, .strikethrough:
                openTags.append((piece.tag, builder.styleStart(), nil))
            case .link:
                let number = piece.attributes["href"].flatMap { numbering.number(for: $0) }
                openTags.append((piece.tag, builder.styleStart(), number))
            default:
                if piece.tag == .input, piece.attributes["type"]?.lowercased() == "checkbox", piece.attributes["disabled"] != nil {
                    builder.append(TaskBox.text(checked: piece.attributes["checked"] != nil))
                }
            }
        case .close:
            guard let index = openTags.lastIndex(where: { $0.tag == piece.tag }) else { return }
            while openTags.count > index { closeTag() }
        }
    }

    private mutating func closeTag() {
        guard let open = openTags.popLast() else { return }
        switch HTMLBodyConverter.role(of: open.tag) {
        case .emphasis: builder.addStyle(.emphasis, from: open.start)
        case .strong: builder.addStyle(.strong, from: open.start)
        case .code: builder.addStyle(.code, from: open.start)
        case .strikethrough: builder.addStyle(.strikethrough, from: open.start)
        case .link: if let number = open.link { endLink(number: number, from: open.start) }
        default: break
        }
    }

    /// The HTML path ends inline elements left open at the end of their block.
    private mutating func closeOpenTags() {
        while !openTags.isEmpty { closeTag() }
    }

    // MARK: Raw HTML blocks

    private mutating func htmlBlock(_ html: String) {
        guard let tree = HTMLParser.parse(Array(("<html><body>" + html + "</body></html>").utf8)) else { return }
        var blocks = HTMLBodyConverter.convertFragment(tree, numbering: &numbering)
        guard !blocks.isEmpty else { return }
        let kind = contextKind
        if kind != .paragraph {
            for index in blocks.indices where blocks[index].kind == .paragraph { blocks[index].kind = kind }
        }
        if !itemContinues.isEmpty, builder.hasContent { itemContinues[itemContinues.count - 1] = true }
        builder.appendBlocks(blocks)
        nextBlock()
    }

    // MARK: Tables and strikethrough

    private mutating func extensionKind(of node: OpaquePointer) -> ExtensionKind {
        let type = cmark_node_get_type(node).rawValue
        if let known = extensionKinds[type] { return known }
        let kind: ExtensionKind =
            switch cmark_node_get_type_string(node).map({ String(cString: $0) }) {
            case "table": .table
            case "table_row", "table_header": .row
            case "table_cell": .cell
            case "strikethrough": .strikethrough
            default: .unknown
            }
        // A row's type string says whether it is the header; the type is the same for both.
        extensionKinds[type] = kind
        return kind
    }

    private mutating func enterExtension(_ node: OpaquePointer) {
        switch extensionKind(of: node) {
        case .strikethrough:
            openStyles.append((builder.styleStart(), nil))
        case .table:
            startTable(node)
        case .row:
            table?.row = []
            table?.rowIsHeader = cmark_gfm_extensions_get_table_row_is_header(node) != 0
            if table?.isData == false, !builder.holdsOnlyPrefix { nextBlock() }
        case .cell:
            guard let current = table else { return }
            if current.isData {
                if builder.scalarLength > 0 { builder.appendSeparator() }
                table?.cellStart = builder.scalarLength
            } else if !builder.holdsOnlyPrefix {
                nextBlock()
            }
        case .unknown:
            break
        }
    }

    private mutating func exitExtension(_ node: OpaquePointer) {
        switch extensionKind(of: node) {
        case .strikethrough:
            closeStyle(.strikethrough)
        case .table:
            endTable()
        case .row:
            guard var current = table else { return }
            if current.isData {
                if !current.row.isEmpty {
                    if current.headerRows == current.rows.count, current.rowIsHeader { current.headerRows += 1 }
                    current.rows.append(current.row)
                }
                table = current
            } else {
                nextBlock()
            }
        case .cell:
            closeOpenTags()
            guard var current = table else { return }
            if current.isData {
                let column = current.row.count
                current.row.append(TableShape.Cell(
                    start: current.cellStart, end: builder.scalarLength, isHeader: current.rowIsHeader,
                    alignment: column < current.alignments.count ? current.alignments[column] : .left))
                table = current
            } else {
                nextBlock()
            }
        case .unknown:
            break
        }
    }

    /// A data table has two rows and two columns at least, as in the HTML path.
    private mutating func startTable(_ node: OpaquePointer) {
        var rows = 0, widest = 0
        var row = cmark_node_first_child(node)
        while let current = row {
            rows += 1
            var cells = 0
            var cell = cmark_node_first_child(current)
            while let next = cell {
                cells += 1
                cell = cmark_node_next(next)
            }
            widest = max(widest, cells)
            row = cmark_node_next(current)
        }
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableShape.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            alignments = (0..<columns).map {
                switch raw[$0] {
                case UInt8(ascii: "r"): .right
                case UInt8(ascii: "c"): .center
                default: .left
                }
            }
        }
        let isData = rows >= 2 && widest >= 2
        table = TableInProgress(isData: isData, outerKind: contextKind, alignments: alignments)
        builder.startBlock(isData ? .table(TableShape(rows: [], headerRows: 0)) : contextKind)
    }

    private mutating func endTable() {
        guard let current = table else { return }
        table = nil
        if current.isData {
            builder.setKind(.table(TableShape(rows: current.rows, headerRows: current.headerRows)))
            builder.startBlock(current.outerKind)
        } else {
            builder.startBlock(contextKind)
        }
    }

    // MARK: Text

    private mutating func appendLiteral(of node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            builder.append(utf8: UnsafeBufferPointer(start: bytes, count: strlen(literal)))
        }
    }

    private func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
