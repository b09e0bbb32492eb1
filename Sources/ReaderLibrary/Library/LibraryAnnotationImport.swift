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
                created: annotation.created ?? now, modified: annotation.modified ?? annotation.created ?? now, isOrphaned: true)
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
    }

    /// The article an annotation names: by its source path; a feed item by its guid (in its feed
    /// when that is followed), as feed numbers differ between libraries; else by the item's link.
    func articleRow(for annotation: W3CAnnotations.Imported) -> Int64? {
        let path = W3CAnnotations.sourcePath(annotation.source)
        if let row = rowID(sourcePath: path) { return row }
        if let guid = annotation.feedItem?.guid ?? FeedItemArticle.key(inSourcePath: path),
           let row = feedItemRow(guid: guid, feed: annotation.feedItem?.feed) {
            return row
        }
        return try? read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE link = ? ORDER BY id LIMIT 1", arguments: [annotation.source])
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
