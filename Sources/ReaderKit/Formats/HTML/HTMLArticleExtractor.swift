import Foundation

/// Finds the article in a web page: title, byline, date and the main content, as an `Article`.
///
/// Title: og:title, else `<title>` without its " | Site" tail, else the first `<h1>`. Byline: meta
/// author, a rel=author link, or a "By …" line at the top of the content. Date:
/// article:published_time, else the first `<time datetime>`. Content: the largest `<article>`,
/// else `<main>`, else the element holding the most paragraph text.
public enum HTMLArticleExtractor {
    public static func article(from tree: HTMLTree, id: ArticleID, sourcePath: String, base: URL?) -> Article? {
        let meta = metadata(of: tree)
        // A saved page's links are relative to where it came from, not to the file.
        let base = meta.address.flatMap { URL(string: $0) }.flatMap { ["http", "https"].contains($0.scheme?.lowercased() ?? "") ? $0 : nil }
            ?? base
        let furniture = HTMLFurniture.marks(in: tree)
        let content = contentRoot(of: tree, furniture: furniture)
        let title = clean(meta.title)
            ?? clean(tree.first(.title).map(tree.textContent)).map(stripSiteName)
            ?? clean(tree.first(.h1, below: content).map(tree.textContent))
            ?? clean(tree.first(.h1).map(tree.textContent))
            ?? ""
        var (body, links) = HTMLBodyConverter.convert(tree, from: content, base: base, skipHeading: title, furniture: furniture)
        if let fallback = PageTextFallback.body(ifMissing: body, links: links, tree: tree, base: base, title: title, furniture: furniture) {
            (body, links) = fallback
        }
        if let pictured = PageTextFallback.images(ifNoText: body, links: links, tree: tree, content: content, base: base, title: title, furniture: furniture) {
            (body, links) = pictured
        }
        var byline = clean(meta.author).flatMap { $0.contains("://") ? nil : $0 }
            ?? clean(tree.first { tree.tag($0) == .a && isAuthorLink($0, in: tree) }.map(tree.textContent))
        if let lead = body.prefix(3).firstIndex(where: { $0.kind == .paragraph && ArticleParser.bylineName(in: $0.text) != nil }) {
            if byline == nil { byline = ArticleParser.bylineName(in: body[lead].text) }
            body.remove(at: lead)
        }
        let dateline = self.dateline(meta: meta, tree: tree)
        let hasText = body.count > (links.isEmpty ? 0 : links.count + 1)
        guard !title.isEmpty || hasText else { return nil }
        return Article(
            id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline,
            body: body, links: links)
    }

    static func isAuthorLink(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Bool {
        tree.attribute("rel", of: node)?.lowercased().split(separator: " ").contains("author") == true
    }

    public struct Metadata {
        var title: String?
        var author: String?
        var published: String?
        /// The page's own address: `<base href>`, canonical link or og:url.
        var address: String?
    }

    public static func metadata(of tree: HTMLTree) -> Metadata {
        var values: [String: String] = [:]
        var address: String?
        // Metadata lives in <head>; walking only it keeps a megabyte of body out of the way.
        let head = tree.first(.head) ?? HTMLTree.root
        tree.walk(from: head) { node in
            let tag = tree.tag(node)
            if tag == .base || (tag == .link && tree.attribute("rel", of: node)?.lowercased() == "canonical"), address == nil {
                address = tree.attribute("href", of: node)
            }
            if tag == .meta, let content = tree.attribute("content", of: node) {
                let key = (tree.attribute("property", of: node) ?? tree.attribute("name", of: node)
                    ?? tree.attribute("itemprop", of: node) ?? "").lowercased()
                if !key.isEmpty, values[key] == nil { values[key] = content }
            }
            return true
        }
        return Metadata(
            title: values["og:title"] ?? values["twitter:title"],
            author: values["author"] ?? values["article:author"] ?? values["dc.creator"] ?? values["byl"],
            published: values["article:published_time"] ?? values["og:published_time"] ?? values["datepublished"]
                ?? values["dc.date"] ?? values["date"],
            address: address ?? values["og:url"])
    }

    static func dateline(meta: Metadata, tree: HTMLTree) -> Dateline? {
        if let published = clean(meta.published), let date = FeedDate.parse(published) {
            return Dateline(text: FeedDate.display(date), date: date)
        }
        if let time = tree.first(where: { tree.tag($0) == .time && tree.attribute("datetime", of: $0) != nil }),
           let value = tree.attribute("datetime", of: time), let date = FeedDate.parse(value) {
            let shown = clean(tree.textContent(time)) ?? FeedDate.display(date)
            return Dateline(text: shown.count <= 80 ? shown : FeedDate.display(date), date: date)
        }
        return nil
    }

    /// The element that holds the article text.
    public static func contentRoot(of tree: HTMLTree, furniture: [Bool]) -> HTMLTree.NodeIndex {
        var articles: [HTMLTree.NodeIndex] = []
        var mains: [HTMLTree.NodeIndex] = []
        tree.walk { node in
            switch tree.tag(node) {
            case .text: return false
            case .article: articles.append(node); return false
            case .main: mains.append(node)
            default: if tree.attribute("role", of: node)?.lowercased() == "main" { mains.append(node) }
            }
            return !furniture[node]
        }
        if articles.count == 1, hasVisibleText(articles[0], in: tree) { return articles[0] }
        if articles.count > 1 {
            let lengths = articles.map { textLength($0, in: tree) }
            if let longest = lengths.indices.max(by: { lengths[$0] < lengths[$1] }), lengths[longest] > 0 { return articles[longest] }
        }
        if let main = mains.first { return main }
        let body = tree.first(.body) ?? HTMLTree.root
        if let densest = densest(body, in: tree, furniture: furniture).best, densest.score >= 200 { return densest.node }
        return body
    }

    /// The element whose paragraphs hold the most text (a paragraph's text also counts half for
    /// the element two levels up, so a wrapper of several sections can win).
    static func densest(
        _ node: HTMLTree.NodeIndex, in tree: HTMLTree, furniture: [Bool]
    ) -> (paragraphText: Int, best: (score: Int, node: HTMLTree.NodeIndex)?) {
        var score = 0
        var paragraphText = 0
        var best: (score: Int, node: HTMLTree.NodeIndex)?
        for child in tree.children(of: node) {
            switch tree.tag(child) {
            case .text:
                score += visibleLength(tree.textBytes(child))
            case _ where furniture[child]:
                continue
            case .p, .pre, .blockquote:
                let length = textLength(child, in: tree)
                score += length
                paragraphText += length
            default:
                let inner = densest(child, in: tree, furniture: furniture)
                score += inner.paragraphText / 2
                if let candidate = inner.best, candidate.score > best?.score ?? -1 { best = candidate }
            }
        }
        if score > best?.score ?? -1 { best = (score, node) }
        return (paragraphText, best)
    }

    /// Visible characters at or below a node, counted without building its text.
    static func textLength(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Int {
        var total = 0
        for position in node..<tree[node].subtreeEnd where tree.tag(position) == .text {
            total += visibleLength(tree.textBytes(position))
        }
        return total
    }

    static func hasVisibleText(_ node: HTMLTree.NodeIndex, in tree: HTMLTree) -> Bool {
        (node..<tree[node].subtreeEnd).contains { tree.tag($0) == .text && visibleLength(tree.textBytes($0)) > 0 }
    }

    /// UTF-8 bytes that start a scalar and are not ASCII white space or controls.
    static func visibleLength(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.count { $0 > 0x20 && $0 & 0xC0 != 0x80 }
    }

    /// "Headline | The Daily Site" → "Headline": a short tail after the last separator is the site's name.
    static func stripSiteName(_ title: String) -> String {
        for separator in [" | ", " — ", " – ", " - ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingWhitespace()
            let tail = title[range.upperBound...]
            if !head.isEmpty, tail.split(separator: " ").count <= 5, head.count >= tail.count {
                return head
            }
        }
        return title
    }

    /// Text made one clean line, or nil when empty.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let line = TextSanitizer.sanitize(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), keepNewlines: false)
        return line.isEmpty ? nil : line
    }
}
