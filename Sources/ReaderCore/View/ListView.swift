import ReaderText

/// The article list: a read marker, the title cut to fit (the selected one whole, wrapped), the
/// feed's name and a compact date.
enum ListView {
    static func draw(_ state: ReaderState, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        if state.articles.isEmpty {
            frame.draw("No articles.", x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            return
        }
        let focused = state.focus == .list
        let layout = ListRows(state, width: rect.width, height: rect.height)
        for row in layout.rows {
            let article = state.articles[row.index]
            let y = rect.y + row.y
            let selected = row.index == state.selectedIndex
            let isRead = state.list.readArticles.contains(article.id)
            let isStarred = state.list.starredArticles.contains(article.id)
            var style = Style.plain
            if selected { style = focused ? Style(reverse: true) : Style(bold: true, underline: true) }
            if !isRead && !selected { style.bold = true }
            frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: row.titleLines.count), style: style)
            frame.draw((isRead ? " " : "●") + (isStarred ? "★" : " "), x: rect.x, y: y, limit: rect.maxX, style: style)
            let titleX = rect.x + ListRows.markColumns
            for (line, text) in row.titleLines.enumerated() {
                frame.draw(text, x: titleX, y: y + line, limit: rect.maxX, style: style)
            }
            var detailStyle = style
            detailStyle.dim = !selected
            var right = rect.maxX
            if layout.dateWidth > 0 {
                frame.draw(row.date, x: right - DisplayWidth.columns(of: row.date), y: y, limit: right, style: detailStyle)
                right -= layout.dateWidth + 1
            }
            if !row.source.isEmpty {
                var sourceStyle = detailStyle
                sourceStyle.bold = false
                frame.draw(row.source, x: right - DisplayWidth.columns(of: row.source), y: y, limit: right, style: sourceStyle)
            }
        }
    }

    /// The article drawn on a row of the list's content rectangle, if any (for the mouse).
    static func index(atRow y: Int, state: ReaderState, in rect: Rect) -> Int? {
        ListRows(state, width: rect.width, height: rect.height).index(atRow: y)
    }
}
