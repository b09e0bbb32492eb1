import Foundation
import GRDB

/// What `reader sync` needs of the library, kept by triggers so that every writer (the reader,
/// every command) feeds it without knowing about sync: the time each mark was last set, and a
/// tombstone for each deleted highlight.
enum SyncSchema {
    /// Now, in seconds since 1970 with milliseconds (SQLite 3.40 has no `unixepoch('subsec')`).
    static let now = "((julianday('now') - 2440587.5) * 86400.0)"

    static func create(_ db: Database) throws {
        try db.alter(table: "readingState") { table in
            table.add(column: "readAt", .double)
            table.add(column: "starredAt", .double)
            table.add(column: "positionAt", .double)
        }
        // Marks set before this version count as set long ago (when last opened): a mark made
        // later on another machine wins over them. Unset marks have no time and lose to any.
        try db.execute(sql: """
            UPDATE readingState SET
                readAt = CASE WHEN isRead THEN COALESCE(lastOpenedAt, 0) END,
                starredAt = CASE WHEN isStarred THEN COALESCE(lastOpenedAt, 0) END,
                positionAt = CASE WHEN anchorBlock IS NOT NULL THEN COALESCE(lastOpenedAt, 0) END
            """)
        for (field, time, isSet) in [("isRead", "readAt", "new.isRead"), ("isStarred", "starredAt", "new.isStarred"),
                                     ("anchorBlock, anchorOffset", "positionAt", "new.anchorBlock IS NOT NULL")] {
            let changed = field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .map { "new.\($0) IS NOT old.\($0)" }.joined(separator: " OR ")
            try db.execute(sql: """
                CREATE TRIGGER sync_\(time)_insert AFTER INSERT ON readingState WHEN new.\(time) IS NULL AND \(isSet)
                BEGIN UPDATE readingState SET \(time) = \(now) WHERE articleId = new.articleId; END;
                CREATE TRIGGER sync_\(time)_update AFTER UPDATE OF \(field) ON readingState
                WHEN (\(changed)) AND new.\(time) IS old.\(time)
                BEGIN UPDATE readingState SET \(time) = \(now) WHERE articleId = new.articleId; END;
                """)
        }
        try db.create(table: "syncTombstone") { table in
            table.primaryKey("id", .text)
            table.column("sourcePath", .text).notNull()
            table.column("deletedAt", .double).notNull()
        }
        try db.create(index: "syncTombstone_deletedAt", on: "syncTombstone", columns: ["deletedAt"])
        /// The sync key of articles whose highlights outlive them, by source path.
        try db.create(table: "syncArticleKey") { table in
            table.primaryKey("sourcePath", .text)
            table.column("key", .text).notNull()
        }
        try db.execute(sql: """
            CREATE TRIGGER sync_highlight_deleted AFTER DELETE ON highlight
            BEGIN INSERT OR REPLACE INTO syncTombstone (id, sourcePath, deletedAt) VALUES (old.id, old.sourcePath, \(now)); END;
            CREATE TRIGGER sync_highlight_restored AFTER INSERT ON highlight
            WHEN EXISTS (SELECT 1 FROM syncTombstone WHERE id = new.id)
            BEGIN
                UPDATE highlight SET modified = MAX(modified, \(now)) WHERE id = new.id;
                DELETE FROM syncTombstone WHERE id = new.id;
            END;
            """)
    }
}
