import ReaderText
import ReaderEntities

/// The entity pane: alias groups by category under coloured headings (the legend), most mentioned
/// first, with mention counts; the selected group is reversed when the pane has focus.
enum EntityView {
    enum Row {
        case heading(EntityCategory, hidden: Bool)
        case group(EntityGroup, index: Int)
    }

    static func rows(_ state: ReaderState) -> [Row] {
        guard let entities = state.openEntities else { return [] }
        var rows: [Row] = []
        var index = 0
        for category in EntityCategory.allCases {
            let groups = entities.groups(in: category)
            guard !groups.isEmpty else { continue }
            rows.append(.heading(category, hidden: state.side.hiddenCategories.contains(category)))
            for group in groups {
                rows.append(.group(group, index: index))
                index += 1
            }
        }
        return rows
    }

    /// The first row shown: the selection stays in view, with its heading when there is room.
    static func top(_ rows: [Row], state: ReaderState, height: Int) -> Int {
        let selectedRow = rows.firstIndex { if case .group(_, let index) = $0 { return index == state.side.entitySelection }; return false } ?? 0
        var top = min(max(0, selectedRow - height + 2), max(0, rows.count - height))
        if selectedRow < top + 1 { top = max(0, selectedRow - 1) }
        return top
    }

    static func draw(_ state: ReaderState, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let message: String?
        if state.openArticle == nil {
            message = "No article open."
        } else if let problem = state.entityProblem {
            message = "Entities unavailable: \(problem)"
        } else if state.openEntities == nil {
            message = "Finding entities…"
        } else if state.openEntities?.spans.isEmpty == true {
            message = "No entities found."
        } else {
            message = nil
        }
        if let message {
            let scalars = Array(message.unicodeScalars)
            let lines = TextWrapper.wrap(scalars, width: max(1, rect.width - 2))
            for (row, range) in lines.prefix(rect.height).enumerated() {
                frame.draw(scalars: scalars[range], x: rect.x + 1, y: rect.y + row, limit: rect.maxX, style: .dim)
            }
            return
        }
        var height = rect.height
        if let note = state.openArticle?.recognitionNote, height > 1 {
            height -= 1
            frame.draw(note, x: rect.x + 1, y: rect.y + height, limit: rect.maxX, style: .dim)
        }
        let rows = rows(state)
        let top = top(rows, state: state, height: height)
        for (offset, row) in rows[top...].prefix(height).enumerated() {
            let y = rect.y + offset
            switch row {
            case .heading(let category, let hidden):
                var style = hidden ? Style(dim: true) : state.settings.theme.style(of: category)
                style.bold = !hidden
                let key = state.settings.keymap.label(of: .toggleCategory(category), in: .entities).map { "\($0) " } ?? ""
                let label = key + category.title + (hidden ? " (hidden)" : "")
                frame.draw(label, x: rect.x + 1, y: y, limit: rect.maxX, style: style)
            case .group(let group, let index):
                let selected = index == state.side.entitySelection && state.focus == .entities
                let marked = state.reading.markedEntity == group
                var style = Style.plain
                if selected { style.reverse = true }
                if marked { style.bold = true }
                frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
                let count = "\(group.mentions.count)"
                let nameWidth = max(0, rect.width - 5 - count.count)
                let name = TextTruncation.truncate(group.name, toColumns: nameWidth)
                frame.draw((marked ? "▸ " : "  ") + name, x: rect.x + 1, y: y, limit: rect.maxX - count.count - 1, style: style)
                frame.draw(count, x: rect.maxX - count.count - 1, y: y, limit: rect.maxX, style: style)
            }
        }
    }
}
