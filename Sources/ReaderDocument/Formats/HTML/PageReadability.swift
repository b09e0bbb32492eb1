/// Whether a page reads as an article at all, as Readability's `isProbablyReaderable` decides:
/// paragraphs (and `<pre>`, `<article>`) of more than 140 characters, each adding the square root
/// of its length past 140, must add up to more than 20. A home page of short teasers and link
/// lists does not.
enum PageReadability {
    static let minimumLength = 140
    static let minimumScore = 20.0

    /// An article: the page reads as one, or the content found is not mostly links and is either
    /// a fair length or most of the page's text (a short page is still an article, and so is a
    /// page of short paragraphs in a language that packs more into a character; a home page's best
    /// block is a grid of headlines, or one teaser list among many).
    static func isArticle(_ content: ContentTree, contentLength: Int, linkDensity: Double) -> Bool {
        guard contentLength > 0 else { return false }
        // Checked first, as it costs nothing: the page's paragraphs need not be counted.
        if linkDensity <= 0.3, contentLength >= ArticleContent.enoughText { return true }
        if isProbablyArticle(content) { return true }
        if linkDensity > 0.3 { return false }
        let tree = content.tree
        let body = tree.first(.body) ?? HTMLTree.root
        var page = content
        page.removed = hiddenMarks(in: tree)
        return Double(contentLength) >= 0.5 * Double(page.textLength(of: body))
    }

    static func isProbablyArticle(_ content: ContentTree) -> Bool {
        let tree = content.tree
        var score = 0.0
        var hidden = 0
        for node in tree.nodes.indices {
            if node < hidden { continue }
            let tag = tree.tag(node)
            guard tag != .text else { continue }
            if !isVisible(node, in: tree) {
                hidden = tree[node].subtreeEnd
                continue
            }
            let counts: Bool
            switch tag {
            case .p: counts = !content.hasAncestor(node, tag: .li, depth: nil)
            case .pre, .article: counts = true
            case .div: counts = tree.children(of: node).contains { tree.tag($0) == .br }
            default: counts = false
            }
            guard counts else { continue }
            let match = content.classFlags[node]
            if match.contains(.unlikely), !match.contains(.maybeCandidate) { continue }
            let length = content.textLength(of: node)
            guard length >= minimumLength else { continue }
            score += Double(length - minimumLength).squareRoot()
            if score > minimumScore { return true }
        }
        return false
    }

    static func isVisible(_ node: Int, in tree: HTMLTree) -> Bool {
        for attribute in tree.attributes(of: node) {
            switch attribute.name {
            case "hidden": return false
            case "aria-hidden": if attribute.value == "true" { return false }
            case "style":
                let style = attribute.value.lowercased().filter { !$0.isWhitespace }
                if style.contains("display:none") || style.contains("visibility:hidden") { return false }
            default: break
            }
        }
        return true
    }

    /// Hidden elements, by index: what a page's plain text leaves out.
    static func hiddenMarks(in tree: HTMLTree) -> [Bool] {
        tree.nodes.indices.map { tree.tag($0) != .text && !isVisible($0, in: tree) }
    }
}
