import ReaderDocument

/// The article list as shown: filter (all, unread, starred), an entity filter, search results, sort.
public enum ArticleListing {
    /// The list; `keeping` stays in it whatever the filters say (where it would be listed).
    static func visible(_ list: ListState, keeping: ArticleID? = nil) -> ArticleList {
        // An order still being read lists as the date order meanwhile.
        var ids = list.index.order(list.sort) ?? list.index.order(.date) ?? []
        var narrowed = false
        switch list.filter {
        case .all: break
        case .unread:
            ids = ids.filter { !list.readArticles.contains($0) || $0 == keeping }
            narrowed = true
        case .starred:
            ids = ids.filter { list.starredArticles.contains($0) || $0 == keeping }
            narrowed = true
        }
        if let filter = list.entityFilter {
            ids = ids.filter { filter.articles.contains($0) || $0 == keeping }
            narrowed = true
        }
        if let results = list.searchResults {
            // Search results keep their rank order.
            if narrowed {
                let allowed = Set(ids)
                ids = results.filter { allowed.contains($0) }
            } else {
                ids = results
            }
        }
        return ArticleList(ids: ids, index: list.index)
    }

    /// Where `J` (forward) or `K` goes from the open article: the list index of its neighbour, which
    /// may be past either end. An open article that has left the list (read while only unread ones
    /// are listed) still has its place: the article after it now stands there.
    static func neighbourOfOpenArticle(_ state: ReaderState, forward: Bool) -> Int {
        if let open = state.openIndex { return open + (forward ? 1 : -1) }
        if let id = state.openArticle?.id, let place = visible(state.list, keeping: id).index(of: id) {
            return forward ? place : place - 1
        }
        return state.selectedIndex + (forward ? 1 : -1)
    }

    /// The list title: the count and whatever narrows the list.
    static func title(_ state: ReaderState) -> String {
        var parts: [String] = []
        if state.list.filter != .all { parts.append(state.list.filter.rawValue) }
        if let filter = state.list.entityFilter { parts.append(filter.isTag ? "tagged #\(filter.name)" : "mentioning \(filter.name)") }
        if let results = state.list.searchResults {
            parts.append(state.list.searchTotal.map { "search, first \(results.count) of \($0)" } ?? "search")
        }
        let narrowed = parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
        // Search results keep their rank order, whatever the sort.
        let order = state.list.searchResults == nil ? "by \(state.list.sort.rawValue)" : "best match first"
        return "Articles (\(state.articles.count)\(narrowed)) · \(order)"
    }

    /// Shorter titles for a narrow list, longest first: the sort goes before the narrowing does.
    static func shorterTitles(_ state: ReaderState, full: String) -> [String] {
        let count = state.articles.count
        var titles: [String] = []
        if let sortStart = full.range(of: " · ", options: .backwards) { titles.append(String(full[..<sortStart.lowerBound])) }
        if state.list.filter != .all { titles.append("\(state.list.filter.rawValue.capitalized) (\(count))") }
        if state.list.searchResults != nil { titles.append("Search (\(count))") }
        return titles + ["Articles (\(count))", "List (\(count))", "List"]
    }
}
