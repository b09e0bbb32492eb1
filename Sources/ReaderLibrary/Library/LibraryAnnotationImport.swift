import Foundation
import GRDB
import ReaderDocument
import ReaderCore

/// What reading annotations back did.
public struct AnnotationImportReport: Equatable, Sendable {
    public var attached = 0
    /// Attached already, in the same place with the same colour and note: left as they are.
    public var alreadyThere = 0
    public var orphaned = 0
    public var skipped: [String] = []

    public init() {}

    public var summary: String {
        let already = alreadyThere > 0 ? ", \(alreadyThere) already in the library" : ""
        return "\(attached) attached\(already), \(orphaned) kept without a match, \(skipped.count) skipped"
    }
}

extension LibraryStore {
    /// Stores imported annotations, each found in its article's current text by its selectors.
    /// One whose article is not in the library, or whose quote is not found, is kept orphaned.
    public func importAnnotations(_ annotations: [W3CAnnotations.Imported], stamper: HighlightStamper = .system) throws(LibraryError) -> AnnotationImportReport {
        var report = AnnotationImportReport()
        var articles: [String: (row: Int64, article: Article, scalars: [Unicode.Scalar])?] = [:]
        var rows: [(Highlight, rowID: Int64?, articleTitle: String)] = []
        let stored = try storedHighlights(ids: annotations.map(\.id))
        for annotation in annotations {
            let path = W3CAnnotations.sourcePath(annotation.source)
            let key = [annotation.source, annotation.feedItem?.guid ?? "", annotation.feedItem?.feed ?? ""].joined(separator: "\u{0}")
            if articles[key] == nil {
                let found: (row: Int64, article: Article, scalars: [Unicode.Scalar])? = articleRow(for: annotation).flatMap { row in
                    (try? article(row)).flatMap { $0 }.map { (row, $0, Array($0.plainText.unicodeScalars)) }
                }
                articles[key] = .some(found)
            }
            let now = stamper.now()
            var highlight = Highlight(
                id: annotation.id, articleID: nil, sourcePath: path, start: annotation.position?.lowerBound ?? 0,
                end: annotation.position?.upperBound ?? 0, quote: annotation.quote, color: annotation.color, note: annotation.note,
                created: annotation.created ?? now, modified: annotation.modified ?? annotation.created ?? now, isOrphaned: true,
                tags: annotation.tags)
            guard let target = articles[key] ?? nil else {
                report.orphaned += 1
                rows.append((highlight, nil, (path as NSString).lastPathComponent))
                continue
            }
            highlight.articleID = LibraryStore.articleID(target.row)
            highlight.sourcePath = target.article.sourcePath
            switch TextAnchoring.locate(annotation.quote, near: highlight.start, in: target.scalars) {
            case .unchanged:
                highlight.end = highlight.start + annotation.quote.exact.unicodeScalars.count
                highlight.isOrphaned = false
            case .moved(let range), .approximate(let range):
                highlight.start = range.lowerBound
                highlight.end = range.upperBound
                highlight.isOrphaned = false
            case .orphaned:
                break
            }
            if let same = stored[highlight.id], !highlight.isOrphaned, Self.isSamePlace(same, highlight) {
                report.alreadyThere += 1
                continue
            }
            if highlight.isOrphaned { report.orphaned += 1 } else { report.attached += 1 }
            rows.append((highlight, target.row, target.article.title))
        }
        try saveHighlights(rows)
        return report
    }

    /// Stores imported notes and tags of whole articles: on the article the source names (kept by
    /// that source when the library has no such article, to attach when it is imported). A note
    /// replaces the article's; tags are added to its own.
    public func importPageNotes(_ notes: [W3CAnnotations.ImportedPageNote], stamper: HighlightStamper = .system) throws(LibraryError) -> AnnotationImportReport {
        var report = AnnotationImportReport()
        var changed: [ArticleAnnotation] = []
        for note in notes {
            let row = articleRow(source: note.source, feedItem: note.feedItem)
            let path = row.flatMap { sourcePath(row: $0) } ?? W3CAnnotations.sourcePath(note.source)
            let now = stamper.now()
            var stored = changed.last { $0.sourcePath == path }
            if stored == nil { stored = try articleAnnotation(sourcePath: path) }
            var annotation = stored ?? ArticleAnnotation(sourcePath: path, created: note.created ?? now, modified: note.modified ?? now)
            if let text = note.note { annotation.note = text }
            annotation.tags = Tags.canonical(annotation.tags + note.tags)
            if let stored, stored.note == annotation.note, stored.tags == annotation.tags {
                report.alreadyThere += 1
                continue
            }
            annotation.modified = max(annotation.modified, note.modified ?? annotation.modified)
            changed.removeAll { $0.sourcePath == path }
            changed.append(annotation)
            if row == nil { report.orphaned += 1 } else { report.attached += 1 }
        }
        try write { db in
            for annotation in changed { try Self.upsert(db, annotation) }
        }
        return report
    }

    /// The stored highlights with these ids, by id.
    func storedHighlights(ids: [String]) throws(LibraryError) -> [String: Highlight] {
        try read { db in
            var found: [String: Highlight] = [:]
            let statement = try db.cachedStatement(sql: "SELECT * FROM highlight WHERE id = ?")
            for id in Set(ids) {
                if let row = try Row.fetchOne(statement, arguments: [id]) { found[id] = Self.highlight(from: row) }
            }
            return found
        }
    }

    /// Whether a stored highlight is attached where `imported` would be, as it would be.
    static func isSamePlace(_ stored: Highlight, _ imported: Highlight) -> Bool {
        !stored.isOrphaned && stored.articleID == imported.articleID && stored.start == imported.start
            && stored.end == imported.end && stored.color == imported.color && stored.note == imported.note
            && stored.tags == imported.tags
    }

    /// The article an annotation names: by its source path; a feed item by its guid (in its feed
    /// when that is followed), as feed numbers differ between libraries; else by the item's link.
    func articleRow(for annotation: W3CAnnotations.Imported) -> Int64? {
        articleRow(source: annotation.source, feedItem: annotation.feedItem)
    }

    func articleRow(source: String, feedItem: FeedItemReference?) -> Int64? {
        let path = W3CAnnotations.sourcePath(source)
        if let row = rowID(sourcePath: path) { return row }
        if let guid = feedItem?.guid ?? FeedItemArticle.key(inSourcePath: path),
           let row = feedItemRow(guid: guid, feed: feedItem?.feed) {
            return row
        }
        return try? read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE link = ? ORDER BY id LIMIT 1", arguments: [source])
        }
    }

    /// A feed item by its guid: in the feed at `feed` when the library follows it, else in any feed.
    func feedItemRow(guid: String, feed: String?) -> Int64? {
        if let feed, let feedID = try? read({ db in try Int64.fetchOne(db, sql: "SELECT id FROM feed WHERE url = ?", arguments: [feed]) }),
           let row = rowID(sourcePath: FeedItemArticle.sourcePath(feedId: feedID, key: guid)) {
            return row
        }
        let candidates = (try? read { db in
            try Row.fetchAll(db, sql: "SELECT id, sourcePath FROM article WHERE feedId IS NOT NULL AND sourcePath LIKE ? ESCAPE '\\' ORDER BY id",
                             arguments: ["feed:%:" + Self.escapeLike(guid)])
        }) ?? []
        return candidates.first { FeedItemArticle.key(inSourcePath: $0["sourcePath"]) == guid }?["id"]
    }
}
