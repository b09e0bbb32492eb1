import Foundation
import GRDB
import ReaderEntities
import ReaderDocument
import ReaderCore

/// One article in the library list.
public struct LibraryEntry: Equatable, Sendable {
    public var id: Int64
    public var summary: ArticleSummary
    public var isRead: Bool
    public var isStarred: Bool
}

extension LibraryStore {
    /// The identifier the reader uses for a library article.
    /// Made without interpolation: a start on 100,000 articles makes 100,000 of them.
    public static func articleID(_ rowID: Int64) -> ArticleID { ArticleID("library:" + String(rowID)) }

    public static func rowID(of id: ArticleID) -> Int64? {
        guard id.rawValue.hasPrefix("library:") else { return nil }
        return Int64(id.rawValue.dropFirst("library:".count))
    }

    /// The list: title, source and date only, never the bodies.
    public func entries(_ query: LibraryListQuery = LibraryListQuery()) throws(LibraryError) -> [LibraryEntry] {
        var sql = """
            SELECT article.id, article.sourcePath, article.title, article.datelineText, article.date,
                   IFNULL(readingState.isRead, 0) AS isRead, IFNULL(readingState.isStarred, 0) AS isStarred,
                   IFNULL(feed.title, feed.url) AS feedName
            FROM article LEFT JOIN readingState ON readingState.articleId = article.id
            LEFT JOIN feed ON feed.id = article.feedId
            """
        switch query.filter {
        case .all: break
        case .unread: sql += " WHERE IFNULL(readingState.isRead, 0) = 0"
        case .starred: sql += " WHERE IFNULL(readingState.isStarred, 0) = 1"
        }
        switch query.sort {
        case .date: sql += " ORDER BY article.date DESC, article.title COLLATE NOCASE"
        case .title: sql += " ORDER BY article.title COLLATE NOCASE, article.id"
        }
        return try read { db in
            // A cursor maps rows one at a time instead of holding every row twice.
            var entries: [LibraryEntry] = []
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let datelineText: String? = row[3]
                let date: Double? = row[4]
                let dateline = datelineText.map { Dateline(text: $0, date: date.map(Date.init(timeIntervalSince1970:))) }
                var summary = ArticleSummary(id: Self.articleID(id), sourcePath: row[1], title: row[2], dateline: dateline)
                summary.sourceName = row[7]
                entries.append(LibraryEntry(id: id, summary: summary, isRead: row[5], isStarred: row[6]))
            }
            return entries
        }
    }

    /// A whole article, rebuilt from its stored parts.
    public func article(_ rowID: Int64) throws(LibraryError) -> Article? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [rowID]) else {
                return nil
            }
            return Self.article(from: row)
        }
    }

    static func article(from row: Row) -> Article {
        let id: Int64 = row["id"]
        let datelineText: String? = row["datelineText"]
        let date: Double? = row["date"]
        if let bodyJSON: String = row["bodyJSON"], let stored = StoredBody.decode(bodyJSON) {
            var article = Article(
                id: articleID(id), sourcePath: row["sourcePath"], title: row["title"], byline: row["byline"],
                dateline: datelineText.map { Dateline(text: $0, date: date.map(Date.init(timeIntervalSince1970:))) },
                body: stored.blocks, links: stored.links)
            article.note = stored.note
            return article
        }
        let paragraphsJSON: String = row["paragraphsJSON"]
        let paragraphs = (try? JSONDecoder().decode([String].self, from: Data(paragraphsJSON.utf8))) ?? []
        return Article(
            id: articleID(id), sourcePath: row["sourcePath"], title: row["title"], byline: row["byline"],
            dateline: datelineText.map { Dateline(text: $0, date: date.map(Date.init(timeIntervalSince1970:))) },
            paragraphs: paragraphs)
    }

    public var articleCount: Int {
        (try? read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }) ?? 0
    }

    /// Whether the library has no articles, without counting them (a count reads a whole index).
    public var isEmpty: Bool {
        (try? read { db in try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM article)") ?? true }) ?? true
    }
}

/// Reads articles from the library when the reader opens them.
public struct LibraryArticleSource: ArticleSource {
    public let store: LibraryStore

    public init(store: LibraryStore) {
        self.store = store
    }

    public func articles(mentioning name: String, label: EntityLabel) throws -> Set<ArticleID>? {
        let rows = try store.articles(mentioning: name, label: label)
        return Set(rows.map(LibraryStore.articleID))
    }

    public func highlights(matching query: String?) throws -> [LibraryHighlight]? {
        try store.allHighlights(matching: query)
    }

    public func articles(taggedWith tag: String) throws -> Set<ArticleID>? {
        Set(try store.articleRows(taggedWith: tag).map(LibraryStore.articleID))
    }

    public func tags() throws -> [String]? {
        try store.allTags()
    }

    public func search(_ query: String) throws -> [ArticleID]? {
        try store.searchIDs(query, limit: articleSearchLimit).map(LibraryStore.articleID)
    }

    public func searchCount(_ query: String) throws -> Int? {
        try store.searchCount(query)
    }

    public func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> {
        guard let rowID = LibraryStore.rowID(of: summary.id) else { return .failure(.missing(path: summary.sourcePath)) }
        do {
            guard let article = try store.article(rowID) else {
                // Removed by another command (reader feed remove, reader remove) since the list was read.
                return .failure(.unreadable(path: summary.title, reason: "no longer in the library (removed elsewhere; R reads the list again)"))
            }
            return .success(article)
        } catch {
            // An entry not read yet (the list could not be read either) has no path to name.
            return .failure(.unreadable(path: summary.sourcePath.isEmpty ? summary.id.rawValue : summary.sourcePath, reason: error.description))
        }
    }
}
