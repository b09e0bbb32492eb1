import ReaderText

/// The bottom line: position in the article, a message if any, and key hints.
enum StatusBar {
    static func draw(_ state: ReaderState, screen: ScreenLayout, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let style = Style(reverse: true)
        frame.fill(rect, style: style)
        if let prompt = state.overlays.prompt {
            drawPrompt(prompt, in: rect, frame: &frame)
            return
        }
        var notes: [String] = []
        if let message = state.statusMessage {
            notes.append(message)
        } else if !state.keys.pending.isEmpty {
            notes.append(state.keys.pending.map(\.label).joined(separator: " ") + " …")
        }
        if let activity = state.backgroundActivity { notes.append(activity) }
        var left = notes.joined(separator: " · ")
        if let layout = state.openLayout(in: screen) {
            // Until the whole article is read, how far into it is not known.
            let shown = layout.article.isComplete ? "\(percent(layout: layout, state: state, rows: screen.textRows))%" : "…%"
            left = shown + " " + left
        }
        let leftShown = TextTruncation.truncate(left, toColumns: max(0, rect.width - 1))
        let end = frame.draw(leftShown, x: rect.x + 1, y: rect.y, limit: rect.maxX, style: style)
        // As many hints as fit, first ones first, and the one that leads to all the others.
        for hints in KeyHints.shrinking(KeyHints.hints(for: state), state: state) {
            let hintWidth = DisplayWidth.columns(of: hints)
            if end + 2 + hintWidth <= rect.maxX {
                frame.draw(hints, x: rect.maxX - hintWidth - 1, y: rect.y, limit: rect.maxX, style: style)
                break
            }
        }
    }

    /// The prompt with its cursor; long text scrolls so the cursor stays visible.
    static func drawPrompt(_ prompt: Prompt, in rect: Rect, frame: inout Frame) {
        frame.fill(rect)
        let start = frame.draw(prompt.label, x: rect.x, y: rect.y, limit: rect.maxX, style: .bold)
        let room = max(1, rect.maxX - start - 1)
        var first = 0
        while DisplayWidth.columns(of: String(prompt.text[first..<prompt.cursor])) >= room, first < prompt.cursor { first += 1 }
        let beforeCursor = String(prompt.text[first..<prompt.cursor])
        var x = frame.draw(beforeCursor, x: start, y: rect.y, limit: rect.maxX)
        let atCursor = prompt.cursor < prompt.text.count ? String(prompt.text[prompt.cursor]) : " "
        x = frame.draw(atCursor, x: x, y: rect.y, limit: rect.maxX, style: .reverse)
        if prompt.cursor + 1 < prompt.text.count {
            frame.draw(String(prompt.text[(prompt.cursor + 1)...]), x: x, y: rect.y, limit: rect.maxX)
        }
    }

    static func percent(layout: ArticleLayout, state: ReaderState, rows: Int) -> Int {
        let top = layout.position(of: state.textAnchor)
        let bottom = layout.advance(top, by: rows - 1)
        let total = layout.article.plainTextLength
        guard total > 0, bottom < layout.lastRow else { return 100 }
        return min(99, layout.plainTextOffset(atEndOf: bottom) * 100 / total)
    }
}
