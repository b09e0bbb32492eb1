import GRDB
import ReaderEntities
import ReaderDocument
import ReaderCore

extension LibraryStore {
    /// The library rows of files, keyed by source path, for those of `sourcePaths` in the library:
    /// stored under that path, or under another name of the same file (a symlink on either side).
    public func rowIDs(sourcePaths: some Sequence<String>) throws(LibraryError) -> [String: Int64] {
        let wanted = Set(sourcePaths)
        let stored: [(id: Int64, path: String)] = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, sourcePath FROM article WHERE feedId IS NULL").map { ($0[0], $0[1]) }
        }
        var rows: [String: Int64] = [:]
        for article in stored where wanted.contains(article.path) { rows[article.path] = article.id }
        let unmatched = wanted.filter { rows[$0] == nil }
        guard !unmatched.isEmpty else { return rows }
        var wantedByFile: [String: [String]] = [:]
        for path in unmatched {
            if let file = ArticleFileScanner.realPath(path) { wantedByFile[file, default: []].append(path) }
        }
        guard !wantedByFile.isEmpty else { return rows }
        for article in stored {
            guard let file = ArticleFileScanner.realPath(article.path), let paths = wantedByFile.removeValue(forKey: file) else { continue }
            for path in paths { rows[path] = article.id }
        }
        return rows
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
                let spans = article.withoutMarkup(recognizer.recognize(article.recognitionText, pause: pause))
                try saveEntities(row, spans: spans)
                recognised += 1
            }
            progress?(index + 1, rows.count)
        }
        return recognised
    }
}
