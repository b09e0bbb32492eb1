import Foundation

/// Why a web address gave no article.
public struct WebPageError: Error, Equatable, Sendable, CustomStringConvertible {
    public var url: String
    public var reason: String
    /// The address is a feed: `reader feed add` follows it.
    public var isFeed = false

    public init(url: String, reason: String, isFeed: Bool = false) {
        self.url = url
        self.reason = reason
        self.isFeed = isFeed
    }

    public var description: String { "\(url): \(reason)" }
}

/// A page read from the web: the article, and the extraction's metadata when it was HTML.
public struct WebArticle: Sendable {
    public var article: Article
    /// Nil for a plain-text answer.
    public var extraction: HTMLExtraction?
    /// Whether the page read as an article (a home page of teasers does not).
    public var isArticle: Bool { extraction?.isArticle ?? true }
}

/// Reads a fetched web page into an article: HTML through the extractor, plain text through the
/// text parser; PDFs, images, feeds and other types are refused with what they are.
public enum WebPage {
    /// - Parameters:
    ///   - url: the address asked for (named in messages).
    ///   - sourcePath: the article's path in the library (the address, or a feed item's path).
    public static func read(_ document: FetchedDocument, url: String, sourcePath: String) -> Result<WebArticle, WebPageError> {
        let base = URL(string: document.finalURL ?? url)
        let id = ArticleID(sourcePath)
        if document.bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            return .failure(WebPageError(url: url, reason: emptyReason))
        }
        switch WebDocumentKind(contentType: document.contentType, bytes: document.bytes, path: (base ?? URL(string: url))?.path) {
        case .html:
            switch HTMLPage.extraction(bytes: document.bytes, id: id, sourcePath: sourcePath, base: base, httpCharset: document.charset) {
            case .success(var extraction):
                // An empty page is not a list of teasers: say what `reader show` says of it.
                if !extraction.article.hasBodyText { extraction.article.note = Article.noTextMessage }
                return .success(WebArticle(article: extraction.article, extraction: extraction))
            case .failure(.binary): return .failure(WebPageError(url: url, reason: "not a readable web page (binary data)"))
            case .failure(let error): return .failure(WebPageError(url: url, reason: reason(of: error)))
            }
        case .plainText:
            guard let text = try? TextDecoding.decode(document.bytes).text else {
                return .failure(WebPageError(url: url, reason: "not a readable web page (binary data)"))
            }
            return .success(WebArticle(article: ArticleParser().parse(text, id: id, sourcePath: sourcePath), extraction: nil))
        case .markdown:
            guard let text = try? TextDecoding.decode(document.bytes).text else {
                return .failure(WebPageError(url: url, reason: "not a readable web page (binary data)"))
            }
            return .success(WebArticle(article: MarkdownDocument.article(text: text, id: id, sourcePath: sourcePath, base: base), extraction: nil))
        case .pdf:
            return .failure(WebPageError(url: url, reason: "a PDF document, not a web page (Reader reads HTML, text and Markdown)"))
        case .image:
            let type = WebDocumentKind.imageType(of: document.bytes) ?? document.contentType
            return .failure(WebPageError(url: url, reason: "an image\(type.map { " (\($0))" } ?? ""), not a web page"))
        case .feed:
            return .failure(WebPageError(url: url, reason: "a feed, not a page: follow it with reader feed add \(url)", isFeed: true))
        case .other(let type):
            return .failure(WebPageError(url: url, reason: "\(type), not a web page"))
        }
    }

    /// An empty answer, as `reader show` says of an article without text.
    static let emptyReason = "the page has no text"

    static func reason(of error: ArticleLoadError) -> String {
        switch error {
        case .unreadable(_, let reason): return reason
        case .empty: return emptyReason
        case .binary: return "binary data"
        case .missing, .brokenLink: return error.description
        }
    }

    /// Whether a command-line argument is a web address rather than a path.
    public static func isWebAddress(_ text: String) -> Bool {
        let scheme = LinkPolicy.scheme(of: text)
        return (scheme == "http" || scheme == "https") && URL(string: text)?.host != nil
    }
}
