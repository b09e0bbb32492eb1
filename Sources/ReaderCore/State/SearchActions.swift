import ReaderEntities
import ReaderDocument

/// Searching: the prompt, library search results as the list, and marking and stepping through
/// matches in the open article.
enum SearchActions {
    static func edit(_ state: ReaderState, key: Key) -> ReaderState {
        var state = state
        guard var prompt = state.prompt else { return state }
        switch prompt.handle(key) {
        case .editing:
            state.prompt = prompt
        case .cancel:
            state.prompt = nil
        case .submit(let query):
            state.prompt = nil
            let trimmed = query.trimmingWhitespace()
            switch prompt.purpose {
            case .note(let id): return AnnotationActions.setNote(state, highlightID: id, text: query)
            case .filterNotes: return AnnotationActions.filterBrowser(state, query: trimmed)
            default: break
            }
            guard !trimmed.isEmpty else { return state }
            switch prompt.purpose {
            case .searchLibrary: state = searchLibrary(state, query: trimmed)
            case .searchArticle: state = findInArticle(state, query: trimmed)
            case .note, .filterNotes: break
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
        state.titleOnlySearch = nil
        guard state.libraryIndexed else {
            // Without a library index, search what is loaded: titles.
            state.searchTotal = nil
            state.searchResults = state.index.titleMatches(query.split(separator: " ").map(String.init))
            state.findQuery = query
            state.selectedIndex = 0
            let count = state.articles.count == 1 ? "1 title matches" : "\(state.articles.count) titles match"
            if state.libraryImportRunning {
                state.titleOnlySearch = query
                state.statusMessage = StatusText.joined("\(count) (full text once the import finishes)", state.keymap.hint(.clearListNarrowing, in: .list, "shows all"))
            } else {
                state.statusMessage = StatusText.joined(count, state.keymap.hint(.clearListNarrowing, in: .list, "shows all"))
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
        state.searchTotal = total
        state.searchResults = results
        state.findQuery = query
        state.selectedIndex = 0
        state.listTop = 0
        var count = state.articles.count == 1 ? "1 match" : "\(state.articles.count) matches"
        if let total { count = "\(total) matches, the first \(results.count) shown" }
        state.statusMessage = results.isEmpty ? "No matches for \(query)"
            : StatusText.joined(count, state.keymap.hint(.openSelected, in: .list, "opens"), state.keymap.hint(.clearListNarrowing, in: .list, "shows all"))
        return state
    }

    /// `n` or `N` in the list after a search that saw only titles: the same search over the full
    /// text once the import has finished; until then, a word on why it is not yet.
    static func repeatTitleOnlySearch(_ state: ReaderState) -> ReaderState {
        guard let query = state.titleOnlySearch else { return state }
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
        state.findQuery = query
        state.findMatches = TextMatcher.matches(of: query, in: article.plainText, wholePhrase: true)
        state.findIndex = nil
        guard !state.findMatches.isEmpty else {
            state.statusMessage = "Not found: \(query)"
            return state
        }
        // The first match at or after the top of the screen.
        let layout = state.openLayout()
        let top = layout.map { $0.plainTextOffset(atStartOf: $0.position(of: state.textAnchor)) } ?? 0
        state.findIndex = state.findMatches.firstIndex { $0.lowerBound >= top } ?? 0
        return showMatch(state)
    }

    /// When an article opens after a library search, its matches are marked.
    static func markFindMatches(_ state: ReaderState) -> ReaderState {
        var state = state
        guard let query = state.findQuery, let article = state.openArticle else {
            state.findMatches = []
            return state
        }
        state.findMatches = TextMatcher.matches(of: query, in: article.plainText, wholePhrase: false)
        state.findIndex = nil
        return state
    }

    static func jumpToMatch(_ state: ReaderState, forward: Bool) -> ReaderState {
        var state = state
        let count = state.findMatches.count
        // Before any match was shown (marked after a library search), n shows the first, N the last.
        if let current = state.findIndex {
            state.findIndex = (current + (forward ? 1 : count - 1)) % count
        } else {
            state.findIndex = forward ? 0 : count - 1
        }
        return showMatch(state)
    }

    static func showMatch(_ state: ReaderState) -> ReaderState {
        guard let index = state.findIndex, state.findMatches.indices.contains(index) else { return state }
        var state = EntityNavigation.show(offset: state.findMatches[index].lowerBound, in: state)
        state.statusMessage = StatusText.joined(
            "Match \(index + 1) of \(state.findMatches.count)",
            state.keymap.hint(.nextMention, .previousMention, in: .text, "next/previous"), state.keymap.hint(.clearFind, in: .text, "clears"))
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
        guard fullText, let query = state.titleOnlySearch else {
            state.titleOnlySearch = nil
            return state
        }
        let whereToPress = state.focus == .list ? "" : " in the list"
        let again = state.keymap.label(of: .nextMention, in: .list).map { "\($0)\(whereToPress) searches the full text for '\(query)'" }
            ?? state.keymap.hint(.startSearch, in: .list, "searches the full text")
        state.statusMessage = [state.statusMessage, again].compactMap { $0 }.joined(separator: " · ")
        return state
    }
}
