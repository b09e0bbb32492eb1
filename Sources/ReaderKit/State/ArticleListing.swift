/// The article list as shown: filter (all, unread, starred), an entity filter, search results, sort.
public enum ArticleListing {
    static func visible(_ state: ReaderState) -> ArticleList {
        var ids = state.catalog.orderedIDs(state.listSort)
        var narrowed = false
        switch state.listFilter {
        case .all: break
        case .unread:
            ids = ids.filter { !state.readArticles.contains($0) }
            narrowed = true
        case .starred:
            ids = ids.filter { state.starredArticles.contains($0) }
            narrowed = true
        }
        if let filter = state.entityFilter {
            ids = ids.filter { filter.articles.contains($0) }
            narrowed = true
        }
        if let results = state.searchResults {
            // Search results keep their rank order.
            if narrowed {
                let allowed = Set(ids)
                ids = results.filter { allowed.contains($0) }
            } else {
                ids = results
            }
        }
        return ArticleList(ids: ids, catalog: state.catalog)
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
