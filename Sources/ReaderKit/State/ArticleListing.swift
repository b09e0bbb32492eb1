/// The article list as shown: filter (all, unread, starred), an entity filter, search results, sort.
public enum ArticleListing {
    static func visible(_ state: ReaderState) -> [ArticleSummary] {
        var list = state.allArticles
        switch state.listFilter {
        case .all: break
        case .unread: list = list.filter { !state.readArticles.contains($0.id) }
        case .starred: list = list.filter { state.starredArticles.contains($0.id) }
        }
        if let filter = state.entityFilter {
            list = list.filter { filter.articles.contains($0.id) }
        }
        if let results = state.searchResults {
            // Search results keep their rank order.
            let byID = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return results.compactMap { byID[$0] }
        }
        switch state.listSort {
        case .date:
            return list.sorted { left, right in
                switch (left.dateline?.date, right.dateline?.date) {
                case let (l?, r?) where l != r: return l > r
                case (_?, nil): return true
                case (nil, _?): return false
                default: return left.title.localizedStandardCompare(right.title) == .orderedAscending
                }
            }
        case .title:
            return list.sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending }
        }
    }

    /// The list title: the count and whatever narrows the list.
    static func title(_ state: ReaderState) -> String {
        var parts: [String] = []
        if state.listFilter != .all { parts.append(state.listFilter.rawValue) }
        if let filter = state.entityFilter { parts.append("mentioning \(filter.name)") }
        if state.searchResults != nil { parts.append("search") }
        let narrowed = parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
        return "Articles (\(state.articles.count)\(narrowed)) · by \(state.listSort.rawValue)"
    }
}
