import Foundation

/// Finds the article in a web page: title, byline, date and the main content, as an `Article`.
///
/// Title: og:title, else `<title>` without its " | Site" tail, else the first `<h1>`. Byline: meta
/// author, a rel=author link, or a "By …" line at the top of the content. Date:
/// article:published_time, else the first `<time datetime>`. Content: the largest `<article>`,
/// else `<main>`, else the element holding the most paragraph text.
public enum HTMLArticleExtractor {
    public static func article(from root: MarkupNode, id: ArticleID, sourcePath: String, base: URL?) -> Article? {
        let meta = metadata(of: root)
        // A saved page's links are relative to where it came from, not to the file.
        let base = meta.address.flatMap { URL(string: $0) }.flatMap { ["http", "https"].contains($0.scheme?.lowercased() ?? "") ? $0 : nil }
            ?? base
        let content = contentRoot(of: root)
        let title = clean(meta.title)
            ?? clean(root.first { $0.name == "title" }?.textContent).map(stripSiteName)
            ?? clean(content.first { $0.name == "h1" }?.textContent)
            ?? clean(root.first { $0.name == "h1" }?.textContent)
            ?? ""
        var (body, links) = HTMLBodyConverter.convert(content, base: base, skipHeading: title)
        var byline = clean(meta.author).flatMap { $0.contains("://") ? nil : $0 }
            ?? clean(root.first { $0.name == "a" && $0["rel"]?.lowercased().split(separator: " ").contains("author") == true }?.textContent)
        if let lead = body.prefix(3).firstIndex(where: { $0.kind == .paragraph && ArticleParser.bylineName(in: $0.text) != nil }) {
            if byline == nil { byline = ArticleParser.bylineName(in: body[lead].text) }
            body.remove(at: lead)
        }
        let dateline = self.dateline(meta: meta, root: root)
        let hasText = body.count > (links.isEmpty ? 0 : links.count + 1)
        guard !title.isEmpty || hasText else { return nil }
        return Article(
            id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline,
            body: body, links: links)
    }

    public struct Metadata {
        var title: String?
        var author: String?
        var published: String?
        /// The page's own address: `<base href>`, canonical link or og:url.
        var address: String?
    }

    public static func metadata(of root: MarkupNode) -> Metadata {
        var values: [String: String] = [:]
        var address: String?
        // Metadata lives in <head>; walking only it keeps a megabyte of body out of the way.
        let head = root.firstElement(named: "head") ?? root
        head.walk { node in
            if node.name == "base" || (node.name == "link" && node["rel"]?.lowercased() == "canonical"), address == nil {
                address = node["href"]
            }
            if node.name == "meta", let content = node["content"] {
                let key = (node["property"] ?? node["name"] ?? node["itemprop"] ?? "").lowercased()
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

    static func dateline(meta: Metadata, root: MarkupNode) -> Dateline? {
        if let published = clean(meta.published), let date = FeedDate.parse(published) {
            return Dateline(text: FeedDate.display(date), date: date)
        }
        if let time = root.first(where: { $0.name == "time" && $0["datetime"] != nil }),
           let value = time["datetime"], let date = FeedDate.parse(value) {
            let shown = clean(time.textContent) ?? FeedDate.display(date)
            return Dateline(text: shown.count <= 80 ? shown : FeedDate.display(date), date: date)
        }
        return nil
    }

    /// The element that holds the article text.
    public static func contentRoot(of root: MarkupNode) -> MarkupNode {
        var articles: [MarkupNode] = []
        var mains: [MarkupNode] = []
        root.walk { node in
            guard node.kind == .element else { return false }
            if node.name == "article" { articles.append(node); return false }
            if node.name == "main" || node["role"]?.lowercased() == "main" { mains.append(node) }
            return !HTMLFurniture.isFurniture(node)
        }
        if let article = articles.max(by: { textLength($0) < textLength($1) }), textLength(article) > 0 { return article }
        if let main = mains.first { return main }
        let body = root.first { $0.name == "body" } ?? root
        if let densest = densest(body).best, densest.score >= 200 { return densest.node }
        return body
    }

    /// The element whose paragraphs hold the most text (a paragraph's text also counts half for
    /// the element two levels up, so a wrapper of several sections can win).
    static func densest(_ node: MarkupNode) -> (paragraphText: Int, best: (score: Int, node: MarkupNode)?) {
        var score = 0
        var paragraphText = 0
        var best: (score: Int, node: MarkupNode)?
        for child in node.children {
            if child.kind == .text {
                score += child.text.count { !$0.isWhitespace }
                continue
            }
            if HTMLFurniture.isFurniture(child) { continue }
            if ["p", "pre", "blockquote"].contains(child.name) {
                let length = textLength(child)
                score += length
                paragraphText += length
            } else {
                let inner = densest(child)
                score += inner.paragraphText / 2
                if let candidate = inner.best, candidate.score > best?.score ?? -1 { best = candidate }
            }
        }
        if score > best?.score ?? -1 { best = (score, node) }
        return (paragraphText, best)
    }

    /// Visible characters below a node, counted without building its text.
    static func textLength(_ node: MarkupNode) -> Int {
        if node.kind == .text {
            // UTF-8 bytes that start a scalar and are not ASCII white space or controls.
            return node.text.utf8.count { $0 > 0x20 && $0 & 0xC0 != 0x80 }
        }
        var total = 0
        for child in node.children { total += textLength(child) }
        return total
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
