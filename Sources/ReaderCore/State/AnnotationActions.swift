import ReaderDocument

/// Highlights and notes: making them, changing and deleting them (with undo), moving between them,
/// and the library-wide list of notes. Every change is also queued for the library.
enum AnnotationActions {
    /// Highlights a range of the open article, optionally opening the note prompt for it.
    static func add(_ state: ReaderState, range: Range<Int>, askNote: Bool = false) -> ReaderState {
        var state = state
        guard let article = state.openArticle else { return state }
        let units = state.layouts.units(for: article)
        let trimmed = units.trimmed(range.clamped(to: 0..<article.plainTextLength))
        guard !trimmed.isEmpty else {
            state.statusMessage = "Nothing to highlight there"
            return state
        }
        if let existing = state.highlights.first(where: { !$0.isOrphaned && $0.range == trimmed }) {
            return refuseDuplicate(state, of: existing)
        }
        let highlight = article.highlight(trimmed, color: state.reading.highlightColor, note: nil, stamper: stamper(state), scalars: units.scalars)
        state.highlights = sorted(state.highlights + [highlight])
        state.outbox.append(.saveHighlight(highlight))
        // The caret stays on the new highlight, so the keys named change it at once.
        state.reading.visual = VisualSelection(caret: caret(on: highlight, in: state))
        let keys = [(Action.editNote, "adds a note"), (.cycleHighlightColor, "changes its colour"), (.exitVisual, "ends")]
            .compactMap { action, what in state.settings.keymap.label(of: action, in: .visual).map { "\($0) \(what)" } }
        state.statusMessage = (["Highlighted in \(highlight.color.rawValue)"] + keys).joined(separator: " · ")
        if askNote { state.overlays.prompt = Prompt(purpose: .note(highlightID: highlight.id)) }
        return state
    }

    /// The same passage highlighted again: nothing is added; the caret stays on the highlight, so
    /// the keys named (those in effect) change its colour or note.
    static func refuseDuplicate(_ state: ReaderState, of existing: Highlight) -> ReaderState {
        var state = state
        state.reading.visual = VisualSelection(caret: caret(on: existing, in: state))
        let keys = [(Action.cycleHighlightColor, "its colour"), (.editNote, "its note")].compactMap { action, what in
            state.settings.keymap.label(of: action, in: .visual).map { "\($0) changes \(what)" }
        }
        state.statusMessage = (["Already highlighted"] + keys).joined(separator: " · ")
        return state
    }

    /// A caret where this highlight is the innermost, so c and i reach it, not one inside it: the
    /// visual caret when it is on it already.
    static func caret(on highlight: Highlight, in state: ReaderState) -> Int {
        let caret = ([state.reading.visual?.caret].compactMap { $0 } + Array(highlight.range)).first { offset in
            highlight.range.contains(offset) && innermost(state.highlights, at: offset)?.id == highlight.id
        }
        return caret ?? highlight.start
    }

    static func sorted(_ highlights: [Highlight]) -> [Highlight] {
        highlights.sorted { ($0.isOrphaned ? 1 : 0, $0.start, $0.end) < ($1.isOrphaned ? 1 : 0, $1.start, $1.end) }
    }

    /// The highlight an edit applies to: the one selected in the notes pane, or the innermost one
    /// under the visual caret.
    static func target(_ state: ReaderState) -> Highlight? {
        if state.keyScope == .notes {
            return state.highlights.indices.contains(state.side.noteSelection) ? state.highlights[state.side.noteSelection] : nil
        }
        guard let caret = state.reading.visual?.caret else { return nil }
        return innermost(state.highlights, at: caret)
    }

    static func innermost(_ highlights: [Highlight], at offset: Int) -> Highlight? {
        highlights.filter { !$0.isOrphaned && $0.range.contains(offset) }.min { $0.range.count < $1.range.count }
    }

    static func reduce(_ state: ReaderState, action: Action) -> ReaderState {
        var state = state
        switch action {
        case .setHighlightColor(let color):
            state.reading.highlightColor = color
            state.statusMessage = "New highlights are \(color.rawValue)"
        case .nextHighlight, .previousHighlight:
            return HighlightNavigation.jump(state, forward: action == .nextHighlight)
        case .showNotes where ScreenLayout(state: state).panes.count == 3:
            // From 120 columns the side pane is always shown, so H goes to its notes tab and back,
            // as e goes to the entities.
            if state.keyScope == .notes {
                state.side.tab = .entities
                state.focus = state.openArticle == nil ? .list : .text
            } else {
                state.side.tab = .notes
                state.side.noteSelection = min(state.side.noteSelection, max(0, state.highlights.count - 1))
                state.focus = .entities
                let back = state.settings.keymap.label(of: .showNotes, in: .notes).map { " · \($0) goes back to the entities" } ?? ""
                state.statusMessage = "This article's highlights and notes" + back
            }
        case .showNotes:
            if state.side.isShown && state.side.tab == .notes {
                state.side.isShown = false
                if state.focus == .entities { state.focus = state.openArticle == nil ? .list : .text }
            } else {
                state.side.isShown = true
                state.side.tab = .notes
                state.side.noteSelection = min(state.side.noteSelection, max(0, state.highlights.count - 1))
                if ScreenLayout(state: state).focusablePanes.contains(.entities) { state.focus = .entities }
            }
        case .undoDelete:
            guard let restored = state.reading.lastDeletedHighlight else {
                state.statusMessage = "No deleted highlight to bring back"
                return state
            }
            state.reading.lastDeletedHighlight = nil
            state.outbox.append(.saveHighlight(restored))
            if let open = state.openArticle?.id, state.reading.lastDeletedFromArticle == open || restored.articleID == open {
                state.highlights = sorted(state.highlights + [restored])
                state.side.noteSelection = state.highlights.firstIndex { $0.id == restored.id } ?? state.side.noteSelection
            }
            state.reading.lastDeletedFromArticle = nil
            state.statusMessage = "Highlight restored"
        case .editNote, .editNoteInEditor, .cycleHighlightColor, .deleteHighlight:
            guard let highlight = target(state) else {
                state.statusMessage = state.keyScope == .notes ? "No highlight selected" : "The caret is not on a highlight"
                return state
            }
            return change(state, highlight, action: action)
        case .openNote:
            return state.overlays.overlay == .allNotes ? openFromBrowser(state) : openFromPane(state)
        case .showAllNotes:
            guard state.libraryIndexed else {
                state.statusMessage = "Notes across articles need the library"
                return state
            }
            state.outbox.append(.loadNotes(query: nil))
        default:
            break
        }
        return state
    }

    static func change(_ state: ReaderState, _ highlight: Highlight, action: Action) -> ReaderState {
        var state = state
        switch action {
        case .editNote:
            var prompt = Prompt(purpose: .note(highlightID: highlight.id))
            prompt.text = Array(highlight.note ?? "")
            prompt.cursor = prompt.text.count
            state.overlays.prompt = prompt
        case .editNoteInEditor:
            state.outbox.append(.editNote(highlightID: highlight.id, text: highlight.note ?? ""))
        case .cycleHighlightColor:
            let all = HighlightColor.allCases
            var changed = highlight
            changed.color = all[((all.firstIndex(of: highlight.color) ?? 0) + 1) % all.count]
            state = replace(state, changed)
            state.statusMessage = "Highlight is now \(changed.color.rawValue)"
        case .deleteHighlight:
            state.highlights.removeAll { $0.id == highlight.id }
            state.reading.lastDeletedHighlight = highlight
            state.reading.lastDeletedFromArticle = state.openArticle?.id
            state.outbox.append(.deleteHighlight(id: highlight.id))
            state.side.noteSelection = min(state.side.noteSelection, max(0, state.highlights.count - 1))
            state.statusMessage = StatusText.joined("Highlight deleted", state.settings.keymap.hint(.undoDelete, in: state.keyScope, "brings it back"))
        default:
            break
        }
        return state
    }

    /// Stores a changed highlight (stamped as modified now) and shows it.
    static func replace(_ state: ReaderState, _ highlight: Highlight) -> ReaderState {
        var state = state
        var changed = highlight
        changed.modified = state.now
        if let index = state.highlights.firstIndex(where: { $0.id == changed.id }) { state.highlights[index] = changed }
        state.outbox.append(.saveHighlight(changed))
        return state
    }

    /// A note typed in the prompt or written in the editor; empty removes the note.
    static func setNote(_ state: ReaderState, highlightID: String, text: String) -> ReaderState {
        guard var highlight = state.highlights.first(where: { $0.id == highlightID }) else { return state }
        highlight.note = text.isEmpty ? nil : text
        // `#tag` words of the note are the highlight's tags too; removing them from the note leaves the tags.
        highlight.tags = Tags.canonical(highlight.tags + Tags.hashtags(in: text))
        var state = replace(state, highlight)
        state.statusMessage = text.isEmpty ? "Note removed" : "Note saved"
        return state
    }

    static func openFromPane(_ state: ReaderState) -> ReaderState {
        guard state.highlights.indices.contains(state.side.noteSelection) else { return state }
        let highlight = state.highlights[state.side.noteSelection]
        guard !highlight.isOrphaned else {
            var state = state
            state.statusMessage = "Not found in the current text: \"\(highlight.quote.exact)\""
            return state
        }
        var state = EntityNavigation.show(offset: highlight.start, in: state)
        state.focus = .text
        return state
    }

    /// Opens the article of the note chosen in the library-wide list, at the highlight.
    static func openFromBrowser(_ state: ReaderState) -> ReaderState {
        var state = state
        guard let browser = state.overlays.notesBrowser, browser.items.indices.contains(browser.selection) else { return state }
        let highlight = browser.items[browser.selection].highlight
        guard let id = highlight.articleID else {
            state.statusMessage = "Its article is no longer in the library"
            return state
        }
        if state.articles.index(of: id) == nil {
            state.list.clearNarrowing()
            state.list.setFilter(.all)
        }
        guard let index = state.articles.index(of: id) else {
            state.statusMessage = "Its article is not in this list"
            return state
        }
        state.overlays.overlay = nil
        state.overlays.notesBrowser = nil
        return Reducer.open(state, index: index, highlightJump: highlight.id)
    }

    /// Up, down and paging in the library-wide list of notes.
    static func moveInBrowser(_ state: ReaderState, action: Action) -> ReaderState {
        var state = state
        guard var browser = state.overlays.notesBrowser else { return state }
        (browser.selection, browser.top) = move(
            browser.selection, top: browser.top, count: browser.items.count,
            perScreen: NotesBrowserView.itemsPerScreen(size: state.size), action: action)
        state.overlays.notesBrowser = browser
        return state
    }

    /// Narrows the library-wide list to notes matching the words.
    static func filterBrowser(_ state: ReaderState, query: String) -> ReaderState {
        var state = state
        state.outbox.append(.loadNotes(query: query.isEmpty ? nil : query))
        return state
    }

    /// The library's notes: the library-wide list opens with them, or shows those a search matched.
    static func notesLoaded(_ state: ReaderState, query: String?, items: [LibraryHighlight]) -> ReaderState {
        var state = state
        if state.overlays.overlay == .allNotes {
            state.overlays.notesBrowser = NotesBrowser(items: items, query: query)
            state.statusMessage = "\(items.count) note\(items.count == 1 ? "" : "s") match"
        } else {
            state.overlays.notesBrowser = NotesBrowser(items: items)
            state.overlays.overlay = .allNotes
        }
        return state
    }

    /// Up and down in the notes pane (two rows a highlight).
    static func moveInPane(_ state: ReaderState, action: Action, rows: Int) -> ReaderState {
        var state = state
        (state.side.noteSelection, state.side.noteListTop) = move(
            state.side.noteSelection, top: state.side.noteListTop, count: state.highlights.count,
            perScreen: (rows - NotesPaneView.headerRows(state)) / 2, action: action)
        return state
    }

    /// A selection in a list of `count` items moved by an action, and the first item shown.
    static func move(_ selection: Int, top: Int, count: Int, perScreen: Int, action: Action) -> (selection: Int, top: Int) {
        let perScreen = max(1, perScreen)
        let last = max(0, count - 1)
        var selection = selection
        switch action {
        case .moveDown: selection = min(last, selection + 1)
        case .moveUp: selection = max(0, selection - 1)
        case .pageDown, .halfPageDown: selection = min(last, selection + perScreen)
        case .pageUp, .halfPageUp: selection = max(0, selection - perScreen)
        case .top: selection = 0
        case .bottom: selection = last
        default: break
        }
        var top = min(top, selection)
        if selection >= top + perScreen { top = selection - perScreen + 1 }
        return (selection, top)
    }

    /// Stamps a new highlight with the id and time the session gave this event.
    static func stamper(_ state: ReaderState) -> HighlightStamper {
        let id = state.nextHighlightID, now = state.now
        return HighlightStamper(makeID: { id }, now: { now })
    }

}
