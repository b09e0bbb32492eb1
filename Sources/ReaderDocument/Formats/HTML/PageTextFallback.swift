import Foundation

/// When the extractor finds no article in a page (or next to nothing), the page's own text is
/// shown instead, after a note that says so: an empty article opened silently looks like a bug.
enum PageTextFallback {
    /// Visible characters below which an extracted body counts as missing.
    static let nearlyEmpty = 40

    /// The note that opens a body taken from the whole page.
    static let note = "Reader did not find the article in this page: this is all of the page's text."

    /// The note as the body's first block, set apart from the page's text.
    static let noteBlock = BodyBlock(
        kind: .paragraph, text: note, styles: [InlineStyle(.emphasis, start: 0, end: note.unicodeScalars.count)])

    /// The whole page's text when `body` has next to no text and the page has more: without
    /// furniture, or with it when nothing else has any text. Nil to keep `body`.
    static func body(
        ifMissing body: [BodyBlock], links: [ArticleLink], tree: HTMLTree, base: URL?, title: String, furniture: [Bool]
    ) -> (body: [BodyBlock], links: [ArticleLink])? {
        let found = visibleText(body, links: links)
        guard found < nearlyEmpty else { return nil }
        let page = tree.first(.body) ?? HTMLTree.root
        var chosen = HTMLBodyConverter.convert(tree, from: page, base: base, skipHeading: title, furniture: furniture)
        var chosenText = visibleText(chosen.body, links: chosen.links)
        if found == 0 && chosenText == 0 {
            // Everything is furniture, or taken for it: the page's text as it is beats nothing.
            chosen = HTMLBodyConverter.convert(
                tree, from: page, base: base, skipHeading: title, furniture: [Bool](repeating: false, count: furniture.count))
            chosenText = visibleText(chosen.body, links: chosen.links)
        }
        guard chosenText > found else { return nil }
        return ([noteBlock] + chosen.body, chosen.links)
    }

    /// A body with no text at all, where images are the content: the content (else the page) with
    /// each image as "[image: ALT]". Nil to keep `body`.
    static func images(
        ifNoText body: [BodyBlock], links: [ArticleLink], tree: HTMLTree, content: HTMLTree.NodeIndex, base: URL?,
        title: String, furniture: [Bool]
    ) -> (body: [BodyBlock], links: [ArticleLink])? {
        guard visibleText(body, links: links) == 0 else { return nil }
        for node in [content, tree.first(.body) ?? HTMLTree.root] {
            let pictured = HTMLBodyConverter.convert(tree, from: node, base: base, skipHeading: title, furniture: furniture, showsImages: true)
            if visibleText(pictured.body, links: pictured.links) > 0 { return pictured }
        }
        return nil
    }

    /// Visible characters of the body's text, without the list of links at its end, counted up to
    /// `limit` (the count stops there: a long article need not be scanned to know it is not empty).
    static func visibleText(_ body: [BodyBlock], links: [ArticleLink], limit: Int = nearlyEmpty) -> Int {
        let text = links.isEmpty ? body[...] : body.dropLast(links.count + 1)
        var count = 0
        for block in text {
            for scalar in block.text.unicodeScalars where !scalar.properties.isWhitespace {
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }
}
