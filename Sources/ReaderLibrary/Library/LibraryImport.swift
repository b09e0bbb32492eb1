import Foundation
import GRDB
import ReaderText
import ReaderEntities
import ReaderDocument
import ReaderCore

/// What an import did.
public struct ImportReport: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var skipped: [ArticleLoadError] = []

    public init() {}

    public var summary: String {
        "\(added) added, \(updated) updated, \(unchanged) unchanged, \(skipped.count) skipped"
    }

    /// The summary for the status line, naming what was skipped: one file with its reason, a few
    /// by name, more by count; each with its reason is in the log at `logPath`.
    public func statusLine(logPath: String) -> String {
        var line = "Library: \(summary)"
        switch skipped.count {
        case 0: break
        case 1: line += ": " + TextSanitizer.sanitize(skipped[0].description, keepNewlines: false)
        default:
            let names = skipped.prefix(3).map { TextSanitizer.sanitize(($0.path as NSString).lastPathComponent, keepNewlines: false) }
            let more = skipped.count > 3 ? " and \(skipped.count - 3) more" : ""
            line += " (\(names.joined(separator: ", "))\(more); why in \(logPath))"
        }
        return line
    }
}

extension LibraryStore {
    /// Imports files and directories (.txt, .md, .html within directories). An unchanged file (same
    /// content hash) is left alone; a changed one updates its article and keeps its reading state.
    /// Entities are computed now when a recogniser is given, else on first open. With
    /// `deferSearchIndex`, search indexing waits until the next search (`catchUpSearchIndex`).
    /// Files are read, parsed and recognised on all cores while the previous ones are written, in
    /// order, by this thread; `parallel: false` prepares them one at a time on it (the same library
    /// comes out: tests compare the two).
    public func importPaths(
        _ paths: [String], recognizer: EntityRecognizer?, deferSearchIndex: Bool = false,
        loader: ArticleLoader = ArticleLoader(), parallel: Bool = true,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(LibraryError) -> ImportReport {
        var report = ImportReport()
        var named: [String] = []
        for path in paths {
            let scan = ArticleFileScanner.scan(path)
            named += scan.files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            report.skipped += scan.problems
        }
        let known: [String: KnownArticle] = try read { db in
            var known: [String: KnownArticle] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, sourcePath, contentHash FROM article WHERE feedId IS NULL") {
                let article = KnownArticle(id: row["id"], hash: row["contentHash"], sourcePath: row["sourcePath"])
                known[article.sourcePath] = article
            }
            return known
        }
        let files = ImportFiles.resolve(named, known: known, realPath: ArticleFileScanner.realPath)
        let chunkSize = 64
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { Array(files[$0..<min(files.count, $0 + chunkSize)]) }
        var done = 0
        // The next chunk is read and parsed while this one is written.
        let ahead = PreparedChunk()
        var upcoming = chunks.first.map { Self.prepare($0, recognizer: recognizer, loader: loader, parallel: parallel) } ?? []
        for (number, chunk) in chunks.enumerated() {
            let prepared = upcoming
            let group = DispatchGroup()
            if number + 1 < chunks.count {
                let next = chunks[number + 1]
                if parallel {
                    DispatchQueue.global().async(group: group) {
                        ahead.files = Self.prepare(next, recognizer: recognizer, loader: loader, parallel: true)
                    }
                }
            }
            defer {
                group.wait()
                if parallel {
                    upcoming = ahead.files
                } else if number + 1 < chunks.count {
                    upcoming = Self.prepare(chunks[number + 1], recognizer: recognizer, loader: loader, parallel: false)
                }
            }
            // One transaction per chunk: a kill loses at most the chunk being written.
            var chunkReport = ImportReport()
            try write { db in
                for item in prepared {
                    switch item {
                    case .unchanged: chunkReport.unchanged += 1
                    case .failed(let error): chunkReport.skipped.append(error)
                    case .parsed(let article, let hash, let spans, let existing):
                        try Self.insert(db, article, hash: hash, existing: existing, spans: spans, deferSearchIndex: deferSearchIndex)
                        if existing == nil { chunkReport.added += 1 } else { chunkReport.updated += 1 }
                    }
                }
            }
            report.added += chunkReport.added
            report.updated += chunkReport.updated
            report.unchanged += chunkReport.unchanged
            report.skipped += chunkReport.skipped
            done += chunk.count
            progress?(done, files.count)
        }
        return report
    }

    /// Adds parsed articles in one transaction (benchmark generators and bulk loads); entities are
    /// left for first open.
    public func add(_ articles: [Article]) throws(LibraryError) {
        try write { db in
            for article in articles {
                try Self.insert(db, article, hash: ContentHash.hex(of: Array(article.plainText.utf8)), existing: nil, spans: nil)
            }
        }
    }

    enum PreparedFile: Sendable {
        case unchanged
        case failed(ArticleLoadError)
        case parsed(Article, hash: String, spans: [EntitySpan]?, existing: Int64?)
    }

    /// Reads, hashes, parses and recognises files, on all cores when `parallel`.
    static func prepare(
        _ files: [ImportFile], recognizer: EntityRecognizer?, loader: ArticleLoader, parallel: Bool = true
    ) -> [PreparedFile] {
        guard parallel else { return files.map { prepare($0, recognizer: recognizer, loader: loader) } }
        var results = [PreparedFile](repeating: .unchanged, count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = PreparedSlots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                slots.buffer[index] = prepare(files[index], recognizer: recognizer, loader: loader)
            }
        }
        return results
    }

    static func prepare(_ file: ImportFile, recognizer: EntityRecognizer?, loader: ArticleLoader) -> PreparedFile {
        // One copy of the bytes (not Data and an array of it): a 50 MB file is read beside the open one.
        guard let bytes = try? FileBytes.read(path: file.path) else {
            return .failed(.unreadable(path: file.path, reason: "cannot read"))
        }
        let hash = ContentHash.hex(of: bytes)
        if file.existing?.hash == hash { return .unchanged }
        switch loader.parse(bytes: consume bytes, path: file.sourcePath, standardised: file.sourcePath) {
        case .failure(let error): return .failed(error)
        case .success(let article):
            let spans = recognizer.map { article.withoutMarkup($0.recognize(article.recognitionText)) }
            return .parsed(article, hash: hash, spans: spans, existing: file.existing?.id)
        }
    }

    /// Writes one article (new or replacing `existing`), its search text and entities, in one transaction.
    func save(_ article: Article, hash: String, replacing existing: Int64?, spans: [EntitySpan]?) throws(LibraryError) {
        try write { db in try Self.insert(db, article, hash: hash, existing: existing, spans: spans) }
    }

    static func insert(
        _ db: Database, _ article: Article, hash: String, existing: Int64?, spans: [EntitySpan]?, feedId: Int64? = nil,
        deferSearchIndex: Bool = false
    ) throws {
        let paragraphs = paragraphsJSON(article)
        let values: [DatabaseValueConvertible?] = [
            article.sourcePath, hash, article.title, article.byline, article.dateline?.text,
            article.dateline?.date?.timeIntervalSince1970, paragraphs, Date().timeIntervalSince1970,
            StoredBody.json(of: article), feedId,
        ]
        let rowID: Int64
        if let existing {
            try db.cachedStatement(
                sql: """
                    UPDATE article SET sourcePath = ?, contentHash = ?, title = ?, byline = ?, datelineText = ?,
                    date = ?, paragraphsJSON = ?, importedAt = ?, bodyJSON = ?, feedId = ? WHERE id = ?
                    """
            ).execute(arguments: StatementArguments(values + [existing]))
            rowID = existing
            try db.execute(sql: "DELETE FROM articleSearch WHERE rowid = ?", arguments: [rowID])
            try db.execute(sql: "DELETE FROM entityMention WHERE articleId = ?", arguments: [rowID])
            try db.execute(sql: "DELETE FROM entityRun WHERE articleId = ?", arguments: [rowID])
            try reanchorHighlights(db, rowID: rowID, article: article)
        } else {
            try db.cachedStatement(
                sql: """
                    INSERT INTO article (sourcePath, contentHash, title, byline, datelineText, date, paragraphsJSON, importedAt,
                                         bodyJSON, feedId)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: StatementArguments(values))
            rowID = db.lastInsertedRowID
            try reattachKeptHighlights(db, rowID: rowID, article: article)
        }
        if deferSearchIndex {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO searchPending (articleId) VALUES (?)").execute(arguments: [rowID])
        } else {
            try indexForSearch(db, rowID: rowID, title: article.title, byline: article.byline, paragraphs: article.paragraphs)
        }
        if let spans {
            try Self.insertEntities(db, rowID: rowID, spans: spans)
        }
    }

    /// The body's paragraphs as a JSON array of strings, written into one string reserved once: a
    /// hand-written array, as JSONEncoder costs more than parsing the article, and no array of
    /// copies, which held a 50 MB article four times over.
    static func paragraphsJSON(_ article: Article) -> String {
        var json = "["
        json.reserveCapacity(article.plainText.utf8.count + 2 * article.blocks.count + 16)
        var first = true
        for block in article.blocks where block.kind.isBody {
            if !first { json += "," }
            first = false
            json += EntityJSONL.quoted(block.text)
        }
        json += "]"
        return json
    }

    static func indexForSearch(_ db: Database, rowID: Int64, title: String, byline: String?, paragraphs: [String]) throws {
        try db.cachedStatement(sql: "INSERT INTO articleSearch (rowid, title, byline, body) VALUES (?, ?, ?, ?)")
            .execute(arguments: [rowID, title, byline ?? "", paragraphs.joined(separator: "\n\n")])
    }

    static func insertEntities(_ db: Database, rowID: Int64, spans: [EntitySpan]) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO entityRun (articleId, recognizerVersion) VALUES (?, ?)")
            .execute(arguments: [rowID, EntityRecognizer.version])
        let statement = try db.cachedStatement(
            sql: "INSERT INTO entityMention (articleId, groupName, label, start, end, text) VALUES (?, ?, ?, ?, ?, ?)")
        for group in EntityGroups.group(spans) {
            for mention in group.mentions {
                try statement.execute(arguments: [rowID, group.name, mention.label.rawValue, mention.start, mention.end, mention.text])
            }
        }
    }
}

/// The chunk prepared in the background; read only after its group is waited on.
private final class PreparedChunk: @unchecked Sendable {
    var files: [LibraryStore.PreparedFile] = []
}

/// Each concurrent iteration writes only its own slot.
private struct PreparedSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<LibraryStore.PreparedFile>
}

