import Foundation
import ReaderDocument

/// The articles the list can show, as a value: their order and the entries read so far. Either
/// every entry is here (files opened directly, tests), or the session reads entries for the rows
/// about to be shown (`Effect.fetchListRows`) and orders not read yet (`Effect.loadListOrder`).
public struct ArticleIndex: Equatable, Sendable {
    private var orders: [LibraryListQuery.Sort: [ArticleID]]
    public private(set) var summaries: [ArticleID: ArticleSummary]
    /// Every entry is in memory: orders and title searches are worked out here.
    public let isComplete: Bool
    /// Entries and orders asked of the session and not answered yet: asked for once per key, so a
    /// library that cannot answer is not asked again and again.
    private(set) var askedRows: Set<ArticleID> = []
    private(set) var askedOrders: Set<LibraryListQuery.Sort> = []
    /// Entries kept at most when they are read as shown; more drops those not asked for last.
    static let cacheLimit = 4_096

    /// An index over entries already in memory: newest first, undated last, ties by title.
    public init(summaries: [ArticleSummary]) {
        self.summaries = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        orders = [.date: summaries.sorted(by: Self.newerFirst).map(\.id)]
        isComplete = true
    }

    /// An index whose entries are read as they are shown, starting from the articles in date order.
    public init(dateOrder: [ArticleID]) {
        summaries = [:]
        orders = [.date: dateOrder]
        isComplete = false
    }

    /// The articles in an order; nil when that order has not been read yet.
    public func order(_ sort: LibraryListQuery.Sort) -> [ArticleID]? {
        orders[sort]
    }

    /// Makes the order known where it can be worked out here; false when it must be read.
    public mutating func prepareOrder(_ sort: LibraryListQuery.Sort) -> Bool {
        if orders[sort] != nil { return true }
        guard isComplete else { return false }
        let all = orders[.date] ?? []
        orders[sort] = all.sorted { left, right in
            (summaries[left]?.title ?? "").localizedStandardCompare(summaries[right]?.title ?? "") == .orderedAscending
        }
        return true
    }

    public mutating func setOrder(_ sort: LibraryListQuery.Sort, _ ids: [ArticleID]) {
        orders[sort] = ids
        askedOrders.remove(sort)
    }

    /// Which of these entries to ask for: those neither here nor asked for already; they count as asked.
    mutating func ask(forRows ids: some Sequence<ArticleID>) -> [ArticleID] {
        let wanted = missing(ids).filter { !askedRows.contains($0) }
        askedRows.formUnion(wanted)
        return wanted
    }

    /// Whether to ask for an order: not known and not asked for already; it counts as asked.
    mutating func ask(forOrder sort: LibraryListQuery.Sort) -> Bool {
        guard orders[sort] == nil, !askedOrders.contains(sort) else { return false }
        askedOrders.insert(sort)
        return true
    }

    /// A new key: what could not be read is asked for again.
    mutating func forgetAsked() {
        askedRows = []
        askedOrders = []
    }

    /// Entries read for rows asked for; an article asked for and not returned is gone from the library.
    public mutating func add(_ entries: [ArticleSummary], askedFor ids: [ArticleID] = []) {
        if !isComplete && summaries.count + entries.count > Self.cacheLimit { summaries.removeAll(keepingCapacity: true) }
        for entry in entries { summaries[entry.id] = entry }
        askedRows.subtract(ids)
        for id in ids where summaries[id] == nil {
            summaries[id] = ArticleSummary(id: id, sourcePath: "", title: "(removed)", dateline: nil)
        }
    }

    /// Which of these articles have no entry here yet.
    public func missing(_ ids: some Sequence<ArticleID>) -> [ArticleID] {
        isComplete ? [] : ids.filter { summaries[$0] == nil }
    }

    /// Articles whose title contains every word, ignoring case (search without a full-text index).
    public func titleMatches(_ words: [String]) -> [ArticleID] {
        (orders[.date] ?? []).filter { id in
            let title = summaries[id]?.title.lowercased() ?? ""
            return words.allSatisfy { title.contains($0.lowercased()) }
        }
    }

    static func newerFirst(_ left: ArticleSummary, _ right: ArticleSummary) -> Bool {
        switch (left.dateline?.date, right.dateline?.date) {
        case let (l?, r?) where l != r: return l > r
        case (_?, nil): return true
        case (nil, _?): return false
        default: return left.title.localizedStandardCompare(right.title) == .orderedAscending
        }
    }
}

/// The list as shown: article identifiers in order, with the entries read so far.
public struct ArticleList: RandomAccessCollection, Equatable, Sendable {
    public let ids: [ArticleID]
    var summaries: [ArticleID: ArticleSummary]

    public init(ids: [ArticleID], index: ArticleIndex) {
        self.ids = ids
        summaries = index.summaries
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }
    /// The entry of a row; one not read yet shows as "…" until the session has read it.
    public subscript(position: Int) -> ArticleSummary {
        let id = ids[position]
        return summaries[id] ?? ArticleSummary(id: id, sourcePath: "", title: "…", dateline: nil)
    }

    /// Where an article is in the list, without reading any entries.
    public func index(of id: ArticleID) -> Int? {
        ids.firstIndex(of: id)
    }
}
