import ReaderDocument

/// What an event changed that the library keeps: read and starred marks, reading positions, the
/// focused pane and the list's order, each asked for as an effect.
enum PersistenceEffects {
    static func between(_ old: ReaderState, _ new: ReaderState) -> [Effect] {
        var effects: [Effect] = []
        // One event adds or removes at most a few marks, so a changed count finds every change
        // without comparing 100,000-entry sets on each keystroke.
        var changed = Set<ArticleID>()
        if old.list.readArticles.count != new.list.readArticles.count {
            changed.formUnion(old.list.readArticles.symmetricDifference(new.list.readArticles))
        }
        if old.list.starredArticles.count != new.list.starredArticles.count {
            changed.formUnion(old.list.starredArticles.symmetricDifference(new.list.starredArticles))
        }
        let leaving = old.openArticle.flatMap { $0.id == new.openArticle?.id ? nil : $0.id }
        for id in changed.sorted(by: { $0.rawValue < $1.rawValue }) where id != leaving {
            effects.append(.saveMarks(id, read: new.list.readArticles.contains(id), starred: new.list.starredArticles.contains(id)))
        }
        if let leaving {
            effects.append(position(of: leaving, at: old.textAnchor, in: new, final: true))
        } else if let open = new.openArticle, old.openArticle?.id == open.id, old.textAnchor != new.textAnchor {
            effects.append(position(of: open.id, at: new.textAnchor, in: new, final: false))
        }
        if old.focus != new.focus { effects.append(.saveFocus(new.focus)) }
        if old.list.sort != new.list.sort { effects.append(.saveListSort(new.list.sort)) }
        return effects
    }

    /// On quit: the open article's position and the focus, saved whether they changed or not.
    static func finalSaves(_ state: ReaderState) -> ReaderState {
        var state = state
        if let open = state.openArticle { state.outbox.append(position(of: open.id, at: state.textAnchor, in: state, final: true)) }
        state.outbox.append(.saveFocus(state.focus))
        return state
    }

    static func position(of id: ArticleID, at anchor: ScrollAnchor, in state: ReaderState, final: Bool) -> Effect {
        .savePosition(id, anchor, read: state.list.readArticles.contains(id), starred: state.list.starredArticles.contains(id), final: final)
    }
}

/// Entries the list is about to show that the state has not got yet.
enum ListRowRequests {
    /// Rows read around the screen's, so that paging on rarely waits.
    static let ahead = 128
    static let behind = 32

    /// The reads the list needs, each asked for once (the state remembers what it asked).
    static func ask(_ state: inout ReaderState) -> [Effect] {
        if state.list.index.order(state.list.sort) == nil {
            return state.list.ask(forOrder: state.list.sort) ? [.loadListOrder(state.list.sort)] : []
        }
        guard !state.list.index.isComplete, !state.articles.isEmpty else { return [] }
        let ids = state.articles.ids
        let rows = ScreenLayout(state: state).listRows
        var wanted = ids[max(0, state.list.top - behind)..<min(ids.count, state.list.top + rows + ahead)].map { $0 }
        if let open = state.openIndex, !(state.list.top..<(state.list.top + rows)).contains(open) { wanted.append(ids[open]) }
        let asked = state.list.ask(forRows: wanted)
        return asked.isEmpty ? [] : [.fetchListRows(asked)]
    }
}
