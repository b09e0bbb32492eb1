import Foundation
import GRDB
import ReaderCore

/// Per-article reading state as stored.
public struct StoredReadingState: Equatable, Sendable {
    public var isRead = false
    public var isStarred = false
    public var anchor: ScrollAnchor?
    public var lastOpened: Date?

    public init(isRead: Bool = false, isStarred: Bool = false, anchor: ScrollAnchor? = nil, lastOpened: Date? = nil) {
        self.isRead = isRead
        self.isStarred = isStarred
        self.anchor = anchor
        self.lastOpened = lastOpened
    }
}

extension LibraryStore {
    public func readingState(_ rowID: Int64) throws(LibraryError) -> StoredReadingState {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM readingState WHERE articleId = ?", arguments: [rowID]) else {
                return StoredReadingState()
            }
            let block: Int? = row["anchorBlock"]
            let offset: Int? = row["anchorOffset"]
            let opened: Double? = row["lastOpenedAt"]
            return StoredReadingState(
                isRead: row["isRead"], isStarred: row["isStarred"],
                anchor: block.flatMap { block in offset.map { ScrollAnchor(block: block, offset: $0) } },
                lastOpened: opened.map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Saves an article's reading state in one transaction.
    public func saveReadingState(_ rowID: Int64, _ state: StoredReadingState) throws(LibraryError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO readingState (articleId, isRead, isStarred, anchorBlock, anchorOffset, lastOpenedAt)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(articleId) DO UPDATE SET isRead = excluded.isRead, isStarred = excluded.isStarred,
                    anchorBlock = excluded.anchorBlock, anchorOffset = excluded.anchorOffset, lastOpenedAt = excluded.lastOpenedAt
                    """,
                arguments: [rowID, state.isRead, state.isStarred, state.anchor?.block, state.anchor?.offset,
                            state.lastOpened?.timeIntervalSince1970])
        }
    }

    /// Small named values that outlive a session (the last open article, the focused pane).
    public func appState(_ key: String) -> String? {
        try? read { db in try String.fetchOne(db, sql: "SELECT value FROM appState WHERE key = ?", arguments: [key]) }
    }

    public func setAppState(_ key: String, _ value: String) throws(LibraryError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO appState (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }
}
