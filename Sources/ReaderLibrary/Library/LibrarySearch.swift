import GRDB
import ReaderEntities
import ReaderDocument
import ReaderCore

/// One full-text search result.
public struct SearchHit: Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var snippet: String
}

/// An entity across the library: its name and label, and how many articles mention it.
public struct LibraryEntity: Equatable, Sendable {
    public var name: String
    public var label: EntityLabel
    public var articles: Int
    public var mentions: Int
}

extension LibraryStore {
    /// Ranked matches for words typed by a person: each word must occur (prefix match on the last).
    public func search(_ query: String, limit: Int = 100) throws(LibraryError) -> [SearchHit] {
        guard let pattern = Self.ftsPattern(query) else { return [] }
        if !isReadOnly { try catchUpSearchIndex() }
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT article.id, article.title, snippet(articleSearch, 2, '[', ']', '…', 12) AS snippet
                    FROM articleSearch JOIN article ON article.id = articleSearch.rowid
                    WHERE articleSearch MATCH ? ORDER BY bm25(articleSearch, 10.0, 3.0, 1.0) LIMIT ?
                    """,
                arguments: [pattern, limit]
            ).map { SearchHit(id: $0["id"], title: $0["title"], snippet: $0["snippet"]) }
        }
    }

    /// Ranked matches as article rows only: what the reader's list needs, without snippets.
    public func searchIDs(_ query: String, limit: Int = 500) throws(LibraryError) -> [Int64] {
        guard let pattern = Self.ftsPattern(query) else { return [] }
        if !isReadOnly { try catchUpSearchIndex() }
        return try read { db in
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM articleSearch WHERE articleSearch MATCH ? ORDER BY bm25(articleSearch, 10.0, 3.0, 1.0) LIMIT ?",
                arguments: [pattern, limit])
        }
    }

    /// How many articles match a query in all (`searchIDs` lists at most its limit).
    public func searchCount(_ query: String) throws(LibraryError) -> Int {
        guard let pattern = Self.ftsPattern(query) else { return 0 }
        if !isReadOnly { try catchUpSearchIndex() }
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articleSearch WHERE articleSearch MATCH ?", arguments: [pattern]) ?? 0
        }
    }

    /// A safe FTS5 query: words quoted (no operators from user input), the last one as a prefix.
    static func ftsPattern(_ query: String) -> String? {
        let words = SearchQuery.words(of: query)
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { index, word in
            "\"\(word)\"" + (index == words.count - 1 ? " *" : "")
        }.joined(separator: " ")
    }

    /// Stored entities of an article, if they were computed by the current recogniser.
    public func entities(_ rowID: Int64) throws(LibraryError) -> [EntitySpan]? {
        try read { db in
            let version = try Int.fetchOne(db, sql: "SELECT recognizerVersion FROM entityRun WHERE articleId = ?", arguments: [rowID])
            guard version == EntityRecognizer.version else { return nil }
            return try Row.fetchAll(db, sql: "SELECT label, start, end, text FROM entityMention WHERE articleId = ? ORDER BY start",
                                    arguments: [rowID]).compactMap { row in
                EntityLabel(rawValue: row["label"]).map { EntitySpan(start: row["start"], end: row["end"], label: $0, text: row["text"]) }
            }
        }
    }

    /// Stores entities computed after import (a newer recogniser, or an import without entities).
    public func saveEntities(_ rowID: Int64, spans: [EntitySpan]) throws(LibraryError) {
        try write { db in
            try db.execute(sql: "DELETE FROM entityMention WHERE articleId = ?", arguments: [rowID])
            try Self.insertEntities(db, rowID: rowID, spans: spans)
        }
    }

    /// Stores entities found in `article`'s text, unless the row's text is no longer that text (a
    /// refresh or re-import changed it while they were found): then nothing is stored, and false.
    @discardableResult
    public func saveEntities(_ rowID: Int64, spans: [EntitySpan], foundIn article: Article) throws(LibraryError) -> Bool {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [rowID]),
                  Self.article(from: row).plainText == article.plainText else { return false }
            try db.execute(sql: "DELETE FROM entityMention WHERE articleId = ?", arguments: [rowID])
            try Self.insertEntities(db, rowID: rowID, spans: spans)
            return true
        }
    }

    /// The entities mentioned in the most articles.
    public func topEntities(limit: Int) throws(LibraryError) -> [LibraryEntity] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT groupName, label, COUNT(DISTINCT articleId) AS articles, COUNT(*) AS mentions
                    FROM entityMention WHERE label NOT IN ('CARDINAL', 'ORDINAL', 'QUANTITY', 'PERCENT', 'MONEY', 'DATE', 'TIME')
                    GROUP BY groupName, label ORDER BY articles DESC, mentions DESC, groupName LIMIT ?
                    """,
                arguments: [limit]
            ).compactMap { row in
                EntityLabel(rawValue: row["label"]).map {
                    LibraryEntity(name: row["groupName"], label: $0, articles: row["articles"], mentions: row["mentions"])
                }
            }
        }
    }

    /// The articles that mention an entity (by its alias-group name and label).
    public func articles(mentioning name: String, label: EntityLabel) throws(LibraryError) -> Set<Int64> {
        try read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT articleId FROM entityMention WHERE groupName = ? AND label = ?",
                                   arguments: [name, label.rawValue]))
        }
    }
}
