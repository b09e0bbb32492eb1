/// The bottom line: position in the article, a message if any, and key hints.
enum StatusBar {
    static func draw(_ state: ReaderState, screen: ScreenLayout, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let style = Style(reverse: true)
        frame.fill(rect, style: style)
        var left = ""
        if let layout = state.openLayout() {
            left = "\(percent(layout: layout, state: state, rows: screen.textRows))% "
        }
        if let message = state.statusMessage {
            left += message
        } else if !state.keys.pending.isEmpty {
            left += state.keys.pending.map(\.label).joined(separator: " ") + " …"
        }
        let leftShown = TextTruncation.truncate(left, toColumns: max(0, rect.width - 1))
        let end = frame.draw(leftShown, x: rect.x + 1, y: rect.y, limit: rect.maxX, style: style)
        // The full hints where they fit, else the one that leads to all the others.
        for hints in [hintText(for: state), "? help  q quit", "? help"] {
            let hintWidth = DisplayWidth.columns(of: hints)
            if end + 2 + hintWidth <= rect.maxX {
                frame.draw(hints, x: rect.maxX - hintWidth - 1, y: rect.y, limit: rect.maxX, style: style)
                break
            }
        }
    }

    static func percent(layout: ArticleLayout, state: ReaderState, rows: Int) -> Int {
        let top = layout.position(of: state.textAnchor)
        let bottom = layout.advance(top, by: rows - 1)
        let total = layout.article.plainTextLength
        guard total > 0, bottom < layout.lastRow else { return 100 }
        return min(99, layout.plainTextOffset(atEndOf: bottom) * 100 / total)
    }

    static func hintText(for state: ReaderState) -> String {
        if state.overlay != nil { return "j/k scroll  Esc close" }
        switch state.focus {
        case .list: return "j/k move  Enter open  Tab pane  ? help  q quit"
        case .text: return "j/k scroll  Space page  J/K article  Tab pane  ? help  q quit"
        case .entities: return "Enter mark  n/N next  1-6 colours  ? help  q quit"
        }
    }
}
