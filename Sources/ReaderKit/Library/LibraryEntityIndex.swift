import GRDB

extension LibraryStore {
    /// The library rows of files, keyed by source path, for those of `sourcePaths` in the library.
    public func rowIDs(sourcePaths: some Sequence<String>) throws(LibraryError) -> [String: Int64] {
        let wanted = Set(sourcePaths)
        return try read { db in
            var rows: [String: Int64] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, sourcePath FROM article WHERE feedId IS NULL")
            while let row = try cursor.next() {
                let path: String = row[1]
                if wanted.contains(path) { rows[path] = row[0] }
            }
            return rows
        }
    }

    /// Those of `rows` (in their order) whose entities the current recogniser has not found yet.
    public func rowsNeedingEntities(_ rows: [Int64]) throws(LibraryError) -> [Int64] {
        let done = try read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT articleId FROM entityRun WHERE recognizerVersion = ?",
                                   arguments: [EntityRecognizer.version]))
        }
        return rows.filter { !done.contains($0) }
    }

    /// Finds and stores the entities of each row in turn, each article its own transaction, so the
    /// work can stop at any point and what is done is kept. `pause` is called between sentences
    /// (to step aside while the user types); returns how many articles got their entities.
    @discardableResult
    public func recogniseEntities(
        _ rows: [Int64], recognizer: EntityRecognizer, pause: (() -> Void)? = nil,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(LibraryError) -> Int {
        var recognised = 0
        for (index, row) in rows.enumerated() {
            if let article = try article(row) {
                let spans = article.withoutMarkup(recognizer.recognize(article.plainText, pause: pause))
                try saveEntities(row, spans: spans)
                recognised += 1
            }
            progress?(index + 1, rows.count)
        }
        return recognised
    }
}
