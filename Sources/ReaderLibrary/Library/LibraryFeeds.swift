import Foundation
import GRDB
import ReaderDocument
import ReaderCore

/// A feed the library follows.
public struct StoredFeed: Equatable, Sendable {
    public var id: Int64
    public var url: String
    public var title: String?
    /// The feed's site, as its last refresh gave it.
    public var siteURL: String?
    public var etag: String?
    public var lastModified: String?
    public var lastFetchedAt: Date?
    public var lastError: String?
    public var itemCount: Int
    /// The last refresh read a damaged document in recovery mode.
    public var recovered = false
    /// Whether items are shown with their linked page's full text; nil: as the config says.
    public var fullText: Bool?

    /// The feed's name where it has one, else its address.
    public var name: String { title ?? url }
}

/// What the library knows of a stored feed item, to tell which pages to fetch.
public struct FeedItemState: Equatable, Sendable {
    /// The hash of the feed's own text of the item.
    public var hash: String
    public var fullTextTried: Bool
}

/// What a refresh did to one feed's items.
public struct FeedUpdate: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Items left out because an earlier item of the feed has the same guid or id.
    public var duplicates = 0

    public init() {}
}

extension LibraryStore {
    /// Follows a feed; adding one already followed returns the existing one.
    public func addFeed(url: String, title: String? = nil, fullText: Bool? = nil) throws(LibraryError) -> StoredFeed {
        try write { db in
            try db.execute(
                sql: "INSERT INTO feed (url, title, addedAt, fullText) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO NOTHING",
                arguments: [url, title, Date().timeIntervalSince1970, fullText])
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
                    id: row["id"], url: row["url"], title: row["title"], siteURL: row["siteURL"], etag: row["etag"], lastModified: row["lastModified"],
                    lastFetchedAt: fetched.map(Date.init(timeIntervalSince1970:)), lastError: row["lastError"],
                    itemCount: row["itemCount"], recovered: row["recovered"] ?? false, fullText: row["fullText"])
            }
        }
    }

    /// The feed a user means: its number, its URL or its name (case-insensitive); the first of
    /// several with that name.
    public func feed(matching reference: String) throws(LibraryError) -> StoredFeed? {
        try feeds(matching: reference).first
    }

    /// The feeds a reference can mean: the one with that number or URL, else every feed with
    /// that name (case-insensitive; names come from the feeds, so two can share one).
    public func feeds(matching reference: String) throws(LibraryError) -> [StoredFeed] {
        let all = try feeds()
        if let id = Int64(reference), let feed = all.first(where: { $0.id == id }) { return [feed] }
        if let feed = all.first(where: { $0.url == reference }) { return [feed] }
        return all.filter { $0.title?.lowercased() == reference.lowercased() }
    }

    /// How many highlights and notes the feed's items carry.
    public func highlightCount(feed id: Int64) throws(LibraryError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM highlight WHERE articleId IN (SELECT id FROM article WHERE feedId = ?)",
                             arguments: [id]) ?? 0
        }
    }

    /// Stops following a feed and removes its items with their reading state and entities; their
    /// highlights are deleted, or kept orphaned (listed and exported with their quotes).
    public func removeFeed(_ id: Int64, deleteHighlights: Bool = false) throws(LibraryError) {
        try write { db in
            let items = "SELECT id FROM article WHERE feedId = ?"
            if deleteHighlights {
                try db.execute(sql: "DELETE FROM highlight WHERE articleId IN (\(items))", arguments: [id])
            } else {
                try db.execute(sql: "UPDATE highlight SET orphaned = 1 WHERE articleId IN (\(items))", arguments: [id])
            }
            try db.execute(sql: "DELETE FROM articleSearch WHERE rowid IN (SELECT id FROM article WHERE feedId = ?)", arguments: [id])
            try db.execute(sql: "DELETE FROM article WHERE feedId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [id])
        }
    }

    /// Sets whether the feed's items are shown with their linked page's full text (nil: as the
    /// config says). Items already stored get it as they change, or on their first refresh after.
    public func setFeedFullText(_ id: Int64, _ fullText: Bool?) throws(LibraryError) {
        try write { db in try db.execute(sql: "UPDATE feed SET fullText = ? WHERE id = ?", arguments: [fullText, id]) }
    }

    /// Each stored item's content hash (of the feed's own text) and whether its page was fetched.
    public func feedItemStates(_ id: Int64) throws(LibraryError) -> [String: FeedItemState] {
        try read { db in
            var states: [String: FeedItemState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT sourcePath, contentHash, fullTextTried FROM article WHERE feedId = ?", arguments: [id]) {
                states[row["sourcePath"]] = FeedItemState(hash: row["contentHash"], fullTextTried: row["fullTextTried"])
            }
            return states
        }
    }

    /// The rows and links of a feed's items whose page was never fetched (stored before full text
    /// was turned on), for a refresh that finds the feed itself unchanged.
    public func itemsWithoutFullText(_ id: Int64) throws(LibraryError) -> [(row: Int64, link: String)] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, link FROM article WHERE feedId = ? AND fullTextTried = 0 AND link IS NOT NULL ORDER BY id",
                arguments: [id]
            ).map { ($0["id"], $0["link"]) }
        }
    }

    /// A feed item's own link, as its last refresh gave it.
    public func itemLink(_ row: Int64) throws(LibraryError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT link FROM article WHERE id = ?", arguments: [row]) }
    }

    /// Shows a stored feed item with its page's full text (fetched on demand), keeping its content
    /// hash, so the next refresh still sees the item as unchanged; highlights are re-anchored.
    public func storeFullText(_ article: Article, row: Int64) throws(LibraryError) {
        try write { db in
            guard let stored = try Row.fetchOne(db, sql: "SELECT contentHash, feedId FROM article WHERE id = ?", arguments: [row]) else {
                throw LibraryError.failed("the article is no longer in the library")
            }
            try Self.insert(db, article, hash: stored["contentHash"], existing: row, spans: nil, feedId: stored["feedId"])
            try db.execute(sql: "UPDATE article SET fullTextTried = 1 WHERE id = ?", arguments: [row])
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
        itemLinks: [String: String] = [:], recovered: Bool = false, fullText: [String: Article] = [:]
    ) throws(LibraryError) -> FeedUpdate {
        try write { db in
            var known: [String: (id: Int64, hash: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, sourcePath, contentHash FROM article WHERE feedId = ?", arguments: [id]) {
                known[row["sourcePath"]] = (row["id"], row["contentHash"])
            }
            var update = FeedUpdate()
            var seen: Set<String> = []
            for article in articles {
                guard seen.insert(article.sourcePath).inserted else {
                    update.duplicates += 1
                    continue
                }
                // The hash is of the feed's own text, so a full-text item is unchanged while its feed entry is.
                let hash = FeedItemArticle.hash(article)
                let existing = known[article.sourcePath]
                let page = fullText[article.sourcePath]
                if existing?.hash == hash && page == nil {
                    update.unchanged += 1
                    continue
                }
                try Self.insert(db, page ?? article, hash: hash, existing: existing?.id, spans: nil, feedId: id)
                if page != nil {
                    try db.execute(sql: "UPDATE article SET fullTextTried = 1 WHERE sourcePath = ? AND feedId = ?", arguments: [article.sourcePath, id])
                }
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
