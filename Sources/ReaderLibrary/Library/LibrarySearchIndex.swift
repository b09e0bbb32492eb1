import Foundation
import GRDB
import ReaderCore

extension LibraryStore {
    /// Indexes articles imported with deferred search indexing, a batch per transaction, and
    /// returns how many were indexed. Cheap when nothing is pending.
    @discardableResult
    public func catchUpSearchIndex(batchSize: Int = 256) throws(LibraryError) -> Int {
        var indexed = 0
        while true {
            let count = try write { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT article.id, article.title, article.byline, article.paragraphsJSON FROM searchPending
                        JOIN article ON article.id = searchPending.articleId LIMIT ?
                        """,
                    arguments: [batchSize])
                for row in rows {
                    let id: Int64 = row[0]
                    let paragraphsJSON: String = row[3]
                    let paragraphs = (try? JSONDecoder().decode([String].self, from: Data(paragraphsJSON.utf8))) ?? []
                    try db.execute(sql: "DELETE FROM articleSearch WHERE rowid = ?", arguments: [id])
                    try Self.indexForSearch(db, rowID: id, title: row[1], byline: row[2], paragraphs: paragraphs)
                    try db.execute(sql: "DELETE FROM searchPending WHERE articleId = ?", arguments: [id])
                }
                return rows.count
            }
            indexed += count
            if count < batchSize { return indexed }
        }
    }
}
