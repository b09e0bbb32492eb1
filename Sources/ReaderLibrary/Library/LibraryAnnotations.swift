import Foundation
import GRDB
import ReaderDocument
import ReaderCore

extension LibraryStore {
    /// Adds or replaces a highlight, committed at once. `rowID` is its article's library row.
    public func saveHighlight(_ highlight: Highlight, rowID: Int64?, articleTitle: String) throws(LibraryError) {
        try write { db in try Self.upsert(db, highlight, rowID: rowID, articleTitle: articleTitle) }
    }

    /// Adds many highlights in one transaction (annotation imports, benchmarks).
    public func saveHighlights(_ highlights: [(Highlight, rowID: Int64?, articleTitle: String)]) throws(LibraryError) {
        try write { db in
            for (highlight, rowID, title) in highlights { try Self.upsert(db, highlight, rowID: rowID, articleTitle: title) }
        }
    }

    static func upsert(_ db: Database, _ highlight: Highlight, rowID: Int64?, articleTitle: String) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO highlight (id, articleId, sourcePath, articleTitle, start, end, exact, prefix, suffix,
                color, note, created, modified, orphaned, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                highlight.id, rowID, highlight.sourcePath, articleTitle, highlight.start, highlight.end,
                highlight.quote.exact, highlight.quote.prefix, highlight.quote.suffix, highlight.color.rawValue,
                highlight.note, highlight.created.timeIntervalSince1970, highlight.modified.timeIntervalSince1970,
                highlight.isOrphaned, Self.tagsColumn(highlight.tags),
            ])
    }

    public func deleteHighlight(_ id: String) throws(LibraryError) {
        try write { db in try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [id]) }
    }

    /// An article's highlights in text order (orphaned ones last).
    public func highlights(article rowID: Int64) throws(LibraryError) -> [Highlight] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM highlight WHERE articleId = ? ORDER BY orphaned, start, end", arguments: [rowID])
                .map(Self.highlight(from:))
        }
    }

    /// Highlights across the library, newest change first; `matching` searches quotes, notes, titles
    /// and tags (a word `#tag` only the tags, whole).
    public func allHighlights(matching query: String? = nil, article rowID: Int64? = nil) throws(LibraryError) -> [LibraryHighlight] {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        if let rowID {
            conditions.append("highlight.articleId = ?")
            arguments.append(rowID)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order = rowID == nil ? "highlight.modified DESC" : "highlight.orphaned, highlight.start"
        let words = (query ?? "").split(separator: " ").map(String.init)
        let all = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT highlight.*, article.date AS articleDate, article.link AS articleLink, feed.url AS feedURL
                FROM highlight LEFT JOIN article ON article.id = highlight.articleId LEFT JOIN feed ON feed.id = article.feedId
                \(filter) ORDER BY \(order)
                """, arguments: StatementArguments(arguments)).map { row in
                let date: Double? = row["articleDate"]
                return LibraryHighlight(
                    highlight: Self.highlight(from: row), articleTitle: row["articleTitle"],
                    articleDate: date.map(Date.init(timeIntervalSince1970:)), articleLink: row["articleLink"], feedURL: row["feedURL"])
            }
        }
        // Matched here, not by SQL's LIKE, which ignores case only in ASCII and never ignores accents.
        return all.filter { item in
            words.allSatisfy { word in
                if word.hasPrefix("#") { return Tags.normalized(word).map(item.highlight.tags.contains) ?? false }
                return [item.highlight.quote.exact, item.highlight.note ?? "", item.articleTitle, item.highlight.tags.joined(separator: " ")]
                    .contains { TextMatcher.contains(word, in: $0) }
            }
        }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    public var highlightCount: Int {
        (try? read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM highlight") ?? 0 }) ?? 0
    }

    static func highlight(from row: Row) -> Highlight {
        let rowID: Int64? = row["articleId"]
        return Highlight(
            id: row["id"], articleID: rowID.map(articleID), sourcePath: row["sourcePath"], start: row["start"], end: row["end"],
            quote: TextQuote(exact: row["exact"], prefix: row["prefix"], suffix: row["suffix"]),
            color: HighlightColor(rawValue: row["color"]) ?? .yellow, note: row["note"],
            created: Date(timeIntervalSince1970: row["created"]), modified: Date(timeIntervalSince1970: row["modified"]),
            isOrphaned: row["orphaned"], tags: tags(fromColumn: row["tags"]))
    }

    /// Finds an article's highlights again in its new text (inside the import's transaction).
    static func reanchorHighlights(_ db: Database, rowID: Int64, article: Article) throws {
        let stored = try Row.fetchAll(db, sql: "SELECT * FROM highlight WHERE articleId = ?", arguments: [rowID]).map(highlight(from:))
        guard !stored.isEmpty else { return }
        let scalars = Array(article.plainText.unicodeScalars)
        let outcomes = TextAnchoring.locateAll(stored.map { ($0.quote, $0.start) }, in: scalars)
        for (var highlight, outcome) in zip(stored, outcomes) {
            switch outcome {
            case .unchanged:
                highlight.isOrphaned = false
            case .moved(let range), .approximate(let range):
                highlight.start = range.lowerBound
                highlight.end = range.upperBound
                highlight.quote = TextQuote(range: range, in: scalars)
                highlight.isOrphaned = false
            case .orphaned:
                highlight.isOrphaned = true
            }
            try upsert(db, highlight, rowID: rowID, articleTitle: article.title)
        }
    }

    /// Highlights kept from a removed article of the same file (or read in before it was imported)
    /// belong to the new article of that file, found in its text where they still are.
    static func reattachKeptHighlights(_ db: Database, rowID: Int64, article: Article) throws {
        try db.cachedStatement(sql: "UPDATE highlight SET articleId = ? WHERE articleId IS NULL AND sourcePath = ?")
            .execute(arguments: [rowID, article.sourcePath])
        if db.changesCount > 0 { try reanchorHighlights(db, rowID: rowID, article: article) }
    }

    /// Removes an article. Its highlights are kept orphaned, or deleted with `deleteHighlights`.
    public func removeArticle(_ rowID: Int64, deleteHighlights: Bool) throws(LibraryError) {
        try write { db in
            if deleteHighlights {
                try db.execute(sql: "DELETE FROM highlight WHERE articleId = ?", arguments: [rowID])
            } else {
                try db.execute(sql: "UPDATE highlight SET orphaned = 1 WHERE articleId = ?", arguments: [rowID])
            }
            try db.execute(sql: "DELETE FROM articleSearch WHERE rowid = ?", arguments: [rowID])
            try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [rowID])
        }
    }
}
