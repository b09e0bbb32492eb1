import ReaderDocument

/// Read and starred marks, list filters and sorting, and narrowing the list to an entity.
enum ListActions {
    static func reduce(_ state: ReaderState, action: Action) -> ReaderState {
        var state = state
        // Through an empty filter nothing is selected; the open article is the one to come back to.
        let keepSelection = state.list.selectedID ?? state.openArticle?.id
        switch action {
        case .toggleRead:
            guard let id = target(state) else { return state }
            let read = !state.list.readArticles.contains(id)
            state.list.setRead(id, read)
            state.statusMessage = read ? "Marked read" : "Marked unread"
        case .toggleStar:
            guard let id = target(state) else { return state }
            let starred = !state.list.starredArticles.contains(id)
            state.list.setStarred(id, starred)
            state.statusMessage = starred ? "Starred" : "Unstarred"
        case .cycleFilter:
            let all = LibraryListQuery.Filter.allCases
            state.list.setFilter(all[((all.firstIndex(of: state.list.filter) ?? 0) + 1) % all.count])
            state.statusMessage = "Showing \(state.list.filter.rawValue) articles"
        case .toggleSort:
            state.list.setSort(state.list.sort == .date ? .title : .date)
            state.statusMessage = "Sorted by \(state.list.sort.rawValue)"
        case .clearListNarrowing:
            guard state.list.searchResults != nil || state.list.entityFilter != nil else { return state }
            state.list.clearNarrowing()
            state.reading.findQuery = nil
            state.list.titleOnlySearch = nil
            state.statusMessage = "Showing the whole list"
        case .filterByEntity:
            let groups = state.entityGroupsInPaneOrder
            guard state.side.entitySelection < groups.count else { return state }
            let group = groups[state.side.entitySelection]
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
        let keepSelection = state.list.selectedID
        state.list.setEntityFilter(EntityFilter(name: name, articles: articles))
        state.focus = ScreenLayout(state: state).focusablePanes.contains(.list) ? .list : state.focus
        let count = articles.count == 1 ? "1 article mentions" : "\(articles.count) articles mention"
        if let progress = state.entitySearchProgress {
            state.statusMessage = "\(count) \(name) so far · finding entities \(progress.done)/\(progress.total)…"
        } else {
            state.statusMessage = StatusText.joined("\(count) \(name)", state.settings.keymap.hint(.clearListNarrowing, in: .list, "in the list shows all"))
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

    /// The article a mark applies to: the open one in the text pane, else the selected one.
    static func target(_ state: ReaderState) -> ArticleID? {
        if state.focus != .list, let open = state.openArticle { return open.id }
        return state.list.selectedID
    }
}
