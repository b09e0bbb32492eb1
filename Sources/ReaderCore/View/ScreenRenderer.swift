import ReaderText

/// Renders a whole state into a frame of the state's size: panes, separators, status line, overlays.
public enum ScreenRenderer {
    public static func render(_ state: ReaderState) -> Frame {
        var frame = Frame(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return frame }
        let screen = ScreenLayout(state: state)
        for (pane, rect) in screen.panes {
            let focused = pane == state.focus && screen.panes.count > 1
            PaneTitle.draw(title: title(of: pane, state: state, columns: rect.width - 2), focused: focused, in: rect.top(1), frame: &frame)
            let content = rect.droppingTop(1)
            switch pane {
            case .list: ListView.draw(state, in: content, frame: &frame)
            case .text: TextView.draw(state, screen: screen, in: content, frame: &frame)
            case .entities where state.side.tab == .notes: NotesPaneView.draw(state, in: content, frame: &frame)
            case .entities: EntityView.draw(state, in: content, frame: &frame)
            }
            if rect.x > 0 {
                for y in rect.y..<rect.maxY { frame.draw("│", x: rect.x - 1, y: y, style: .dim) }
            }
        }
        StatusBar.draw(state, screen: screen, in: screen.status, frame: &frame)
        if case .help(let scroll) = state.overlays.overlay {
            HelpView.draw(keymap: state.settings.keymap, mouse: state.settings.mouseEnabled, scroll: scroll, size: state.size, frame: &frame)
        }
        if state.overlays.overlay == .allNotes, let browser = state.overlays.notesBrowser {
            NotesBrowserView.draw(browser, theme: state.settings.theme, keymap: state.settings.keymap, size: state.size, frame: &frame)
        }
        return frame
    }

    static func title(of pane: Pane, state: ReaderState, columns: Int = .max) -> String {
        switch pane {
        case .list:
            // Cut short, "Articles" would read "Article…", the text pane's title: a shorter one instead.
            let full = ArticleListing.title(state)
            if DisplayWidth.columns(of: full) <= columns { return full }
            return ArticleListing.shorterTitles(state, full: full).first { DisplayWidth.columns(of: $0) <= columns } ?? "List"
        case .text: return state.openArticle.map { "Article · \($0.title)" } ?? "Article"
        case .entities where state.side.tab == .notes:
            return StatusText.joined("Notes (\(state.highlights.count))", state.settings.keymap.hint(.toggleEntityPane, in: .notes, "entities"))
        case .entities: return "Entities"
        }
    }
}

/// The title row of a pane: reverse video when focused, bold otherwise.
enum PaneTitle {
    static func draw(title: String, focused: Bool, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let style = focused ? Style(bold: true, reverse: true) : Style(bold: true, underline: false)
        frame.fill(rect, style: style)
        let shown = TextTruncation.truncate(title, toColumns: max(0, rect.width - 2))
        frame.draw(shown, x: rect.x + 1, y: rect.y, limit: rect.maxX, style: style)
    }
}
