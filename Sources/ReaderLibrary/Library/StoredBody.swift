import Foundation
import ReaderDocument

/// The structure of an HTML, Markdown or feed article as the library keeps it (`article.bodyJSON`).
struct StoredBody: Codable {
    var blocks: [BodyBlock]
    var links: [ArticleLink]
    /// The article's status-line note, when it has one.
    var note: String?

    /// JSON for a structured article; nil for plain paragraphs, which need nothing beyond their text.
    static func json(of article: Article) -> String? {
        guard article.isStructured || article.note != nil else { return nil }
        let stored = StoredBody(blocks: article.body, links: article.links, note: article.note)
        return (try? JSONEncoder().encode(stored)).map { String(decoding: $0, as: UTF8.self) }
    }

    static func decode(_ json: String) -> StoredBody? {
        try? JSONDecoder().decode(StoredBody.self, from: Data(json.utf8))
    }
}
