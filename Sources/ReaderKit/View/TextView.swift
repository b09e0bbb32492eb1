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
                frame.draw(
                    scalars: scalars[range], x: left, y: rect.y + row, limit: limit, style: style(for: block.kind))
            }
            let next = layout.advance(position, by: 1)
            if next == position { break }
            position = next
        }
    }

    static func style(for kind: TextBlock.Kind) -> Style {
        switch kind {
        case .title: return .bold
        case .byline, .dateline: return .dim
        case .paragraph: return .plain
        }
    }
}

/// The entity pane; entity recognition arrives with its own issue.
enum EntityView {
    static func draw(_ state: ReaderState, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let message = state.openArticle == nil ? "No article open." : "No entities yet: recognition is not built in this version."
        let lines = TextWrapper.wrap(Array(message.unicodeScalars), width: max(1, rect.width - 2))
        let scalars = Array(message.unicodeScalars)
        for (row, range) in lines.prefix(rect.height).enumerated() {
            frame.draw(scalars: scalars[range], x: rect.x + 1, y: rect.y + row, limit: rect.maxX, style: .dim)
        }
    }
}
