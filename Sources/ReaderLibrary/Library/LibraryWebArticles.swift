import Foundation
import GRDB
import ReaderEntities
import ReaderDocument

/// What storing a web page did.
public enum WebArticleChange: Equatable, Sendable {
    case added, updated, unchanged
}

extension LibraryStore {
    /// Stores an article read from the web under its address (`article.sourcePath`): new, or
    /// replacing the one stored from that address before, keeping its marks and re-anchoring its
    /// highlights in the new text. Unchanged text is left alone. Returns the article's row too.
    /// With `spans` (the recogniser's, as `reader import` finds them) its entity mentions are stored
    /// too; without, they are found when it is first opened.
    public func storeWebArticle(_ article: Article, spans: [EntitySpan]? = nil) throws(LibraryError) -> (change: WebArticleChange, row: Int64) {
        let hash = FeedItemArticle.hash(article)
        return try write { db in
            let known = try Row.fetchOne(
                db, sql: "SELECT id, contentHash FROM article WHERE sourcePath = ? AND feedId IS NULL", arguments: [article.sourcePath])
            let existing: Int64? = known?["id"]
            if let existing, known?["contentHash"] == hash { return (.unchanged, existing) }
            try Self.insert(db, article, hash: hash, existing: existing, spans: spans)
            guard let row = try existing ?? Int64.fetchOne(db, sql: "SELECT id FROM article WHERE sourcePath = ?", arguments: [article.sourcePath]) else {
                throw LibraryError.failed("\(article.sourcePath) was not saved")
            }
            try db.execute(sql: "UPDATE article SET link = ? WHERE id = ?", arguments: [article.sourcePath, row])
            return (existing == nil ? .added : .updated, row)
        }
    }

    /// The article stored from the web address `url`, with when it was stored: what `reader URL`
    /// opens when the page cannot be fetched again.
    public func storedWebArticle(url: String) throws(LibraryError) -> (row: Int64, storedAt: Date)? {
        try read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, importedAt FROM article WHERE sourcePath = ? AND feedId IS NULL", arguments: [url]) else { return nil }
            return (row["id"], Date(timeIntervalSince1970: row["importedAt"]))
        }
    }
}
