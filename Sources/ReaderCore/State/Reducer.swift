import ReaderEntities
import ReaderDocument

/// Turns a state and an event into the next state and the effects the session is to run. Pure:
/// no file, database, clock or thread; what needs them is asked for as an `Effect`, and the answer
/// comes back as a `ReaderEvent`. (The layout memo it fills is the one exception, invisible.)
public enum Reducer {
    public static func reduce(_ state: ReaderState, _ event: ReaderEvent) -> (state: ReaderState, effects: [Effect]) {
        var next = state
        if case .input = event { next.list.forgetAsked() }
        next = apply(next, event)
        if case .input(.resize) = event {} else if next.textAnchor != state.textAnchor || next.openArticle?.id != state.openArticle?.id {
            next.reading.anchorBeforeResize = nil
        }
        var effects = next.outbox
        next.outbox = []
        effects += PersistenceEffects.between(state, next)
        effects += ListRowRequests.ask(&next)
        return (next, effects)
    }

    static func apply(_ state: ReaderState, _ event: ReaderEvent) -> ReaderState {
        switch event {
        case .input(let input): return ProgressiveLoad.apply(state, input: input, apply(_:input:))
        case .action(let action): return apply(state, action: action)
        case .showFirstArticle(let focus): return showSelectedIfNothingOpen(state, focus: focus)
        case .terminating: return PersistenceEffects.finalSaves(keepingTypedNote(state))
        case .articleLoaded(let article, let stored, let opening):
            return opened(state, article, storedPosition: stored, opening)
        case .articleCompleted(let article): return ProgressiveLoad.completed(state, article)
        case .articleRestNotRead(let id, let reason): return ProgressiveLoad.restNotRead(state, id: id, reason: reason)
        case .articleNotLoaded(_, let reason):
            var state = state
            state.statusMessage = reason
            return state
        case .highlightsLoaded(let id, let highlights): return highlightsLoaded(state, article: id, highlights: highlights)
        case .entitiesRecognised(let id, let entities): return entitiesRecognised(state, article: id, entities: entities)
        case .entitiesUnavailable(let problem):
            var state = state
            state.entityProblem = problem
            return state
        case .searchFinished(let query, let results, let total):
            return SearchActions.searchFinished(state, query: query, results: results, total: total)
        case .mentionsFound(let name, let articles): return ListActions.mentionsFound(state, name: name, articles: articles)
        case .notesLoaded(let query, let items): return AnnotationActions.notesLoaded(state, query: query, items: items)
        case .listRowsFetched(let asked, let entries):
            var state = state
            state.list.addEntries(entries, askedFor: asked)
            return state
        case .listOrderLoaded(let sort, let ids):
            var state = state
            let selected = state.list.selectedID
            state.list.setOrder(sort, ids)
            return ListActions.keep(selected, in: state)
        case .noteEdited(let id, let text): return noteEdited(state, highlightID: id, text: text)
        case .articleNoteEdited(let target, let text): return TagActions.setArticleNote(state, target: target, text: trimmedEditorText(text))
        case .articleAnnotationLoaded(let id, let annotation): return TagActions.annotationLoaded(state, article: id, annotation: annotation)
        case .tagsLoaded(let tags):
            var state = state
            state.overlays.knownTags = tags
            return state
        case .taggedFound(let tag, let articles): return TagActions.taggedFound(state, tag: tag, articles: articles)
        case .storeFailed(let message), .notice(let message):
            var state = state
            state.statusMessage = message
            return state
        case .backgroundProgress(let activity, let entitySearch):
            var state = state
            state.backgroundActivity = activity
            state.entitySearchProgress = entitySearch
            return state
        case .libraryImportFinished(let indexed): return libraryImportFinished(state, fullText: indexed)
        case .listReloaded(let index, let read, let starred, let articlesChanged):
            return listReloaded(state, index: index, read: read, starred: starred, articlesChanged: articlesChanged)
        case .articleRefreshed(let article): return articleRefreshed(state, article: article)
        case .fullTextFetched(let article): return FullTextActions.fetched(state, article: article)
        case .fullTextNotFetched(let id, let reason): return FullTextActions.notFetched(state, id: id, reason: reason)
        }
    }

    /// Handles one terminal event: a key (through the keymap) or a resize.
    static func apply(_ state: ReaderState, input event: InputEvent) -> ReaderState {
        switch event {
        case .resize(let size):
            var next = state
            next.size = size
            next = clampFocus(next)
            let place = next.reading.anchorBeforeResize ?? next.textAnchor
            next.textAnchor = place
            next = keepTextFilled(next)
            next.reading.anchorBeforeResize = next.textAnchor == place ? nil : place
            return next
        case .mouse(let mouse):
            return MouseActions.reduce(state, mouse)
        case .key(let key) where state.overlays.prompt != nil:
            return SearchActions.edit(state, key: key)
        case .key(let key):
            var next = state
            switch next.keys.resolve(key, in: next.keyScope, keymap: next.settings.keymap) {
            case .action(let action):
                next.statusMessage = nil
                return apply(next, action: action)
            case .pending:
                return next
            case .unbound:
                if next.overlays.overlay == nil {
                    let help = next.settings.keymap.bindings(in: next.keyScope).first { $0.action == .showHelp }
                    next.statusMessage = "Unbound key \(key.label)" + (help.map { " · \($0.label) shows the keys" } ?? "")
                }
                return next
            }
        }
    }

    /// Applies one action.
    static func apply(_ state: ReaderState, action: Action) -> ReaderState {
        var state = state
        if case .help(let scroll) = state.overlays.overlay {
            state.overlays.overlay = .help(scroll: helpScroll(scroll, action: action, state: state))
            if action == .closeOverlay || action == .quit || action == .showHelp { state.overlays.overlay = nil }
            return state
        }
        if state.overlays.overlay == .allNotes {
            switch action {
            case .closeOverlay, .quit, .showAllNotes:
                state.overlays.overlay = nil
                state.overlays.notesBrowser = nil
                return state
            case .openNote: return AnnotationActions.reduce(state, action: action)
            case .startSearch:
                state.overlays.prompt = Prompt(purpose: .filterNotes)
                return state
            case .filterByTag: return TagActions.reduce(state, action: action)
            case .showHelp:
                state.overlays.overlay = .help(scroll: 0)
                state.overlays.notesBrowser = nil
                return state
            default: return AnnotationActions.moveInBrowser(state, action: action)
            }
        }
        // Worked out once per key and handed to the helpers, which reuse it while the focus, the
        // side pane and the size stay as they are.
        let screen = ScreenLayout(state: state)
        switch action {
        case .quit:
            state.shouldQuit = true
            state = PersistenceEffects.finalSaves(state)
        case .showHelp:
            state.overlays.overlay = .help(scroll: 0)
        case .closeOverlay:
            state.overlays.overlay = nil
        case .focusNextPane, .focusPreviousPane:
            let panes = screen.focusablePanes
            let index = panes.firstIndex(of: state.focus) ?? 0
            let step = action == .focusNextPane ? 1 : panes.count - 1
            state.focus = panes[(index + step) % panes.count]
        case .toggleEntityPane where (state.side.isShown || screen.panes.count == 3) && state.side.tab == .notes:
            state.side.tab = .entities
        case .toggleEntityPane where screen.panes.count == 3:
            // From 120 columns the entity pane is always shown, so e goes to it and back.
            if state.focus == .entities {
                state.focus = state.openArticle == nil ? .list : .text
            } else {
                state.focus = .entities
                let back = state.settings.keymap.label(of: .toggleEntityPane, in: .entities).map { " · \($0) goes back" } ?? ""
                state.statusMessage = "The entity pane is always shown at this width" + back
            }
        case .toggleEntityPane:
            state.side.tab = .entities
            state.side.isShown.toggle()
            if screen.panes.count == 1 {
                state.focus = state.focus == .entities ? (state.openIndex == nil ? .list : .text) : .entities
            } else if !state.side.isShown && state.focus == .entities {
                state.focus = .text
            } else if state.side.isShown && state.focus == .list {
                // Two panes show the side pane beside the text, not beside the list.
                state.focus = .text
            }
        case .openSelected:
            if state.focus == .list, !state.articles.isEmpty { state = open(state, index: state.selectedIndex) }
        case .nextArticle, .previousArticle:
            state = openNeighbour(state, forward: action == .nextArticle)
        case .pageDown where state.focus == .text && state.reading.visual == nil && state.settings.nextArticleAtEnd && isAtEnd(state, screen: screen):
            // As in mutt and newsboat: paging on from the end of an article reads the next one.
            state = openNeighbour(state, forward: true)
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            switch state.focus {
            case .list: state = moveSelection(state, action: action, rows: screen.listRows)
            case .text:
                state = scrollText(state, action: action, screen: screen)
                state = VisualActions.caretFollowsScroll(state, action: action)
            case .entities where state.side.tab == .notes:
                state = AnnotationActions.moveInPane(state, action: action, rows: screen.listRows)
            case .entities: state = EntityNavigation.moveSelection(state, action: action, rows: screen.listRows)
            }
        case .markEntity:
            state = EntityNavigation.markSelected(state)
        case .nextMention where state.focus == .list && state.list.titleOnlySearch != nil,
             .previousMention where state.focus == .list && state.list.titleOnlySearch != nil:
            state = SearchActions.repeatTitleOnlySearch(state)
        case .nextMention, .previousMention:
            if state.reading.findQuery != nil, !state.reading.findMatches.isEmpty {
                state = SearchActions.jumpToMatch(state, forward: action == .nextMention)
            } else {
                state = EntityNavigation.jumpToMention(state, forward: action == .nextMention)
            }
        case .startSearch:
            state.overlays.prompt = Prompt(purpose: state.focus == .list ? .searchLibrary : .searchArticle)
        case .clearFind:
            state.reading.findQuery = nil
            state.reading.findMatches = []
            state.reading.findIndex = nil
        case .openLink:
            state = LinkActions.prompt(state)
        case .refreshFeeds:
            state.outbox.append(.refreshFeeds)
            state.statusMessage = "Refreshing feeds…"
        case .fetchFullText:
            state = FullTextActions.fetch(state)
        case .toggleRead, .toggleStar, .cycleFilter, .toggleSort, .clearListNarrowing, .filterByEntity:
            state = ListActions.reduce(state, action: action)
        case .enterVisual, .exitVisual, .toggleSelection, .visualMove, .highlightSelection, .highlightSentence,
             .highlightParagraph, .highlightWithNote:
            state = VisualActions.reduce(state, action: action)
        case .setHighlightColor, .nextHighlight, .previousHighlight, .showNotes, .showAllNotes, .openNote,
             .editNote, .editNoteInEditor, .cycleHighlightColor, .deleteHighlight, .undoDelete:
            state = AnnotationActions.reduce(state, action: action)
        case .editTags, .editArticleNote, .editArticleNoteInEditor, .filterByTag:
            state = TagActions.reduce(state, action: action)
        case .toggleCategory(let category):
            if state.side.hiddenCategories.contains(category) {
                state.side.hiddenCategories.remove(category)
                state.statusMessage = "\(category.title) highlighted"
            } else {
                state.side.hiddenCategories.insert(category)
                state.statusMessage = "\(category.title) not highlighted"
            }
        }
        return clampFocus(state, reusing: screen)
    }

    /// The first screen shows an article: when none was restored, the selected one, beside the list
    /// that keeps the focus. It is not marked read, since nobody chose it yet.
    public static func showSelectedIfNothingOpen(_ state: ReaderState, focus: Pane? = nil) -> ReaderState {
        guard state.openArticle == nil, state.articles.indices.contains(state.selectedIndex) else { return state }
        let summary = state.articles[state.selectedIndex]
        return open(state, summary, ArticleOpening(leavesFocus: true, restoredFocus: focus, byUser: false))
    }

    /// Opens an article at the top and selects it in the list: at once when its body is in memory
    /// (or it is the one open), else once the session has read it (`opened`).
    static func open(_ state: ReaderState, index: Int, keepFocus: Bool = false, highlightJump: String? = nil) -> ReaderState {
        open(state, state.articles[index], ArticleOpening(keepFocus: keepFocus, highlightJump: highlightJump))
    }

    static func open(_ state: ReaderState, _ summary: ArticleSummary, _ opening: ArticleOpening) -> ReaderState {
        if let open = state.openArticle, open.id == summary.id { return opened(state, open, storedPosition: nil, opening) }
        if let article = state.articlesInMemory[summary.id] { return opened(state, article, storedPosition: nil, opening) }
        var state = state
        state.outbox.append(.loadArticle(summary, opening))
        return state
    }

    /// An article's body is here: shown at its stored position (else the top), selected in the
    /// list, its highlights and entities asked for.
    static func opened(_ state: ReaderState, _ article: Article, storedPosition: ScrollAnchor?, _ opening: ArticleOpening) -> ReaderState {
        var state = state
        let reopening = state.openArticle?.id == article.id
        state.openArticle = article
        if let index = state.articles.index(of: article.id) { state.selectedIndex = index }
        // Opening the article already open only moves the focus to it: the place is kept.
        if !reopening || state.textAnchor.block >= article.blocks.count {
            state.textAnchor = .top
            state.reading.anchorBeforeResize = nil
        }
        if !reopening, let stored = storedPosition, stored.block < article.blocks.count { state.textAnchor = stored }
        if !reopening {
            state.reading.inputAwaitingRest = []
            state.reading.anchorAwaitingRest = nil
            ProgressiveLoad.startingAnchor(&state, article: article, stored: storedPosition)
            if !article.isComplete { state.outbox.append(.readRestOfArticle(ArticleSummary(article))) }
        }
        state.reading.markedEntity = nil
        // Reopening the article keeps its highlights; another one's are read from the library.
        if !reopening {
            state.highlights = []
            state.reading.articleAnnotation = nil
            state.outbox.append(.loadHighlights(article.id))
            state.outbox.append(.loadArticleAnnotation(article.id, sourcePath: article.sourcePath))
        }
        // Entities are found in the whole text, once it is read.
        if article.isComplete && state.entities[article.id] == nil && state.entityProblem == nil {
            state.outbox.append(.findEntities(article))
        }
        state.reading.lastHighlightJump = nil
        state.reading.visual = nil
        state.side.noteSelection = 0
        state.side.noteListTop = 0
        state.reading.pendingHighlightJump = opening.highlightJump
        if !reopening, let note = article.note { state.statusMessage = note }
        state = SearchActions.markFindMatches(state)
        state.side.entitySelection = 0
        state.side.entityListTop = 0
        let screen = ScreenLayout(state: state)
        if let pane = opening.restoredFocus, screen.focusablePanes.contains(pane) {
            state.focus = pane
        } else if opening.leavesFocus {
            state = clampFocus(state, reusing: screen)
        } else if !opening.keepFocus || state.focus == .list {
            state.focus = .text
        }
        state = keepSelectionVisible(state, rows: ScreenLayout.of(state, reusing: screen).listRows)
        // No load follows for the article already open: go to the highlight now.
        if reopening, opening.highlightJump != nil { state = highlightsLoaded(state, article: article.id, highlights: state.highlights) }
        guard opening.byUser else { return state }
        state.outbox.append(.recordOpened(article.id))
        if state.settings.readRule == .onOpen { state.list.setRead(article.id, true) }
        return markReadIfAtEnd(state)
    }

    /// `J` and `K`: the next or previous article in the list, or a message at either end.
    static func openNeighbour(_ state: ReaderState, forward: Bool) -> ReaderState {
        let target = ArticleListing.neighbourOfOpenArticle(state, forward: forward)
        guard state.articles.indices.contains(target) else {
            var state = state
            state.statusMessage = forward ? "This is the last article" : "This is the first article"
            return state
        }
        return open(state, index: target, keepFocus: true)
    }

    static func moveSelection(_ state: ReaderState, action: Action, rows: Int) -> ReaderState {
        var state = state
        guard !state.articles.isEmpty else { return state }
        let last = state.articles.count - 1
        let target: Int
        switch action {
        case .moveDown: target = state.selectedIndex + 1
        case .moveUp: target = state.selectedIndex - 1
        case .pageDown: target = state.selectedIndex + rows
        case .pageUp: target = state.selectedIndex - rows
        case .halfPageDown: target = state.selectedIndex + max(1, rows / 2)
        case .halfPageUp: target = state.selectedIndex - max(1, rows / 2)
        case .top: target = 0
        case .bottom: target = last
        default: target = state.selectedIndex
        }
        state.selectedIndex = min(max(0, target), last)
        return keepSelectionVisible(state, rows: rows)
    }

    static func keepSelectionVisible(_ state: ReaderState, rows: Int) -> ReaderState {
        var state = state
        if state.selectedIndex < state.list.top { state.list.top = state.selectedIndex }
        if state.selectedIndex >= state.list.top + rows { state.list.top = state.selectedIndex - rows + 1 }
        state.list.top = max(0, min(state.list.top, max(0, state.articles.count - rows)))
        return state
    }

    static func scrollText(_ state: ReaderState, action: Action, screen: ScreenLayout) -> ReaderState {
        var state = state
        guard let layout = state.openLayout(in: screen) else { return state }
        let rows = screen.textRows
        let current = layout.position(of: state.textAnchor)
        let maxTop = layout.bottomTop(height: rows)
        var target: RowPosition
        switch action {
        case .moveDown: target = layout.advance(current, by: 1)
        case .moveUp: target = layout.advance(current, by: -1)
        case .pageDown: target = layout.advance(current, by: max(1, rows - 1))
        case .pageUp: target = layout.advance(current, by: -max(1, rows - 1))
        case .halfPageDown: target = layout.advance(current, by: max(1, rows / 2))
        case .halfPageUp: target = layout.advance(current, by: -max(1, rows / 2))
        case .top: target = layout.firstRow
        case .bottom: target = maxTop
        default: target = current
        }
        if target > maxTop { target = max(maxTop, min(current, target)) }
        state.textAnchor = layout.anchor(of: target)
        return markReadIfAtEnd(state, reusing: screen)
    }

    /// The list read again from the library (after a feed refresh), keeping the selection.
    static func listReloaded(
        _ state: ReaderState, index: ArticleIndex, read: Set<ArticleID>, starred: Set<ArticleID>, articlesChanged: Bool
    ) -> ReaderState {
        var state = state
        let selected = state.list.selectedID
        state.list.replaceIndex(index)
        state.list.setMarks(read: read, starred: starred)
        if articlesChanged {
            // Entities found in other articles' old text are found again when they are next opened.
            for id in state.entities.keys where id != state.openArticle?.id { state.entities[id] = nil }
        }
        state = ListActions.keep(selected, in: state)
        return apply(state, input: .resize(state.size))
    }

    /// Recognition finished for an article.
    public static func entitiesRecognised(_ state: ReaderState, article: ArticleID, entities: ArticleEntities) -> ReaderState {
        var state = state
        state.entities[article] = entities
        return state
    }

    /// The open article's stored highlights arrived; scrolls to one when a note was chosen.
    public static func highlightsLoaded(_ state: ReaderState, article: ArticleID, highlights: [Highlight]) -> ReaderState {
        guard state.openArticle?.id == article else { return state }
        var state = state
        let length = state.openArticle?.plainTextLength ?? 0
        state.highlights = AnnotationActions.sorted(highlights.map { highlight in
            var highlight = highlight
            // A range that no longer fits the text is shown as not found rather than drawn wrong.
            if highlight.end > length { highlight.isOrphaned = true }
            return highlight
        })
        if let id = state.reading.pendingHighlightJump, let target = state.highlights.first(where: { $0.id == id }) {
            state.reading.pendingHighlightJump = nil
            if !target.isOrphaned { state = EntityNavigation.show(offset: target.start, in: state) }
            state.statusMessage = target.note.map { "Note: \($0)" } ?? "Highlight: \(target.quote.exact)"
        }
        return state
    }

    /// A note still being typed when the reader is told to stop is kept as typed, not lost.
    static func keepingTypedNote(_ state: ReaderState) -> ReaderState {
        guard let prompt = state.overlays.prompt, !prompt.text.isEmpty else { return state }
        var state = state
        switch prompt.purpose {
        case .note(let id):
            state.overlays.prompt = nil
            return AnnotationActions.setNote(state, highlightID: id, text: String(prompt.text))
        case .articleNote(let target):
            state.overlays.prompt = nil
            return TagActions.setArticleNote(state, target: target, text: String(prompt.text))
        default:
            return state
        }
    }

    /// A note came back from the external editor.
    public static func noteEdited(_ state: ReaderState, highlightID: String, text: String) -> ReaderState {
        AnnotationActions.setNote(state, highlightID: highlightID, text: trimmedEditorText(text))
    }

    /// Editors end files with a newline the note did not have.
    static func trimmedEditorText(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// After a resize, a pane scrolled to the end shows as much text as fits instead of blank rows.
    static func keepTextFilled(_ state: ReaderState) -> ReaderState {
        let screen = ScreenLayout(state: state)
        guard let layout = state.openLayout(in: screen) else { return state }
        let maxTop = layout.bottomTop(height: screen.textRows)
        guard layout.position(of: state.textAnchor) > maxTop else { return state }
        var state = state
        state.textAnchor = layout.anchor(of: maxTop)
        return state
    }

    /// An article counts as read once its end has been on screen (under the default read rule).
    static func markReadIfAtEnd(_ state: ReaderState, reusing screen: ScreenLayout? = nil) -> ReaderState {
        // An article without text has not been read by having its end on screen.
        guard state.settings.readRule == .atEnd, let article = state.openArticle, article.hasBodyText,
              isAtEnd(state, screen: .of(state, reusing: screen)) else { return state }
        var state = state
        state.list.setRead(article.id, true)
        return state
    }

    /// Whether the text pane shows the open article's end (and its end marker).
    static func isAtEnd(_ state: ReaderState, screen: ScreenLayout) -> Bool {
        // The end of an article's beginning is not its end.
        guard state.openArticle?.isComplete == true, let layout = state.openLayout(in: screen) else { return false }
        return layout.position(of: state.textAnchor) >= layout.bottomTop(height: screen.textRows)
    }

    /// Keeps focus on a pane that can be reached at the current size.
    static func clampFocus(_ state: ReaderState, reusing earlier: ScreenLayout? = nil) -> ReaderState {
        var state = state
        let screen = ScreenLayout.of(state, reusing: earlier)
        if !screen.focusablePanes.contains(state.focus) {
            state.focus = screen.contains(.text) ? .text : screen.focusablePanes.first ?? .list
        }
        return keepSelectionVisible(state, rows: ScreenLayout.of(state, reusing: screen).listRows)
    }

    static func helpScroll(_ scroll: Int, action: Action, state: ReaderState) -> Int {
        let lines = HelpView.lines(keymap: state.settings.keymap, mouse: state.settings.mouseEnabled, size: state.size).count
        let visible = max(1, HelpView.box(size: state.size, lineCount: lines).height - 2)
        let maxScroll = max(0, lines - visible)
        let next: Int
        switch action {
        case .moveDown: next = scroll + 1
        case .moveUp: next = scroll - 1
        // A page is a page, as in less; Ctrl-d and Ctrl-u half of one.
        case .pageDown: next = scroll + visible
        case .pageUp: next = scroll - visible
        case .halfPageDown: next = scroll + max(1, visible / 2)
        case .halfPageUp: next = scroll - max(1, visible / 2)
        case .top: next = 0
        case .bottom: next = maxScroll
        default: next = scroll
        }
        return min(max(0, next), maxScroll)
    }
}
