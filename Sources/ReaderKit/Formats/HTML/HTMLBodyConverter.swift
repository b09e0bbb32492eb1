import Foundation

/// Turns HTML content into body blocks: headings, paragraphs, lists, block quotes and code, with
/// emphasis, strong, code and numbered links as inline styles. Page furniture (navigation,
/// headers, footers, asides, forms, ads and share widgets) is left out.
public struct HTMLBodyConverter {
    var base: URL?
    /// A heading with this text is skipped once (the title, already shown above the body).
    var skipHeading: String?
    private(set) var numbering: LinkNumbering
    private var builder = StyledTextBuilder()
    private var lists: [(ordered: Bool, counter: Int)] = []
    private var quoteDepth = 0

    init(base: URL?, skipHeading: String? = nil) {
        self.base = base
        numbering = LinkNumbering(base: base)
        self.skipHeading = skipHeading.map(Self.normalised)
    }

    /// The blocks of `node`'s content, followed by the list of its links.
    public static func convert(_ node: MarkupNode, base: URL?, skipHeading: String? = nil) -> (body: [BodyBlock], links: [ArticleLink]) {
        var converter = HTMLBodyConverter(base: base, skipHeading: skipHeading)
        converter.visit(node)
        return converter.finish()
    }

    mutating func visit(_ node: MarkupNode) {
        if node.kind == .text {
            builder.append(node.text)
        } else {
            element(node)
        }
    }

    mutating func finish() -> (body: [BodyBlock], links: [ArticleLink]) {
        builder.finishBlock()
        var blocks = builder.blocks
        let links = numbering.links
        if !links.isEmpty {
            blocks.append(BodyBlock(kind: .heading(level: 2), text: "Links"))
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
        }
        return (blocks, links)
    }

    private mutating func children(of node: MarkupNode) {
        for child in node.children { visit(child) }
    }

    private var contextKind: TextBlock.Kind {
        if !lists.isEmpty { return .listItem(depth: lists.count - 1) }
        return quoteDepth > 0 ? .quote : .paragraph
    }

    /// What an element does to the text; one dictionary lookup per element.
    enum Role {
        case heading(Int), block, cell, list(ordered: Bool), item, quote, preformatted, lineBreak, rule
        case emphasis, strong, code, link, ignored
    }

    static let roles: [String: Role] = {
        var roles: [String: Role] = [
            "h1": .heading(1), "h2": .heading(2), "h3": .heading(3), "h4": .heading(4), "h5": .heading(5), "h6": .heading(6),
            "td": .cell, "th": .cell, "ul": .list(ordered: false), "menu": .list(ordered: false), "ol": .list(ordered: true),
            "li": .item, "blockquote": .quote, "pre": .preformatted, "br": .lineBreak, "hr": .rule,
            "strong": .strong, "b": .strong, "a": .link,
        ]
        for name in ["p", "div", "section", "article", "main", "body", "html", "center", "address", "figcaption", "details",
                     "summary", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "caption", "fieldset", "hgroup",
                     "figure", "picture"] { roles[name] = .block }
        for name in ["em", "i", "cite", "dfn", "var"] { roles[name] = .emphasis }
        for name in ["code", "kbd", "samp", "tt"] { roles[name] = .code }
        for name in ["img", "head", "title", "meta", "link", "base"] { roles[name] = .ignored }
        return roles
    }()

    private mutating func element(_ node: MarkupNode) {
        if HTMLFurniture.isFurniture(node) { return }
        guard let role = Self.roles[node.name] else {
            children(of: node)
            return
        }
        switch role {
        case .heading(let level):
            if let skip = skipHeading, Self.normalised(node.textContent) == skip {
                skipHeading = nil
                return
            }
            builder.startBlock(.heading(level: level))
            children(of: node)
            builder.startBlock(contextKind)
        case .block:
            builder.startBlock(contextKind)
            children(of: node)
            builder.startBlock(contextKind)
        case .cell:
            if builder.hasContent { builder.append(" · ") }
            children(of: node)
        case .list(let ordered):
            builder.startBlock(contextKind)
            lists.append((ordered: ordered, counter: Int(node["start"] ?? "") ?? 1))
            children(of: node)
            lists.removeLast()
            builder.startBlock(contextKind)
        case .item:
            let bullet: String
            if var list = lists.last {
                bullet = list.ordered ? "\(list.counter). " : "• "
                list.counter += 1
                lists[lists.count - 1] = list
            } else {
                bullet = "• "
            }
            builder.startBlock(contextKind, prefix: bullet)
            children(of: node)
            builder.startBlock(contextKind)
        case .quote:
            builder.startBlock(.quote)
            quoteDepth += 1
            children(of: node)
            quoteDepth -= 1
            builder.startBlock(contextKind)
        case .preformatted:
            builder.startBlock(.code)
            builder.preformatted = true
            var first = true
            for child in node.children {
                // A newline straight after <pre> is not content.
                if first, child.kind == .text, child.text.hasPrefix("\n") {
                    builder.append(String(child.text.dropFirst()))
                } else {
                    visit(child)
                }
                first = false
            }
            builder.preformatted = false
            builder.startBlock(contextKind)
        case .lineBreak:
            if builder.preformatted { builder.append("\n") } else { builder.lineBreak() }
        case .rule:
            builder.startBlock(contextKind)
        case .emphasis:
            styled(.emphasis, node)
        case .strong:
            styled(.strong, node)
        case .code:
            if builder.preformatted { children(of: node) } else { styled(.code, node) }
        case .link:
            link(node)
        case .ignored:
            break
        }
    }

    private mutating func styled(_ kind: InlineStyle.Kind, _ node: MarkupNode) {
        let start = builder.styleStart()
        children(of: node)
        builder.addStyle(kind, from: start)
    }

    private mutating func link(_ node: MarkupNode) {
        guard let href = node["href"], let number = numbering.number(for: href) else {
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

    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
