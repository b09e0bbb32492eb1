/// The article text: wrapped rows from the anchor down; title bold, byline and dateline dimmed.
enum TextView {
    static func draw(_ state: ReaderState, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        guard let layout = state.openLayout() else {
            let hint = state.articles.isEmpty ? "Nothing to read." : "Select an article and press Enter."
            frame.draw(hint, x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            return
        }
        let column = ScreenLayout.column(forPaneWidth: rect.width)
        let left = rect.x + column.x
        let limit = min(rect.maxX, left + column.width)
        var position = layout.position(of: state.textAnchor)
        for row in 0..<rect.height {
            let rows = layout.rows(ofBlock: position.block)
            if position.row < rows.count {
                let block = layout.article.blocks[position.block]
                let scalars = layout.scalars(ofBlock: position.block)
                let range = rows[position.row]
                drawRow(
                    scalars: scalars, range: range, blockStart: block.start, base: style(for: block.kind),
                    state: state, x: left, y: rect.y + row, limit: limit, frame: &frame)
            }
            let next = layout.advance(position, by: 1)
            if next == position { break }
            position = next
        }
    }

    /// Draws one wrapped row, entity mentions in their category's colour (marked ones reversed).
    static func drawRow(
        scalars: [Unicode.Scalar], range: Range<Int>, blockStart: Int, base: Style, state: ReaderState,
        x: Int, y: Int, limit: Int, frame: inout Frame
    ) {
        guard let entities = state.openEntities else {
            frame.draw(scalars: scalars[range], x: x, y: y, limit: limit, style: base)
            return
        }
        let rowStart = blockStart + range.lowerBound
        let rowEnd = blockStart + range.upperBound
        var column = x
        var cursor = range.lowerBound
        for span in entities.spans(overlapping: rowStart..<rowEnd) {
            let category = EntityCategory(label: span.label)
            let marked = state.markedEntity?.mentions.contains(span) == true
            guard marked || !state.hiddenCategories.contains(category) else { continue }
            let from = max(range.lowerBound, span.start - blockStart)
            let to = min(range.upperBound, span.end - blockStart)
            guard from < to, from >= cursor else { continue }
            column = frame.draw(scalars: scalars[cursor..<from], x: column, y: y, limit: limit, style: base)
            var style = base
            style.foreground = category.color
            style.underline = category.style.underline
            if marked { style.reverse = true }
            column = frame.draw(scalars: scalars[from..<to], x: column, y: y, limit: limit, style: style)
            cursor = to
        }
        frame.draw(scalars: scalars[cursor..<range.upperBound], x: column, y: y, limit: limit, style: base)
    }

    static func style(for kind: TextBlock.Kind) -> Style {
        switch kind {
        case .title: return .bold
        case .byline, .dateline: return .dim
        case .paragraph: return .plain
        }
    }
}

