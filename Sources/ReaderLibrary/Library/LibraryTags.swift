import Foundation
import GRDB
import ReaderDocument
import ReaderCore

/// A tag and how much carries it, for `reader tags`.
public struct TagCount: Equatable, Sendable {
    public var tag: String
    public var highlights: Int
    public var articles: Int

    public init(tag: String, highlights: Int, articles: Int) {
        self.tag = tag
        self.highlights = highlights
        self.articles = articles
    }
}

extension LibraryStore {
    static func tagsColumn(_ tags: [String]) -> String {
        Tags.canonical(tags).joined(separator: " ")
    }

    static func tags(fromColumn text: String?) -> [String] {
        (text ?? "").split(separator: " ").map(String.init)
    }

    /// The note and tags of the article at `sourcePath`; nil when it has none.
    public func articleAnnotation(sourcePath: String) throws(LibraryError) -> ArticleAnnotation? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM articleAnnotation WHERE sourcePath = ?", arguments: [sourcePath]).map(Self.articleAnnotation(from:))
        }
    }

    /// Stores an article's note and tags, committed at once; with neither, removes them.
    public func saveArticleAnnotation(_ annotation: ArticleAnnotation) throws(LibraryError) {
        try write { db in try Self.upsert(db, annotation) }
    }

    static func upsert(_ db: Database, _ annotation: ArticleAnnotation) throws {
        if annotation.isEmpty {
            try db.execute(sql: "DELETE FROM articleAnnotation WHERE sourcePath = ?", arguments: [annotation.sourcePath])
            return
        }
        try db.execute(sql: """
            INSERT OR REPLACE INTO articleAnnotation (sourcePath, note, tags, created, modified) VALUES (?, ?, ?, ?, ?)
            """, arguments: [
                annotation.sourcePath, annotation.hasNote ? annotation.note : nil, tagsColumn(annotation.tags),
                annotation.created.timeIntervalSince1970, annotation.modified.timeIntervalSince1970,
            ])
    }

    /// Every article note and tag set, by source path.
    public func allArticleAnnotations() throws(LibraryError) -> [ArticleAnnotation] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM articleAnnotation ORDER BY sourcePath").map(Self.articleAnnotation(from:))
        }
    }

    static func articleAnnotation(from row: Row) -> ArticleAnnotation {
        ArticleAnnotation(
            sourcePath: row["sourcePath"], note: row["note"], tags: tags(fromColumn: row["tags"]),
            created: Date(timeIntervalSince1970: row["created"]), modified: Date(timeIntervalSince1970: row["modified"]))
    }

    /// Every tag with the highlights and articles that carry it, by name.
    public func tagCounts() throws(LibraryError) -> [TagCount] {
        try read { db in
            var highlights: [String: Int] = [:]
            var articles: [String: Int] = [:]
            for text in try String.fetchAll(db, sql: "SELECT tags FROM highlight WHERE tags != ''") {
                for tag in Self.tags(fromColumn: text) { highlights[tag, default: 0] += 1 }
            }
            for text in try String.fetchAll(db, sql: "SELECT tags FROM articleAnnotation WHERE tags != ''") {
                for tag in Self.tags(fromColumn: text) { articles[tag, default: 0] += 1 }
            }
            return Set(highlights.keys).union(articles.keys).sorted().map {
                TagCount(tag: $0, highlights: highlights[$0] ?? 0, articles: articles[$0] ?? 0)
            }
        }
    }

    /// Every tag in use, by name: what the tag prompt completes.
    public func allTags() throws(LibraryError) -> [String] {
        try tagCounts().map(\.tag)
    }

    /// The articles carrying `tag` themselves or on one of their highlights.
    public func articleRows(taggedWith tag: String) throws(LibraryError) -> Set<Int64> {
        guard let tag = Tags.normalized(tag) else { return [] }
        return try read { db in
            var rows = Set<Int64>()
            for row in try Row.fetchAll(db, sql: "SELECT articleId, tags FROM highlight WHERE articleId IS NOT NULL AND tags != ''") {
                if Self.tags(fromColumn: row["tags"]).contains(tag) { rows.insert(row["articleId"]) }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT article.id, articleAnnotation.tags FROM articleAnnotation JOIN article ON article.sourcePath = articleAnnotation.sourcePath
                WHERE articleAnnotation.tags != ''
                """) {
                if Self.tags(fromColumn: row["tags"]).contains(tag) { rows.insert(row["id"]) }
            }
            return rows
        }
    }

    /// Articles with highlights or a note or tags, as exports write them: the library's articles
    /// in list order (newest first), then what is kept of removed ones. `article` narrows to one.
    public func annotatedArticles(article rowID: Int64? = nil) throws(LibraryError) -> [AnnotatedArticle] {
        let highlights = try allHighlights(article: rowID)
        var annotations = try allArticleAnnotations()
        if let rowID {
            let path = sourcePath(row: rowID)
            annotations = annotations.filter { $0.sourcePath == path }
        }
        var articles = AnnotatedArticle.grouping(highlights, annotations: annotations)
        let details: [String: (id: Int64, title: String, byline: String?, date: Double?, link: String?, feed: String?)] = try read { db in
            var found: [String: (id: Int64, title: String, byline: String?, date: Double?, link: String?, feed: String?)] = [:]
            let statement = try db.cachedStatement(sql: """
                SELECT article.id, article.title, article.byline, article.date, article.link, feed.url FROM article
                LEFT JOIN feed ON feed.id = article.feedId WHERE article.sourcePath = ?
                """)
            for path in Set(articles.map(\.sourcePath)) {
                if let row = try Row.fetchOne(statement, arguments: [path]) {
                    found[path] = (row[0], row[1], row[2], row[3], row[4], row[5])
                }
            }
            return found
        }
        for index in articles.indices {
            guard let row = details[articles[index].sourcePath] else { continue }
            articles[index].readerID = row.id
            articles[index].title = row.title
            articles[index].byline = row.byline
            articles[index].date = row.date.map(Date.init(timeIntervalSince1970:))
            articles[index].link = row.link
            articles[index].feedURL = row.feed
        }
        // In the library first, newest first; then those it no longer has, by title.
        return articles.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if (a.readerID == nil) != (b.readerID == nil) { return a.readerID != nil }
            if a.date != b.date { return (a.date ?? .distantPast) > (b.date ?? .distantPast) }
            if a.title != b.title { return a.title < b.title }
            return left.offset < right.offset
        }.map(\.element)
    }
}
