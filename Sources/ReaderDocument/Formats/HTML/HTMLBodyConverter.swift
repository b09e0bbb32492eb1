import Foundation
import ReaderText
import ReaderEntities

/// Turns HTML content into body blocks: headings, paragraphs, lists, block quotes and code, with
/// emphasis, strong, code and numbered links as inline styles. Page furniture (navigation,
/// headers, footers, asides, forms, ads and share widgets) is left out.
public struct HTMLBodyConverter {
    let tree: HTMLTree
    /// The tree's text, as a pointer for the length of the conversion: slices of it cost no
    /// reference counting.
    let text: UnsafeBufferPointer<UInt8>
    /// Which nodes are page furniture, left out with their content.
    let furniture: [Bool]
    var base: URL?
    /// A heading with this text is skipped once (the title, already shown above the body).
    var skipHeading: String?
    /// Images are written as "[image: ALT]" (for a page whose content is its images).
    let showsImages: Bool
    var numbering: LinkNumbering
    var builder = StyledTextBuilder()
    /// Inside a data table's cell: blocks in it become lines of the cell.
    var inCell = false
    private var lists: [(ordered: Bool, counter: Int)] = []
    /// For each open list, whether its current item's first block is written: what follows in the
    /// item (a second paragraph, text after a nested list) is set under the bullet's text.
    private var itemContinues: [Bool] = []
    private var quoteDepth = 0
    /// Inside a footnote list: its items are numbered "[^n]", as the references to them are.
    private var inFootnotes = false

    private init(
        tree: HTMLTree, text: UnsafeBufferPointer<UInt8>, furniture: [Bool], base: URL?, skipHeading: String?, showsImages: Bool
    ) {
        self.tree = tree
        self.showsImages = showsImages
        self.text = text
        self.furniture = furniture
        self.base = base
        numbering = LinkNumbering(base: base, expectedLinks: tree.nodes.count { $0.tag == .a })
        self.skipHeading = skipHeading.map { Self.normalised($0) }
    }

    /// The blocks of a node's content, followed by the list of its links. `furniture` is
    /// `HTMLFurniture.marks(in: tree)`, when the caller has it already. With `showsImages`, an image
    /// with alt text is written "[image: ALT]".
    public static func convert(
        _ tree: HTMLTree, from node: HTMLTree.NodeIndex = HTMLTree.root, base: URL?, skipHeading: String? = nil,
        furniture: [Bool]? = nil, showsImages: Bool = false
    ) -> (body: [BodyBlock], links: [ArticleLink]) {
        convert(
            tree, pieces: [[node]], base: base, skipHeading: skipHeading, furniture: furniture ?? HTMLFurniture.marks(in: tree),
            showsImages: showsImages)
    }

    /// The blocks of several pieces of a page, each a run of sibling nodes that starts and ends a
    /// block, followed by the list of their links. Nodes marked in `furniture` are left out.
    public static func convert(
        _ tree: HTMLTree, pieces: [[HTMLTree.NodeIndex]], base: URL?, skipHeading: String? = nil, furniture: [Bool],
        showsImages: Bool = false
    ) -> (body: [BodyBlock], links: [ArticleLink]) {
        tree.utf8.withUnsafeBufferPointer { text in
            var converter = HTMLBodyConverter(
                tree: tree, text: text, furniture: furniture, base: base, skipHeading: skipHeading, showsImages: showsImages)
            for piece in pieces {
                converter.builder.startBlock(.paragraph)
                for node in piece { converter.visit(node) }
                converter.builder.startBlock(.paragraph)
            }
            return converter.finish()
        }
    }

    mutating func visit(_ node: HTMLTree.NodeIndex) {
        if tree.tag(node) == .text {
            builder.append(utf8: textBytes(node))
        } else {
            element(node)
        }
    }

    private func textBytes(_ node: HTMLTree.NodeIndex) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[tree[node].content])
    }

    private mutating func finish() -> (body: [BodyBlock], links: [ArticleLink]) {
        var blocks = builder.takeBlocks()
        let links = numbering.links
        blocks.append(contentsOf: Self.linkList(links))
        return (blocks, links)
    }

    /// The blocks of an HTML fragment inside another document (a Markdown file's HTML block): its
    /// links numbered in `numbering`, with no list of links of its own.
    static func convertFragment(_ tree: HTMLTree, numbering: inout LinkNumbering) -> [BodyBlock] {
        tree.utf8.withUnsafeBufferPointer { text in
            var converter = HTMLBodyConverter(
                tree: tree, text: text, furniture: HTMLFurniture.marks(in: tree), base: numbering.base, skipHeading: nil,
                showsImages: false)
            converter.numbering = numbering
            converter.visit(HTMLTree.root)
            numbering = converter.numbering
            return converter.builder.takeBlocks()
        }
    }

    /// "Links" and one numbered item per link, after an article's body.
    static func linkList(_ links: [ArticleLink]) -> [BodyBlock] {
        guard !links.isEmpty else { return [] }
        var blocks = [BodyBlock(kind: .heading(level: 2), text: "Links")]
        for link in links {
            let marker = "[\(link.number)]"
            let markerLength = marker.unicodeScalars.count
            let url = TextSanitizer.sanitize(link.url, keepNewlines: false)
            blocks.append(BodyBlock(
                kind: .listItem(depth: 0), text: marker + " " + url,
                styles: [
                    InlineStyle(.reference, start: 0, end: markerLength),
                    InlineStyle(.link, start: markerLength + 1, end: markerLength + 1 + url.unicodeScalars.count),
                ]))
        }
        return blocks
    }

    mutating func children(of node: HTMLTree.NodeIndex) {
        for child in tree.children(of: node) { visit(child) }
    }

    var contextKind: TextBlock.Kind {
        if !lists.isEmpty { return .listItem(depth: lists.count - 1 + (itemContinues.last == true ? 1 : 0)) }
        return quoteDepth > 0 ? .quote(depth: quoteDepth) : .paragraph
    }

    /// Ends the current block and starts one for the context; a list item's block with content
    /// makes the rest of the item a continuation.
    private mutating func nextBlock() {
        if !itemContinues.isEmpty, builder.hasContent { itemContinues[itemContinues.count - 1] = true }
        builder.startBlock(contextKind)
    }

    /// What an element does to the text.
    enum Role {
        case heading(Int), block, table, list(ordered: Bool), item, quote, preformatted, lineBreak, rule
        case emphasis, strong, code, strikethrough, link, image, ignored, transparent
    }

    static func role(of tag: HTMLTag) -> Role {
        switch tag {
        case .h1: .heading(1)
        case .h2: .heading(2)
        case .h3: .heading(3)
        case .h4: .heading(4)
        case .h5: .heading(5)
        case .h6: .heading(6)
        case .table: .table
        case .ul, .menu: .list(ordered: false)
        case .ol: .list(ordered: true)
        case .li: .item
        case .blockquote: .quote
        case .pre: .preformatted
        case .br: .lineBreak
        case .hr: .rule
        case .strong, .b: .strong
        case .a: .link
        case .p, .div, .section, .article, .main, .body, .html, .center, .address, .figcaption, .details, .summary,
             .dl, .dt, .dd, .tbody, .thead, .tfoot, .tr, .td, .th, .caption, .fieldset, .hgroup, .figure, .picture:
            .block
        case .em, .i, .cite, .dfn, .var: .emphasis
        case .code, .kbd, .samp, .tt: .code
        case .del, .s, .strike: .strikethrough
        case .img: .image
        case .head, .title, .meta, .link, .base: .ignored
        default: .transparent
        }
    }

    private mutating func element(_ node: HTMLTree.NodeIndex) {
        if tree.tag(node) == .input { return taskListMarker(node) }
        if furniture[node] { return }
        let role = Self.role(of: tree.tag(node))
        if inCell, Self.isBlockLevel(role) { return cellLines(node) }
        if !inCell, Self.isFootnoteList(node, in: tree) { return footnotes(node) }
        switch role {
        case .heading(let level):
            if let skip = skipHeading, Self.normalised(tree.textContent(node)) == skip {
                skipHeading = nil
                return
            }
            builder.startBlock(.heading(level: level))
            children(of: node)
            nextBlock()
        case .block:
            // A list item's first paragraph is the item: it keeps the bullet.
            if !builder.holdsOnlyPrefix { nextBlock() }
            children(of: node)
            nextBlock()
        case .table:
            table(node)
        case .list(let ordered):
            nextBlock()
            lists.append((ordered: ordered, counter: Int(tree.attribute("start", of: node) ?? "") ?? 1))
            itemContinues.append(false)
            children(of: node)
            lists.removeLast()
            itemContinues.removeLast()
            nextBlock()
        case .item:
            let bullet: String
            if var list = lists.last {
                bullet = inFootnotes ? "[^\(list.counter)] " : list.ordered ? "\(list.counter). " : "• "
                list.counter += 1
                lists[lists.count - 1] = list
            } else {
                bullet = "• "
            }
            builder.finishBlock()
            if !itemContinues.isEmpty { itemContinues[itemContinues.count - 1] = false }
            builder.startBlock(contextKind, prefix: bullet)
            if inFootnotes { builder.stylePrefix(.reference) }
            children(of: node)
            builder.finishBlock()
            if !itemContinues.isEmpty { itemContinues[itemContinues.count - 1] = false }
            builder.startBlock(contextKind)
        case .quote:
            quoteDepth += 1
            builder.startBlock(.quote(depth: quoteDepth))
            children(of: node)
            quoteDepth -= 1
            nextBlock()
        case .preformatted:
            builder.startBlock(.code)
            builder.preformatted = true
            var first = true
            var codeSamples = 0
            // A <pre> of nothing but <code> elements (and furniture such as a copy button) holds
            // several samples: a page's language tabs.
            let samples = tree.children(of: node).filter { !furniture[$0] && (tree.tag($0) != .text || !isBlank($0)) }
            let separateSamples = samples.count > 1 && samples.allSatisfy { tree.tag($0) == .code }
            for child in tree.children(of: node) {
                // A newline straight after <pre> is not content.
                if first, tree.tag(child) == .text, textBytes(child).first == UInt8(ascii: "\n") {
                    builder.append(utf8: UnsafeBufferPointer(rebasing: textBytes(child).dropFirst()))
                } else {
                    if separateSamples, tree.tag(child) == .code {
                        if codeSamples > 0, !builder.endsWithLineBreak, !startsWithLineBreak(child) { builder.append("\n") }
                        codeSamples += 1
                    }
                    visit(child)
                }
                first = false
            }
            builder.preformatted = false
            nextBlock()
        case .lineBreak:
            if builder.preformatted { builder.append("\n") } else if inCell { builder.softLineBreak() } else { builder.lineBreak() }
        case .rule:
            nextBlock()
        case .emphasis:
            styled(.emphasis, node)
        case .strong:
            styled(.strong, node)
        case .strikethrough:
            styled(.strikethrough, node)
        case .code:
            if builder.preformatted { children(of: node) } else { styled(.code, node) }
        case .link:
            link(node)
        case .image:
            let alt = tree.attribute("alt", of: node).map { Self.normalised($0, keepingCase: true) } ?? ""
            if showsImages, !alt.isEmpty { builder.append(" [image: \(alt)] ") }
        case .ignored:
            break
        case .transparent:
            children(of: node)
        }
    }

    /// A Markdown task list's disabled checkbox; form inputs are furniture.
    private mutating func taskListMarker(_ node: HTMLTree.NodeIndex) {
        guard tree.attribute("type", of: node)?.lowercased() == "checkbox", tree.attribute("disabled", of: node) != nil else { return }
        builder.append(TaskBox.text(checked: tree.attribute("checked", of: node) != nil))
    }

    private func isBlank(_ node: HTMLTree.NodeIndex) -> Bool {
        textBytes(node).allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    private func startsWithLineBreak(_ node: HTMLTree.NodeIndex) -> Bool {
        guard let text = tree.first(below: node, where: { tree.tag($0) == .text }) else { return false }
        return textBytes(text).first == UInt8(ascii: "\n")
    }

    private mutating func styled(_ kind: InlineStyle.Kind, _ node: HTMLTree.NodeIndex) {
        let start = builder.styleStart()
        children(of: node)
        builder.addStyle(kind, from: start)
    }

    /// A footnote list (cmark-gfm's `<section data-footnotes>`, or `role="doc-endnotes"`).
    static func isFootnoteList(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Bool {
        tree.attribute("data-footnotes", of: node) != nil || tree.attribute("role", of: node)?.lowercased() == "doc-endnotes"
    }

    private mutating func footnotes(_ node: HTMLTree.NodeIndex) {
        builder.startBlock(.heading(level: 2))
        builder.append("Footnotes")
        nextBlock()
        inFootnotes = true
        children(of: node)
        inFootnotes = false
        nextBlock()
    }

    private mutating func link(_ node: HTMLTree.NodeIndex) {
        // A footnote reference is "[^n]", never confused with a link's "[n]"; its way back is left out.
        if tree.attribute("data-footnote-ref", of: node) != nil || tree.attribute("role", of: node)?.lowercased() == "doc-noteref" {
            let label = Self.normalised(tree.textContent(node), keepingCase: true)
            _ = builder.styleStart()
            if !label.isEmpty { builder.appendMarker("[^\(label)]", style: .reference) }
            return
        }
        if tree.attribute("data-footnote-backref", of: node) != nil || tree.attribute("role", of: node)?.lowercased() == "doc-backlink" {
            return
        }
        guard let href = tree.attribute("href", of: node), let number = numbering.number(for: href) else {
            children(of: node)
            return
        }
        let start = builder.styleStart()
        children(of: node)
        builder.addStyle(.link, from: start)
        if builder.styleStart() > start {
            builder.appendMarker(" [\(number)]", style: .reference)
        } else {
            builder.appendMarker("[\(number)]", style: .reference)
        }
    }

    static func normalised(_ text: String, keepingCase: Bool = false) -> String {
        (keepingCase ? text : text.lowercased()).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
