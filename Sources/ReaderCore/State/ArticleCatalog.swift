import Foundation
import ReaderDocument

/// Where the session reads the list from: identifiers in each order, and entries for the rows
/// about to be shown, so a library of 100,000 articles lists without holding 100,000 titles.
public protocol ArticleCatalog: AnyObject {
    /// Every article, in the given order.
    func orderedIDs(_ sort: LibraryListQuery.Sort) throws -> [ArticleID]
    /// The list entries of these articles (those still there), in any order.
    func summaries(of ids: [ArticleID]) throws -> [ArticleSummary]
}
