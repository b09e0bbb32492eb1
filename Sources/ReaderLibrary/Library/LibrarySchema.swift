import GRDB

/// The library's tables, as migrations from the first version on.
enum LibrarySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "article") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("sourcePath", .text).notNull().unique()
                table.column("contentHash", .text).notNull()
                table.column("title", .text).notNull()
                table.column("byline", .text)
                table.column("datelineText", .text)
                table.column("date", .double)
                /// The body paragraphs as a JSON array; `Article` rebuilds its plain text from them.
                table.column("paragraphsJSON", .text).notNull()
                table.column("importedAt", .double).notNull()
            }
            try db.create(index: "article_date", on: "article", columns: ["date"])
            try db.create(table: "readingState") { table in
                table.primaryKey("articleId", .integer).references("article", onDelete: .cascade)
                table.column("isRead", .boolean).notNull().defaults(to: false)
                table.column("isStarred", .boolean).notNull().defaults(to: false)
                table.column("anchorBlock", .integer)
                table.column("anchorOffset", .integer)
                table.column("lastOpenedAt", .double)
            }
            try db.create(table: "entityRun") { table in
                table.primaryKey("articleId", .integer).references("article", onDelete: .cascade)
                table.column("recognizerVersion", .integer).notNull()
            }
            try db.create(table: "entityMention") { table in
                table.column("articleId", .integer).notNull().references("article", onDelete: .cascade)
                table.column("groupName", .text).notNull()
                table.column("label", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("text", .text).notNull()
            }
            try db.create(index: "entityMention_article", on: "entityMention", columns: ["articleId"])
            try db.create(index: "entityMention_group", on: "entityMention", columns: ["groupName", "label"])
            try db.create(virtualTable: "articleSearch", using: FTS5()) { table in
                table.tokenizer = .unicode61()
                table.column("title")
                table.column("byline")
                table.column("body")
            }
            try db.create(table: "appState") { table in
                table.primaryKey("key", .text)
                table.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("listOrder") { db in
            // Indexes the list reads in order without touching the article rows (and their bodies).
            try db.execute(sql: "DROP INDEX IF EXISTS article_date")
            try db.execute(sql: "CREATE INDEX article_byDate ON article(date DESC, title COLLATE NOCASE)")
            try db.execute(sql: "CREATE INDEX article_byTitle ON article(title COLLATE NOCASE)")
        }
        migrator.registerMigration("searchPending") { db in
            // Articles imported without search indexing; the index catches up before the next search.
            try db.create(table: "searchPending") { table in
                table.primaryKey("articleId", .integer).references("article", onDelete: .cascade)
            }
        }
        migrator.registerMigration("annotations") { db in
            // Highlights outlive their article: a deleted article leaves them orphaned, with its
            // source and title kept for listing and export.
            try db.create(table: "highlight") { table in
                table.primaryKey("id", .text)
                table.column("articleId", .integer).references("article", onDelete: .setNull)
                table.column("sourcePath", .text).notNull()
                table.column("articleTitle", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("exact", .text).notNull()
                table.column("prefix", .text).notNull()
                table.column("suffix", .text).notNull()
                table.column("color", .text).notNull()
                table.column("note", .text)
                table.column("created", .double).notNull()
                table.column("modified", .double).notNull()
                table.column("orphaned", .boolean).notNull().defaults(to: false)
            }
            try db.create(index: "highlight_article", on: "highlight", columns: ["articleId", "start"])
            try db.create(index: "highlight_modified", on: "highlight", columns: ["modified"])
        }
        migrator.registerMigration("formats") { db in
            try db.create(table: "feed") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("url", .text).notNull().unique()
                table.column("title", .text)
                table.column("siteURL", .text)
                /// Validators of the last response, sent back for a conditional GET.
                table.column("etag", .text)
                table.column("lastModified", .text)
                table.column("lastFetchedAt", .double)
                table.column("lastError", .text)
                table.column("addedAt", .double).notNull()
            }
            try db.alter(table: "article") { table in
                /// Block kinds, inline styles and links of HTML, Markdown and feed articles as JSON;
                /// NULL for plain text, which `paragraphsJSON` rebuilds alone.
                table.add(column: "bodyJSON", .text)
                /// The feed a feed item came from; its `sourcePath` is "feed:<feedId>:<item id>".
                table.add(column: "feedId", .integer).references("feed", onDelete: .cascade)
            }
            try db.create(index: "article_feed", on: "article", columns: ["feedId"])
        }
        migrator.registerMigration("feedItemLink") { db in
            try db.alter(table: "article") { table in
                /// A feed item's own link: what exports name it by, as `sourcePath` holds the
                /// library's feed number, which changes when a feed is followed again.
                table.add(column: "link", .text)
            }
        }
        migrator.registerMigration("feedRecovered") { db in
            try db.alter(table: "feed") { table in
                /// The last refresh read a damaged document in recovery mode.
                table.add(column: "recovered", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("feedFullText") { db in
            try db.alter(table: "feed") { table in
                /// Fetch each item's linked page: 1 or 0 as set for the feed, NULL as the config says.
                table.add(column: "fullText", .boolean)
            }
            try db.alter(table: "article") { table in
                /// The item's linked page was fetched (whether or not its text was used), so an
                /// unchanged item's page is never fetched again.
                table.add(column: "fullTextTried", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("syncMarkTimesAndTombstones") { db in
            // Times of marks and tombstones of highlights for `reader sync` (Sync/SyncSchema.swift).
            try SyncSchema.create(db)
        }
        migrator.registerMigration("tagsAndArticleNotes") { db in
            try db.alter(table: "highlight") { table in
                /// The highlight's tags in `Tags.canonical` form, apart by single spaces ("" for none).
                table.add(column: "tags", .text).notNull().defaults(to: "")
            }
            // A note and tags on a whole article, by its source path: like highlights they outlive
            // the article's removal and belong to it again when it is imported again.
            try db.create(table: "articleAnnotation") { table in
                table.primaryKey("sourcePath", .text)
                table.column("note", .text)
                table.column("tags", .text).notNull().defaults(to: "")
                table.column("created", .double).notNull()
                table.column("modified", .double).notNull()
            }
        }
        return migrator
    }
}
