import Foundation
import ReaderDocument

/// Every article the reader can list, in each sort order. List entries are fetched as rows are
/// shown, so a library of 100,000 articles lists without holding 100,000 titles.
public protocol ArticleCatalog: AnyObject {
    /// Every article, in the given order.
    func orderedIDs(_ sort: LibraryListQuery.Sort) -> [ArticleID]
    /// The list entry of `ids[index]`; a catalog may fetch the neighbours along with it.
    func summary(at index: Int, in ids: [ArticleID]) -> ArticleSummary
    /// Articles whose title contains every word, ignoring case (search without an index).
    func titleMatches(_ words: [String]) -> [ArticleID]
}

/// A catalog over list entries already in memory (loose files, tests).
public final class InMemoryCatalog: ArticleCatalog {
    private let summaries: [ArticleID: ArticleSummary]
    private let byDate: [ArticleID]
    private var byTitle: [ArticleID]?
    private let all: [ArticleSummary]

    public init(_ summaries: [ArticleSummary]) {
        all = summaries
        self.summaries = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byDate = summaries.sorted(by: Self.newerFirst).map(\.id)
    }

    public func orderedIDs(_ sort: LibraryListQuery.Sort) -> [ArticleID] {
        switch sort {
        case .date:
            return byDate
        case .title:
            if let byTitle { return byTitle }
            let sorted = all.sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending }.map(\.id)
            byTitle = sorted
            return sorted
        }
    }

    public func summary(at index: Int, in ids: [ArticleID]) -> ArticleSummary {
        let id = ids[index]
        return summaries[id] ?? ArticleSummary(id: id, sourcePath: id.rawValue, title: "", dateline: nil)
    }

    public func titleMatches(_ words: [String]) -> [ArticleID] {
        byDate.filter { id in
            let title = summaries[id]?.title.lowercased() ?? ""
            return words.allSatisfy { title.contains($0.lowercased()) }
        }
    }

    /// Newest first; undated last; ties by title.
    static func newerFirst(_ left: ArticleSummary, _ right: ArticleSummary) -> Bool {
        switch (left.dateline?.date, right.dateline?.date) {
        case let (l?, r?) where l != r: return l > r
        case (_?, nil): return true
        case (nil, _?): return false
        default: return left.title.localizedStandardCompare(right.title) == .orderedAscending
        }
    }
}

/// The list as shown: article identifiers in order, with their entries read from the catalog.
public struct ArticleList: RandomAccessCollection {
    public let ids: [ArticleID]
    let catalog: ArticleCatalog

    public init(ids: [ArticleID], catalog: ArticleCatalog) {
        self.ids = ids
        self.catalog = catalog
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }
    public subscript(position: Int) -> ArticleSummary { catalog.summary(at: position, in: ids) }

    /// Where an article is in the list, without reading any entries.
    public func index(of id: ArticleID) -> Int? {
        ids.firstIndex(of: id)
    }
}
