import Foundation

/// A feed's text as the reader shows it, without styles: HTML goes through the article path
/// (sanitised, furniture dropped, links numbered and listed), text stays text.
public enum FeedPlainText {
    /// Paragraphs separated by blank lines; links as "[n]" markers and a closing "Links" list.
    public static func body(_ content: FeedItem.Content, base: URL?) -> String {
        let blocks = FeedItemArticle.blocks(content, base: base, link: nil, skipHeading: nil)
        return blocks.map(\.text).joined(separator: "\n\n")
    }

    /// One clean line (a title, a name): markup in HTML dropped, whitespace runs made one space.
    public static func line(_ content: FeedItem.Content) -> String? {
        switch content {
        case .text(let text): return HTMLArticleExtractor.clean(text)
        case .html(let html): return HTMLArticleExtractor.clean(htmlText(html))
        case .markup(let node): return HTMLArticleExtractor.clean(node.textContent)
        }
    }

    /// The text of an HTML fragment, entities decoded and tags dropped.
    static func htmlText(_ html: String) -> String {
        guard html.contains("<") || html.contains("&"), let parsed = HTMLParser.parse(Array(("<p>" + html + "</p>").utf8)) else {
            return html
        }
        return parsed.textContent(HTMLTree.root)
    }
}
