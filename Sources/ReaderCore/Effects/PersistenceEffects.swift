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
        if old.focus != new.focus {
            effects.append(.saveFocus(new.focus))
            // The article shown first was not chosen, so not recorded as opened; reading it is choosing it.
            if new.focus == .text, let open = new.openArticle, old.openArticle?.id == open.id { effects.append(.recordOpened(open.id)) }
        }
        if old.side.tab != new.side.tab { effects.append(.saveSideTab(new.side.tab)) }
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
