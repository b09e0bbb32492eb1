import ReaderDocument

/// A long article is shown from its beginning while the rest is read. Input that the beginning
/// can answer acts at once (its blocks are the whole article's first blocks); input that needs the
/// rest waits for it, and so does all input after it, so nothing is lost or taken out of order.
enum ProgressiveLoad {
    /// Said in the status line while input waits for the rest.
    static let waitingMessage = "Reading the rest of the article…"

    /// Whether the open article is only its beginning.
    static func isReadingRest(_ state: ReaderState) -> Bool {
        state.openArticle.map { !$0.isComplete } ?? false
    }

    /// A terminal event while the rest is read: applied when the beginning answers it, else kept.
    static func apply(_ state: ReaderState, input event: InputEvent, _ apply: (ReaderState, InputEvent) -> ReaderState) -> ReaderState {
        guard isReadingRest(state), let open = state.openArticle else { return apply(state, event) }
        if case .resize = event, state.reading.inputAwaitingRest.isEmpty { return apply(state, event) }
        // Keys act on the place the reader is to open at, not on the top shown meanwhile.
        if state.reading.inputAwaitingRest.isEmpty && state.reading.anchorAwaitingRest == nil && !submitsArticleSearch(state, event) {
            let next = apply(state, event)
            if !needsRest(before: state, after: next, open: open) { return next }
        }
        var state = state
        state.reading.inputAwaitingRest.append(event)
        state.statusMessage = waitingMessage
        return state
    }

    /// Whether the event submits a search of the open article: it would see the beginning only.
    static func submitsArticleSearch(_ state: ReaderState, _ event: InputEvent) -> Bool {
        guard case .key(let key) = event, var prompt = state.overlays.prompt, prompt.purpose == .searchArticle else { return false }
        if case .submit = prompt.handle(key) { return true }
        return false
    }

    /// True when what the event did depends on the part not read yet: the article's end came on
    /// screen, or the place of a search match changed (n and N step through all of them).
    static func needsRest(before: ReaderState, after: ReaderState, open: Article) -> Bool {
        guard let shown = after.openArticle, shown.id == open.id, !shown.isComplete else { return false }
        if after.reading.findMatches != before.reading.findMatches || after.reading.findIndex != before.reading.findIndex {
            return true
        }
        return showsEnd(after)
    }

    /// Whether the text pane shows the last row of what is read so far.
    static func showsEnd(_ state: ReaderState) -> Bool {
        let screen = ScreenLayout(state: state)
        guard screen.contains(.text), let layout = state.openLayout(in: screen) else { return false }
        return layout.position(of: state.textAnchor) >= layout.bottomTop(height: screen.textRows)
    }

    /// Where to start showing an article from its beginning: a stored position beyond it waits.
    static func startingAnchor(_ state: inout ReaderState, article: Article, stored: ScrollAnchor?) {
        guard !article.isComplete, let stored, stored.block >= article.blocks.count else { return }
        state.reading.anchorAwaitingRest = stored
        state.statusMessage = waitingMessage
    }

    /// The whole article is here: it replaces its beginning, keeping the place shown, the stored
    /// position if it waited, then the input that waited is played again in order.
    static func completed(_ state: ReaderState, _ article: Article) -> ReaderState {
        guard let open = state.openArticle, open.id == article.id, !open.isComplete else { return state }
        var state = state
        state.openArticle = article
        let waiting = state.reading.inputAwaitingRest
        state.reading.inputAwaitingRest = []
        if state.statusMessage == waitingMessage { state.statusMessage = nil }
        if let stored = state.reading.anchorAwaitingRest, stored.block < article.blocks.count { state.textAnchor = stored }
        state.reading.anchorAwaitingRest = nil
        if state.textAnchor.block >= article.blocks.count { state.textAnchor = .top }
        state = SearchActions.markFindMatches(state)
        if state.entities[article.id] == nil && state.entityProblem == nil { state.outbox.append(.findEntities(article)) }
        state = Reducer.markReadIfAtEnd(state)
        if !waiting.isEmpty { state.outbox.append(.replayInput(waiting)) }
        return state
    }

    /// The rest could not be read: the beginning is all there is, and says so.
    static func restNotRead(_ state: ReaderState, id: ArticleID, reason: String) -> ReaderState {
        guard let open = state.openArticle, open.id == id, !open.isComplete else { return state }
        var state = state
        let waiting = state.reading.inputAwaitingRest
        state.reading.inputAwaitingRest = []
        state.reading.anchorAwaitingRest = nil
        var shown = open
        shown.isComplete = true
        state.openArticle = shown
        if !waiting.isEmpty { state.outbox.append(.replayInput(waiting)) }
        state.statusMessage = "Only the beginning could be read: \(reason)"
        return state
    }
}
