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
            prepared = try savedAsUTF8(bytes, httpCharset: httpCharset)
                ?? DocumentCharset.prepare(bytes, httpCharset: httpCharset, markup: .html)
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

    /// A page whose bytes are UTF-8 with some beyond ASCII is read as UTF-8, whatever it declares
    /// (when no HTTP header says otherwise): a saved page is often re-encoded without its
    /// `<meta charset>` being changed, and text in a legacy charset is next to never valid UTF-8
    /// by chance. Nil for every other page, which `DocumentCharset` decides.
    static func savedAsUTF8(_ bytes: [UInt8], httpCharset: String?) -> DocumentCharset.Prepared? {
        guard httpCharset == nil, !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
              !bytes.prefix(TextDecoding.binarySniffLength).contains(0),
              bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil else { return nil }
        return DocumentCharset.Prepared(bytes: bytes, encoding: "UTF-8")
    }
}
