import ReaderDocument

extension Reducer {
    /// The open article read again after a refresh changed it: shown in place, with the same words
    /// at the top of the screen. Its entities and highlights are the old text's, so they go until
    /// the session finds them again; a search in the text is marked in the new text.
    public static func articleRefreshed(_ state: ReaderState, article: Article) -> ReaderState {
        guard let old = state.openArticle, old.id == article.id, old != article else { return state }
        var state = state
        state.textAnchor = ScrollAnchorRelocation.relocate(state.textAnchor, from: old, to: article)
        state.openArticle = article
        state.layouts.forget()
        state.entities[article.id] = nil
        state.reading.markedEntity = nil
        state.side.entitySelection = 0
        state.side.entityListTop = 0
        state.highlights = []
        // Re-anchored to the new text in the library; the entities are found in it again.
        state.outbox.append(.loadHighlights(article.id))
        if state.entityProblem == nil { state.outbox.append(.findEntities(article)) }
        state.side.noteSelection = 0
        state.side.noteListTop = 0
        state.reading.visual = nil
        state.reading.pressedOffset = nil
        state = SearchActions.markFindMatches(state)
        return keepTextFilled(state)
    }
}
