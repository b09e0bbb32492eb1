/// The mouse: a click focuses the pane under it and selects the article, entity or note there;
/// the wheel scrolls the pane under the pointer without marking anything read; pressing in the
/// text and releasing elsewhere selects that passage in visual mode, ready to highlight.
enum MouseActions {
    static let wheelRows = 3

    static func reduce(_ state: ReaderState, _ event: MouseEvent) -> ReaderState {
        guard state.overlays.overlay == nil, state.overlays.prompt == nil else { return state }
        let screen = ScreenLayout(state: state)
        guard let (pane, rect) = screen.panes.first(where: { contains($0.rect, event.x, event.y) }) else { return state }
        let content = rect.droppingTop(1)
        var state = state
        switch event.kind {
        case .wheelUp, .wheelDown:
            return wheel(state, pane: pane, down: event.kind == .wheelDown, rows: content.height)
        case .press:
            state.focus = pane
            guard contains(content, event.x, event.y) else { return state }
            let row = event.y - content.y
            switch pane {
            case .list:
                guard let index = ListView.index(atRow: row, state: state, in: content) else { return state }
                if index == state.selectedIndex && state.openIndex != index { return Reducer.open(state, index: index) }
                state.selectedIndex = index
            case .text:
                guard let offset = offset(in: state, content: content, x: event.x, row: row) else { return state }
                state.reading.pressedOffset = offset
            case .entities where state.side.tab == .notes:
                let header = NotesPaneView.headerRows(state)
                let index = state.side.noteListTop + (row - header) / 2
                guard row >= header, index < state.highlights.count else { return state }
                state.side.noteSelection = index
            case .entities:
                let rows = EntityView.rows(state)
                let index = EntityView.top(rows, state: state, height: content.height) + row
                guard index < rows.count, case .group(_, let group) = rows[index] else { return state }
                state.side.entitySelection = group
                return EntityNavigation.markSelected(state)
            }
        case .release:
            guard pane == .text, let pressed = state.reading.pressedOffset else { return state }
            state.reading.pressedOffset = nil
            guard let released = offset(in: state, content: content, x: event.x, row: event.y - content.y), released != pressed else {
                return state
            }
            state.reading.visual = VisualSelection(caret: max(pressed, released) - 1, anchor: min(pressed, released))
            state.statusMessage = StatusText.joined(
                "Selected", state.settings.keymap.hint(.highlightSelection, in: .visual, "highlights"),
                state.settings.keymap.hint(.highlightWithNote, in: .visual, "adds a note"), state.settings.keymap.highlightColourHint,
                state.settings.keymap.hint(.exitVisual, in: .visual))
        }
        return state
    }

    static func contains(_ rect: Rect, _ x: Int, _ y: Int) -> Bool {
        x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY
    }

    /// Scrolls a pane by a few rows; the text is not marked read by it.
    static func wheel(_ state: ReaderState, pane: Pane, down: Bool, rows: Int) -> ReaderState {
        var state = state
        switch pane {
        case .text:
            guard let layout = state.openLayout() else { return state }
            let current = layout.position(of: state.textAnchor)
            var target = layout.advance(current, by: down ? wheelRows : -wheelRows)
            let maxTop = layout.bottomTop(height: rows)
            if target > maxTop { target = max(maxTop, min(current, target)) }
            state.textAnchor = layout.anchor(of: target)
        case .list:
            let last = max(0, state.articles.count - rows)
            state.list.top = max(0, min(last, state.list.top + (down ? wheelRows : -wheelRows)))
            state.selectedIndex = min(max(state.selectedIndex, state.list.top), state.list.top + max(0, rows - 1))
            state.selectedIndex = min(state.selectedIndex, max(0, state.articles.count - 1))
        case .entities:
            let action: Action = down ? .moveDown : .moveUp
            var moved = state
            for _ in 0..<wheelRows {
                moved = state.side.tab == .notes
                    ? AnnotationActions.moveInPane(moved, action: action, rows: rows)
                    : EntityNavigation.moveSelection(moved, action: action, rows: rows)
            }
            return moved
        }
        return state
    }

    /// The plain-text offset of the character drawn at a cell of the text pane.
    static func offset(in state: ReaderState, content: Rect, x: Int, row: Int) -> Int? {
        guard let layout = state.openLayout() else { return nil }
        let geometry = TextPaneGeometry(content: content, maxTextWidth: state.settings.paneWidths.maxTextWidth)
        return geometry.offset(atX: x, y: content.y + row, top: layout.position(of: state.textAnchor), in: layout)
    }
}
