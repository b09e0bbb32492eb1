import Foundation
import GRDB

/// A feed the library follows.
public struct StoredFeed: Equatable, Sendable {
    public var id: Int64
    public var url: String
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var lastFetchedAt: Date?
    public var lastError: String?
    public var itemCount: Int
    /// The last refresh read a damaged document in recovery mode.
    public var recovered = false

    /// The feed's name where it has one, else its address.
    public var name: String { title ?? url }
}

/// What a refresh did to one feed's items.
public struct FeedUpdate: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    public init() {}
}

extension LibraryStore {
    /// Follows a feed; adding one already followed returns the existing one.
    public func addFeed(url: String, title: String? = nil) throws(LibraryError) -> StoredFeed {
        try write { db in
            try db.execute(
                sql: "INSERT INTO feed (url, title, addedAt) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING",
                arguments: [url, title, Date().timeIntervalSince1970])
        }
        guard let feed = try feeds().first(where: { $0.url == url }) else { throw .failed("feed \(url) was not saved") }
        return feed
    }

    public func feeds() throws(LibraryError) -> [StoredFeed] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT feed.*, (SELECT COUNT(*) FROM article WHERE article.feedId = feed.id) AS itemCount
                FROM feed ORDER BY feed.id
                """).map { row in
                let fetched: Double? = row["lastFetchedAt"]
                return StoredFeed(
                    id: row["id"], url: row["url"], title: row["title"], etag: row["etag"], lastModified: row["lastModified"],
                    lastFetchedAt: fetched.map(Date.init(timeIntervalSince1970:)), lastError: row["lastError"],
                    itemCount: row["itemCount"], recovered: row["recovered"] ?? false)
            }
        }
    }

    /// The feed a user means: its number, its URL or its name (case-insensitive).
    public func feed(matching reference: String) throws(LibraryError) -> StoredFeed? {
        let all = try feeds()
        if let id = Int64(reference), let feed = all.first(where: { $0.id == id }) { return feed }
        return all.first { $0.url == reference } ?? all.first { $0.title?.lowercased() == reference.lowercased() }
    }

    /// Stops following a feed and removes its items with their reading state and entities.
    public func removeFeed(_ id: Int64) throws(LibraryError) {
        try write { db in
            try db.execute(sql: "DELETE FROM articleSearch WHERE rowid IN (SELECT id FROM article WHERE feedId = ?)", arguments: [id])
            try db.execute(sql: "DELETE FROM article WHERE feedId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [id])
        }
    }

    /// Records a failed refresh; the feed's items stay as they were.
    public func recordFeedError(_ id: Int64, _ message: String) throws(LibraryError) {
        try write { db in
            try db.execute(sql: "UPDATE feed SET lastError = ?, lastFetchedAt = ? WHERE id = ?",
                           arguments: [message, Date().timeIntervalSince1970, id])
        }
    }

    /// Records a 304 Not Modified.
    public func recordFeedUnchanged(_ id: Int64) throws(LibraryError) {
        try write { db in
            try db.execute(sql: "UPDATE feed SET lastError = NULL, lastFetchedAt = ? WHERE id = ?",
                           arguments: [Date().timeIntervalSince1970, id])
        }
    }

    /// Stores a refreshed feed in one transaction: new items are added, changed ones updated (their
    /// reading state kept), unchanged ones left alone; items that left the feed stay in the library.
    /// `itemLinks` holds each item's own link by its source path.
    public func storeFeed(
        _ id: Int64, title: String?, siteURL: String?, etag: String?, lastModified: String?, articles: [Article],
        itemLinks: [String: String] = [:], recovered: Bool = false
    ) throws(LibraryError) -> FeedUpdate {
        try write { db in
            var known: [String: (id: Int64, hash: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, sourcePath, contentHash FROM article WHERE feedId = ?", arguments: [id]) {
                known[row["sourcePath"]] = (row["id"], row["contentHash"])
            }
            var update = FeedUpdate()
            var seen: Set<String> = []
            for article in articles where seen.insert(article.sourcePath).inserted {
                let hash = FeedItemArticle.hash(article)
                let existing = known[article.sourcePath]
                if existing?.hash == hash {
                    update.unchanged += 1
                    continue
                }
                try Self.insert(db, article, hash: hash, existing: existing?.id, spans: nil, feedId: id)
                if existing == nil { update.added += 1 } else { update.updated += 1 }
            }
            // Also for unchanged items, so items stored before links were kept get theirs.
            let setLink = try db.cachedStatement(sql: "UPDATE article SET link = ? WHERE sourcePath = ? AND feedId = ? AND link IS NOT ?")
            for (path, link) in itemLinks where seen.contains(path) {
                try setLink.execute(arguments: [link, path, id, link])
            }
            try db.execute(
                sql: """
                    UPDATE feed SET title = IFNULL(?, title), siteURL = IFNULL(?, siteURL), etag = ?, lastModified = ?,
                    lastFetchedAt = ?, lastError = NULL, recovered = ? WHERE id = ?
                    """,
                arguments: [title, siteURL, etag, lastModified, Date().timeIntervalSince1970, recovered, id])
            return update
        }
    }
}
