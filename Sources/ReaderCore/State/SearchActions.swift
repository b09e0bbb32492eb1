import ReaderEntities
import ReaderDocument

/// Searching: the prompt, library search results as the list, and marking and stepping through
/// matches in the open article.
enum SearchActions {
    static func edit(_ state: ReaderState, key: Key) -> ReaderState {
        var state = state
        guard var prompt = state.overlays.prompt else { return state }
        if key == .tab, prompt.isTagPrompt { return TagActions.complete(state) }
        switch prompt.handle(key) {
        case .editing:
            state.overlays.prompt = prompt
        case .cancel:
            state.overlays.prompt = nil
        case .submit(let query):
            state.overlays.prompt = nil
            let trimmed = query.trimmingWhitespace()
            switch prompt.purpose {
            case .note(let id): return AnnotationActions.setNote(state, highlightID: id, text: query)
            case .filterNotes: return AnnotationActions.filterBrowser(state, query: trimmed)
            case .tags(let target): return TagActions.submitTags(state, target: target, text: query)
            case .articleNote(let target): return TagActions.setArticleNote(state, target: target, text: query)
            default: break
            }
            guard !trimmed.isEmpty else { return state }
            switch prompt.purpose {
            case .searchLibrary: state = searchLibrary(state, query: trimmed)
            case .searchArticle: state = findInArticle(state, query: trimmed)
            case .note, .filterNotes, .tags, .articleNote: break
            case .filterTag: state = TagActions.filter(state, text: trimmed)
            case .openLink: state = LinkActions.open(state, number: trimmed)
            }
        }
        return state
    }

    static func searchLibrary(_ state: ReaderState, query: String) -> ReaderState {
        var state = state
        guard SearchQuery.isSearchable(query) else {
            let message = SearchQuery.notSearchableMessage(query)
            state.statusMessage = message.prefix(1).uppercased() + message.dropFirst()
            return state
        }
        state.list.titleOnlySearch = nil
        guard state.libraryIndexed else {
            // Without a library index, search what is loaded: titles.
            state.list.setSearch(state.list.index.titleMatches(query.split(separator: " ").map(String.init)))
            state.reading.findQuery = query
            state.selectedIndex = 0
            let count = state.articles.count == 1 ? "1 title matches" : "\(state.articles.count) titles match"
            if state.libraryImportRunning {
                state.list.titleOnlySearch = query
                state.statusMessage = StatusText.joined("\(count) (full text once the import finishes)", state.settings.keymap.hint(.clearListNarrowing, in: .list, "shows all"))
            } else {
                state.statusMessage = StatusText.joined(count, state.settings.keymap.hint(.clearListNarrowing, in: .list, "shows all"))
            }
            return Reducer.keepSelectionVisible(state, rows: ScreenLayout(state: state).listRows)
        }
        state.outbox.append(.searchLibrary(query))
        return state
    }

    /// The library's answer to a search: the list shows the matches, best first.
    static func searchFinished(_ state: ReaderState, query: String, results: [ArticleID], total: Int?) -> ReaderState {
        var state = state
        let total = total.flatMap { $0 > results.count ? $0 : nil }
        state.list.setSearch(results, total: total)
        state.reading.findQuery = query
        state.selectedIndex = 0
        state.list.top = 0
        var count = state.articles.count == 1 ? "1 match" : "\(state.articles.count) matches"
        if let total { count = "\(total) matches, the first \(results.count) shown" }
        state.statusMessage = results.isEmpty ? "No matches for \(query)"
            : StatusText.joined(count, state.settings.keymap.hint(.openSelected, in: .list, "opens"), state.settings.keymap.hint(.clearListNarrowing, in: .list, "shows all"))
        return state
    }

    /// `n` or `N` in the list after a search that saw only titles: the same search over the full
    /// text once the import has finished; until then, a word on why it is not yet.
    static func repeatTitleOnlySearch(_ state: ReaderState) -> ReaderState {
        guard let query = state.list.titleOnlySearch else { return state }
        guard !state.libraryImportRunning else {
            var state = state
            state.statusMessage = "Titles only until the import finishes: then this repeats the search in the full text"
            return state
        }
        return searchLibrary(state, query: query)
    }

    static func findInArticle(_ state: ReaderState, query: String) -> ReaderState {
        var state = state
        guard let article = state.openArticle else { return state }
        state.reading.findQuery = query
        state.reading.findMatches = TextMatcher.matches(of: query, in: article.plainText, wholePhrase: true)
        state.reading.findIndex = nil
        guard !state.reading.findMatches.isEmpty else {
            state.statusMessage = "Not found: \(query)"
            return state
        }
        // The first match at or after the top of the screen.
        let layout = state.openLayout()
        let top = layout.map { $0.plainTextOffset(atStartOf: $0.position(of: state.textAnchor)) } ?? 0
        state.reading.findIndex = state.reading.findMatches.firstIndex { $0.lowerBound >= top } ?? 0
        return showMatch(state)
    }

    /// When an article opens after a library search, its matches are marked.
    static func markFindMatches(_ state: ReaderState) -> ReaderState {
        var state = state
        guard let query = state.reading.findQuery, let article = state.openArticle else {
            state.reading.findMatches = []
            return state
        }
        state.reading.findMatches = TextMatcher.matches(of: query, in: article.plainText, wholePhrase: false)
        state.reading.findIndex = nil
        return state
    }

    static func jumpToMatch(_ state: ReaderState, forward: Bool) -> ReaderState {
        var state = state
        let count = state.reading.findMatches.count
        // Before any match was shown (marked after a library search), n shows the first, N the last.
        if let current = state.reading.findIndex {
            state.reading.findIndex = (current + (forward ? 1 : count - 1)) % count
        } else {
            state.reading.findIndex = forward ? 0 : count - 1
        }
        return showMatch(state)
    }

    static func showMatch(_ state: ReaderState) -> ReaderState {
        guard let index = state.reading.findIndex, state.reading.findMatches.indices.contains(index) else { return state }
        var state = EntityNavigation.show(offset: state.reading.findMatches[index].lowerBound, in: state)
        state.statusMessage = StatusText.joined(
            "Match \(index + 1) of \(state.reading.findMatches.count)",
            state.settings.keymap.hint(.nextMention, .previousMention, in: .text, "next/previous"), state.settings.keymap.hint(.clearFind, in: .text, "clears"))
        return state
    }
}

extension Reducer {
    /// The background import of the opened files has ended; when it succeeded the list's search
    /// reads the full text, and a search made meanwhile (titles only) can be repeated.
    public static func libraryImportFinished(_ state: ReaderState, fullText: Bool) -> ReaderState {
        var state = state
        state.libraryImportRunning = false
        if fullText { state.libraryIndexed = true }
        guard fullText, let query = state.list.titleOnlySearch else {
            state.list.titleOnlySearch = nil
            return state
        }
        let whereToPress = state.focus == .list ? "" : " in the list"
        let again = state.settings.keymap.label(of: .nextMention, in: .list).map { "\($0)\(whereToPress) searches the full text for '\(query)'" }
            ?? state.settings.keymap.hint(.startSearch, in: .list, "searches the full text")
        state.statusMessage = [state.statusMessage, again].compactMap { $0 }.joined(separator: " · ")
        return state
    }
}
