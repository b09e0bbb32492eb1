import Foundation
import GRDB

/// What reading annotations back did.
public struct AnnotationImportReport: Equatable, Sendable {
    public var attached = 0
    public var orphaned = 0
    public var skipped: [String] = []

    public var summary: String {
        "\(attached) attached, \(orphaned) kept without a match, \(skipped.count) skipped"
    }
}

extension LibraryStore {
    /// Stores imported annotations, each found in its article's current text by its selectors.
    /// One whose article is not in the library, or whose quote is not found, is kept orphaned.
    public func importAnnotations(_ annotations: [W3CAnnotations.Imported], stamper: HighlightStamper = .system) throws(LibraryError) -> AnnotationImportReport {
        var report = AnnotationImportReport()
        var articles: [String: (row: Int64, article: Article, scalars: [Unicode.Scalar])?] = [:]
        var rows: [(Highlight, rowID: Int64?, articleTitle: String)] = []
        for annotation in annotations {
            let path = W3CAnnotations.sourcePath(annotation.source)
            if articles[path] == nil {
                let found: (row: Int64, article: Article, scalars: [Unicode.Scalar])? = rowID(sourcePath: path).flatMap { row in
                    (try? article(row)).flatMap { $0 }.map { (row, $0, Array($0.plainText.unicodeScalars)) }
                }
                articles[path] = .some(found)
            }
            let now = stamper.now()
            var highlight = Highlight(
                id: annotation.id, articleID: nil, sourcePath: path, start: annotation.position?.lowerBound ?? 0,
                end: annotation.position?.upperBound ?? 0, quote: annotation.quote, color: annotation.color, note: annotation.note,
                created: annotation.created ?? now, modified: annotation.modified ?? annotation.created ?? now, isOrphaned: true)
            guard let target = articles[path] ?? nil else {
                report.orphaned += 1
                rows.append((highlight, nil, (path as NSString).lastPathComponent))
                continue
            }
            highlight.articleID = LibraryStore.articleID(target.row)
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
            if highlight.isOrphaned { report.orphaned += 1 } else { report.attached += 1 }
            rows.append((highlight, target.row, target.article.title))
        }
        try saveHighlights(rows)
        return report
    }
}
