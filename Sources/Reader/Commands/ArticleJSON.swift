import Foundation
import ReaderText
import ReaderDocument

/// `reader show --json`: one JSON object per article, for scripts and benchmarks: title, byline,
/// date (ISO 8601 when known, else as written), site, language, url, and body (plain text,
/// paragraphs separated by blank lines, no link markers), with a note when a page is not an article.
enum ArticleJSON {
    static func object(path: String, loader: ArticleLoader) -> Result<[String: Any], ArticleLoadError> {
        guard ArticleFormat(path: path) == .html else {
            return loader.load(path: path).map { article in
                let body = article.blocks.filter(\.kind.isBody).map(\.text).joined(separator: "\n\n")
                return fields(title: article.title, byline: article.byline, dateline: article.dateline, body: body)
            }
        }
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(FileManager.default.fileExists(atPath: url.path) ? .unreadable(path: path, reason: "cannot read") : .missing(path: path))
        }
        let standardised = url.standardizedFileURL.path
        return HTMLPage.extraction(bytes: [UInt8](data), id: ArticleID(standardised), sourcePath: standardised, base: url).map { object($0) }
    }

    static func object(_ page: HTMLExtraction) -> [String: Any] {
        var object = fields(
            title: page.article.title, byline: page.bylineAsWritten, dateline: page.article.dateline, body: page.bodyText)
        object["site"] = page.metadata.siteName.map(clean) ?? NSNull()
        object["language"] = page.metadata.language ?? NSNull()
        object["url"] = page.metadata.address ?? NSNull()
        if let note = page.note { object["note"] = note }
        return object
    }

    /// A page fetched from the web; its url is the page's canonical address, else the one fetched.
    static func object(_ page: WebArticle, url: String) -> [String: Any] {
        guard let extraction = page.extraction else {
            let article = page.article
            var object = fields(
                title: article.title, byline: article.byline, dateline: article.dateline,
                body: article.blocks.filter(\.kind.isBody).map(\.text).joined(separator: "\n\n"))
            object["url"] = url
            return object
        }
        var object = object(extraction)
        if extraction.metadata.address == nil { object["url"] = url }
        return object
    }

    static func fields(title: String, byline: String?, dateline: Dateline?, body: String) -> [String: Any] {
        var date: Any = NSNull()
        if let dateline {
            if let moment = dateline.date {
                let formatter = ISO8601DateFormatter()
                date = formatter.string(from: moment)
            } else {
                date = dateline.text
            }
        }
        return [
            "title": title, "byline": byline ?? NSNull(), "date": date, "site": NSNull(), "language": NSNull(),
            "url": NSNull(), "body": body,
        ]
    }

    static func clean(_ text: String) -> String {
        TextSanitizer.sanitize(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), keepNewlines: false)
    }

    static func line(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
