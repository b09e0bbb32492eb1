import ReaderDocument

/// Read and starred marks, list filters and sorting, and narrowing the list to an entity.
enum ListActions {
    static func reduce(_ state: ReaderState, action: Action) -> ReaderState {
        var state = state
        let keepSelection = state.articles.ids.indices.contains(state.selectedIndex) ? state.articles.ids[state.selectedIndex] : nil
        switch action {
        case .toggleRead:
            guard let id = target(state) else { return state }
            state.statusMessage = toggle(id, in: &state.readArticles) ? "Marked read" : "Marked unread"
        case .toggleStar:
            guard let id = target(state) else { return state }
            state.statusMessage = toggle(id, in: &state.starredArticles) ? "Starred" : "Unstarred"
        case .cycleFilter:
            let all = LibraryListQuery.Filter.allCases
            state.listFilter = all[((all.firstIndex(of: state.listFilter) ?? 0) + 1) % all.count]
            state.statusMessage = "Showing \(state.listFilter.rawValue) articles"
        case .toggleSort:
            state.listSort = state.listSort == .date ? .title : .date
            state.statusMessage = "Sorted by \(state.listSort.rawValue)"
        case .clearListNarrowing:
            guard state.searchResults != nil || state.entityFilter != nil else { return state }
            state.searchResults = nil
            state.searchTotal = nil
            state.entityFilter = nil
            state.findQuery = nil
            state.titleOnlySearch = nil
            state.statusMessage = "Showing the whole list"
        case .filterByEntity:
            let groups = state.entityGroupsInPaneOrder
            guard state.entitySelection < groups.count else { return state }
            let group = groups[state.entitySelection]
            guard state.libraryIndexed else {
                state.statusMessage = "Finding other articles needs the library (reader import)"
                return state
            }
            state.outbox.append(.findMentions(name: group.name, label: group.label))
            return state
        default:
            return state
        }
        return keep(keepSelection, in: state)
    }

    /// The library's answer to which articles mention an entity: the list shows only those.
    static func mentionsFound(_ state: ReaderState, name: String, articles: Set<ArticleID>) -> ReaderState {
        var state = state
        let keepSelection = state.articles.ids.indices.contains(state.selectedIndex) ? state.articles.ids[state.selectedIndex] : nil
        state.entityFilter = (name, articles)
        state.focus = ScreenLayout(state: state).focusablePanes.contains(.list) ? .list : state.focus
        let count = articles.count == 1 ? "1 article mentions" : "\(articles.count) articles mention"
        if let progress = state.entitySearchProgress {
            state.statusMessage = "\(count) \(name) so far · finding entities \(progress.done)/\(progress.total)…"
        } else {
            state.statusMessage = StatusText.joined("\(count) \(name)", state.keymap.hint(.clearListNarrowing, in: .list, "in the list shows all"))
        }
        return keep(keepSelection, in: state)
    }

    /// Keeps the same article selected when the list changes around it.
    static func keep(_ selected: ArticleID?, in state: ReaderState) -> ReaderState {
        var state = state
        if let selected, let index = state.articles.index(of: selected) {
            state.selectedIndex = index
        } else {
            state.selectedIndex = min(state.selectedIndex, max(0, state.articles.count - 1))
        }
        return Reducer.keepSelectionVisible(state, rows: ScreenLayout(state: state).listRows)
    }

    /// Adds the article to the set, or removes it; true when it is now in.
    static func toggle(_ id: ArticleID, in set: inout Set<ArticleID>) -> Bool {
        if set.remove(id) != nil { return false }
        set.insert(id)
        return true
    }

    /// The article a mark applies to: the open one in the text pane, else the selected one.
    static func target(_ state: ReaderState) -> ArticleID? {
        if state.focus != .list, let open = state.openArticle { return open.id }
        return state.articles.ids.indices.contains(state.selectedIndex) ? state.articles.ids[state.selectedIndex] : nil
    }
}
