import Foundation

/// Reads a saved web page (or one fetched from a feed's link) into an article.
public enum HTMLPage {
    public static func article(
        bytes: [UInt8], id: ArticleID, sourcePath: String, base: URL?, httpCharset: String? = nil
    ) -> Result<Article, ArticleLoadError> {
        extraction(bytes: bytes, id: id, sourcePath: sourcePath, base: base, httpCharset: httpCharset).map(\.article)
    }

    /// The article with the page's metadata and plain body text, as `reader show --json` prints them.
    public static func extraction(
        bytes: [UInt8], id: ArticleID, sourcePath: String, base: URL?, httpCharset: String? = nil
    ) -> Result<HTMLExtraction, ArticleLoadError> {
        let prepared: DocumentCharset.Prepared
        do {
            prepared = try DocumentCharset.prepare(bytes, httpCharset: httpCharset, markup: .html)
        } catch {
            return .failure(.binary(path: sourcePath))
        }
        guard let tree = HTMLParser.parse(prepared.bytes, encoding: prepared.encoding) else {
            return .failure(.unreadable(path: sourcePath, reason: "not an HTML page (nothing could be parsed)"))
        }
        guard let extraction = HTMLArticleExtractor.extract(from: tree, id: id, sourcePath: sourcePath, base: base) else {
            return .failure(.unreadable(path: sourcePath, reason: "no article text found in the page"))
        }
        return .success(extraction)
    }
}
