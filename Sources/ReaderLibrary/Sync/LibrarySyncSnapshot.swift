import Foundation
import GRDB
import ReaderDocument

/// The library as `reader sync` sees it: each article's (and each orphaned highlight group's)
/// state under its sync key, with the row the key names here.
public struct LibrarySyncSnapshot: Sendable {
    public var articles: [String: SyncLocalArticle] = [:]
    /// The library row of each key that names an article here.
    public var rows: [String: Int64] = [:]
    /// Titles for highlights stored without their article.
    var titles: [String: String] = [:]

    /// The key's state, empty when the library knows nothing of it.
    public func local(_ key: String) -> SyncLocalArticle { articles[key] ?? SyncLocalArticle(key: key) }
}

/// What changed in the library since a time, as sync keys.
extension LibraryStore {
    /// Keys of articles whose metadata, marks or highlights changed at or after `since` (ms);
    /// every key when `since` is nil. Cheap when nothing changed: four indexed or small queries.
    public func syncChangedKeys(since: Int64?) throws(LibraryError) -> Set<String>? {
        guard let since else { return nil }
        let seconds = Double(since) / 1000
        return try read { db in
            var rows = Set(try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE importedAt >= ?", arguments: [seconds]))
            rows.formUnion(try Int64.fetchAll(db, sql: """
                SELECT articleId FROM readingState WHERE readAt >= ? OR starredAt >= ? OR positionAt >= ?
                """, arguments: [seconds, seconds, seconds]))
            var paths: Set<String> = []
            for row in try Row.fetchAll(db, sql: "SELECT articleId, sourcePath FROM highlight WHERE modified >= ?", arguments: [seconds]) {
                if let id: Int64 = row[0] { rows.insert(id) } else { paths.insert(row[1]) }
            }
            paths.formUnion(try String.fetchAll(db, sql: "SELECT sourcePath FROM syncTombstone WHERE deletedAt >= ?", arguments: [seconds]))
            guard !rows.isEmpty || !paths.isEmpty else { return [] }
            var keys: Set<String> = []
            let articles = try Self.syncArticleRows(db)
            var keyByPath: [String: String] = [:]
            for article in articles.values { keyByPath[article.sourcePath] = article.key }
            for id in rows { if let article = articles[id] { keys.insert(article.key) } }
            for path in paths { keys.insert(try keyByPath[path] ?? Self.storedKey(db, sourcePath: path)) }
            return keys
        }
    }

    struct SyncArticleRow {
        var id: Int64
        var key: String
        var sourcePath: String
        var meta: [String: JSONValue]
        var title: String
    }

    static func syncArticleRows(_ db: Database) throws -> [Int64: SyncArticleRow] {
        var rows: [Int64: SyncArticleRow] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT article.id, article.sourcePath, article.contentHash, article.link, article.title, article.date, feed.url
            FROM article LEFT JOIN feed ON feed.id = article.feedId
            """) {
            let id: Int64 = row[0]
            let sourcePath: String = row[1]
            let hash: String = row[2]
            let link: String? = row[3]
            let title: String = row[4]
            let date: Double? = row[5]
            let feed: String? = row[6]
            var meta: [String: JSONValue] = ["title": .string(title), "source": .string(W3CAnnotations.sourceIRI(sourcePath))]
            if let link { meta["url"] = .string(link) } else { meta["contentHash"] = .string(hash) }
            if let feed { meta["feed"] = .string(feed) }
            if let date { meta["date"] = .string(SyncTime.text(SyncTime.milliseconds(seconds: date))) }
            rows[id] = SyncArticleRow(id: id, key: SyncArticleKey.key(contentHash: hash, link: link), sourcePath: sourcePath, meta: meta, title: title)
        }
        return rows
    }

    static func storedKey(_ db: Database, sourcePath: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT key FROM syncArticleKey WHERE sourcePath = ?", arguments: [sourcePath])
            ?? SyncArticleKey.key(sourcePath: sourcePath)
    }

    /// Everything sync compares, grouped by key.
    public func syncSnapshot() throws(LibraryError) -> LibrarySyncSnapshot {
        try read { db in
            var snapshot = LibrarySyncSnapshot()
            let articles = try Self.syncArticleRows(db)
            var keyByPath: [String: String] = [:]
            for article in articles.values {
                keyByPath[article.sourcePath] = article.key
                snapshot.rows[article.key] = article.id
                snapshot.titles[article.key] = article.title
                snapshot.articles[article.key] = SyncLocalArticle(key: article.key, article: article.meta, sourcePath: article.sourcePath)
            }
            for row in try Row.fetchAll(db, sql: "SELECT sourcePath, key FROM syncArticleKey") {
                let path: String = row[0]
                if keyByPath[path] == nil { keyByPath[path] = row[1] }
            }
            func key(_ path: String) -> String { keyByPath[path] ?? SyncArticleKey.key(sourcePath: path) }
            for row in try Row.fetchAll(db, sql: "SELECT articleId, isRead, isStarred, anchorBlock, anchorOffset, readAt, starredAt, positionAt FROM readingState") {
                guard let article = articles[row[0]] else { continue }
                var marks: [SyncMarkName: SyncMark] = [:]
                if let at: Double = row[5] { marks[.read] = SyncMark(value: .bool(row[1]), at: SyncTime.milliseconds(seconds: at)) }
                if let at: Double = row[6] { marks[.starred] = SyncMark(value: .bool(row[2]), at: SyncTime.milliseconds(seconds: at)) }
                if let at: Double = row[7] {
                    let block: Int? = row[3], offset: Int? = row[4]
                    marks[.position] = block.map { SyncMark.position(block: $0, offset: offset ?? 0, at: SyncTime.milliseconds(seconds: at)) }
                        ?? SyncMark(value: .null, at: SyncTime.milliseconds(seconds: at))
                }
                snapshot.articles[article.key]?.marks = marks
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM highlight") {
                let highlight = Self.highlight(from: row)
                let articleID: Int64? = row["articleId"]
                let k = articleID.flatMap { articles[$0]?.key } ?? key(highlight.sourcePath)
                if snapshot.articles[k] == nil {
                    snapshot.articles[k] = SyncLocalArticle(key: k)
                    snapshot.titles[k] = row["articleTitle"]
                }
                snapshot.articles[k]?.highlights[highlight.id] = highlight
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, sourcePath, deletedAt FROM syncTombstone") {
                let k = key(row[1])
                if snapshot.articles[k] == nil { snapshot.articles[k] = SyncLocalArticle(key: k) }
                snapshot.articles[k]?.tombstones[row[0]] = SyncTime.milliseconds(seconds: row[2])
            }
            return snapshot
        }
    }

    /// Applies what reconciliations asked of the library, and the sync's own state, in one
    /// transaction: either all of it is stored or none.
    public func applySync(
        _ changes: [(key: String, record: SyncRecord, changes: SyncLibraryChanges)], snapshot: LibrarySyncSnapshot,
        state: [String: String]
    ) throws(LibraryError) {
        try write { db in
            for (key, record, change) in changes where !change.isEmpty {
                let row = snapshot.rows[key]
                if let row { try Self.applyMarks(db, row: row, change.marks) }
                let source = snapshot.articles[key]?.sourcePath ?? record.article["source"]?.string.map(W3CAnnotations.sourcePath) ?? key
                for (id, at) in change.deletions {
                    try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [id])
                    try db.execute(sql: "INSERT OR REPLACE INTO syncTombstone (id, sourcePath, deletedAt) VALUES (?, ?, ?)",
                                   arguments: [id, source, Double(at) / 1000])
                }
                guard !change.upserts.isEmpty else { continue }
                let title = snapshot.titles[key] ?? record.article["title"]?.string ?? ""
                for var highlight in change.upserts {
                    highlight.sourcePath = source
                    highlight.isOrphaned = row == nil
                    try db.execute(sql: "DELETE FROM syncTombstone WHERE id = ?", arguments: [highlight.id])
                    try Self.upsert(db, highlight, rowID: row, articleTitle: title)
                }
                if let row, let stored = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [row]) {
                    // Found again in this machine's copy of the text, which may differ from the other's.
                    try Self.reanchorHighlights(db, rowID: row, article: Self.article(from: stored))
                } else {
                    try db.execute(sql: "INSERT OR REPLACE INTO syncArticleKey (sourcePath, key) VALUES (?, ?)", arguments: [source, key])
                }
            }
            for (name, value) in state {
                try db.execute(sql: "INSERT OR REPLACE INTO appState (key, value) VALUES (?, ?)", arguments: [name, value])
            }
        }
    }

    static func applyMarks(_ db: Database, row: Int64, _ marks: [SyncMarkName: SyncMark]) throws {
        guard !marks.isEmpty else { return }
        try db.execute(sql: "INSERT OR IGNORE INTO readingState (articleId) VALUES (?)", arguments: [row])
        for (name, mark) in marks {
            let at = Double(mark.at) / 1000
            switch name {
            case .read:
                try db.execute(sql: "UPDATE readingState SET isRead = ?, readAt = ? WHERE articleId = ?", arguments: [mark.value.bool ?? false, at, row])
            case .starred:
                try db.execute(sql: "UPDATE readingState SET isStarred = ?, starredAt = ? WHERE articleId = ?", arguments: [mark.value.bool ?? false, at, row])
            case .position:
                let position = mark.position
                try db.execute(sql: "UPDATE readingState SET anchorBlock = ?, anchorOffset = ?, positionAt = ? WHERE articleId = ?",
                               arguments: [position?.block, position?.offset, at, row])
            }
        }
    }

    /// The sync's own small state (its marker and last imported commit), kept with the library.
    public func syncState(_ name: String) -> String? { appState(name) }
}
