import Foundation
import GRDB
import ReaderDocument
import ReaderCore

/// The library's articles for the list: identifiers in each order from the indexes, entries read
/// for the rows about to be shown.
public final class LibraryCatalog: ArticleCatalog {
    let store: LibraryStore

    public init(store: LibraryStore) {
        self.store = store
    }

    public func orderedIDs(_ sort: LibraryListQuery.Sort) throws(LibraryError) -> [ArticleID] {
        let order = sort == .date ? "date DESC, title COLLATE NOCASE" : "title COLLATE NOCASE, id"
        return try store.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY \(order)").map(LibraryStore.articleID)
        }
    }

    public func summaries(of ids: [ArticleID]) throws(LibraryError) -> [ArticleSummary] {
        try store.summaries(ids.compactMap(LibraryStore.rowID))
    }
}

extension LibraryStore {
    /// List entries of the given articles, in no particular order.
    func summaries(_ rowIDs: [Int64]) throws(LibraryError) -> [ArticleSummary] {
        try read { db in
            let marks = rowIDs.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(
                db, sql: """
                    SELECT article.id, article.sourcePath, article.title, article.datelineText, article.date,
                           IFNULL(feed.title, feed.url), articleAnnotation.note, articleAnnotation.tags,
                           articleAnnotation.created, articleAnnotation.modified
                    FROM article LEFT JOIN feed ON feed.id = article.feedId
                    LEFT JOIN articleAnnotation ON articleAnnotation.sourcePath = article.sourcePath
                    WHERE article.id IN (\(marks))
                    """,
                arguments: StatementArguments(rowIDs))
            var summaries: [ArticleSummary] = []
            while let row = try rows.next() {
                let datelineText: String? = row[3]
                let date: Double? = row[4]
                var summary = ArticleSummary(
                    id: Self.articleID(row[0]), sourcePath: row[1], title: row[2],
                    dateline: datelineText.map { Dateline(text: $0, date: date.map(Date.init(timeIntervalSince1970:))) })
                summary.sourceName = row[5]
                if let created: Double = row[8], let modified: Double = row[9] {
                    summary.annotation = ArticleAnnotation(
                        sourcePath: row[1], note: row[6], tags: Self.tags(fromColumn: row[7]),
                        created: Date(timeIntervalSince1970: created), modified: Date(timeIntervalSince1970: modified))
                }
                summaries.append(summary)
            }
            return summaries
        }
    }

    /// Read and starred articles.
    public func marks() throws(LibraryError) -> (read: Set<ArticleID>, starred: Set<ArticleID>) {
        try read { db in
            var read = Set<ArticleID>()
            var starred = Set<ArticleID>()
            let rows = try Row.fetchCursor(
                db, sql: "SELECT articleId, isRead, isStarred FROM readingState WHERE isRead OR isStarred")
            while let row = try rows.next() {
                let id = Self.articleID(row[0])
                if row[1] { read.insert(id) }
                if row[2] { starred.insert(id) }
            }
            return (read, starred)
        }
    }
}

extension LibraryStore {
    /// Read and starred marks of library articles, keyed by source path (for files opened directly).
    public func marksBySourcePath() throws(LibraryError) -> (read: Set<String>, starred: Set<String>) {
        try read { db in
            var read = Set<String>()
            var starred = Set<String>()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT article.sourcePath, readingState.isRead, readingState.isStarred FROM readingState
                JOIN article ON article.id = readingState.articleId WHERE readingState.isRead OR readingState.isStarred
                """)
            while let row = try rows.next() {
                let path: String = row[0]
                if row[1] { read.insert(path) }
                if row[2] { starred.insert(path) }
            }
            return (read, starred)
        }
    }

    /// The library row of the article imported from `sourcePath`, if there is one.
    public func rowID(sourcePath: String) -> Int64? {
        try? read { db in try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE sourcePath = ?", arguments: [sourcePath]) }
    }

    /// The file an article was imported from; nil when the row is gone.
    public func sourcePath(row: Int64) -> String? {
        try? read { db in try String.fetchOne(db, sql: "SELECT sourcePath FROM article WHERE id = ?", arguments: [row]) }
    }
}

extension ReaderState {
    /// The reader's starting state over a library: its articles and marks.
    public static func library(_ store: LibraryStore, size: Size) throws(LibraryError) -> ReaderState {
        var state = ReaderState(index: ArticleIndex(dateOrder: try LibraryCatalog(store: store).orderedIDs(.date)), size: size)
        state.libraryIndexed = true
        let marks = try store.marks()
        state.list.setMarks(read: marks.read, starred: marks.starred)
        if store.isReadOnly { state.statusMessage = LibraryError.readOnly(path: store.path).description }
        return state
    }
}
