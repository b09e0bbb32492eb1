import ReaderDocument

/// `]` and `[`: stepping through the open article's highlights.
///
/// Right after a jump the step is from the highlight just shown, so each press moves on by one even
/// where `show` cannot put the highlight at the reading line (several on one row, or near the end).
/// After the reader has scrolled, the step is from the reading line, a third of the way down.
enum HighlightNavigation {
    static func jump(_ state: ReaderState, forward: Bool) -> ReaderState {
        var state = state
        guard let layout = state.openLayout() else {
            state.statusMessage = "No article is open" + (state.settings.keymap.label(of: .openSelected, in: .list).map { ": \($0) opens the selected one" } ?? "")
            return state
        }
        let anchored = state.highlights.filter { !$0.isOrphaned }
        guard !anchored.isEmpty else {
            state.statusMessage = "No highlights in this article"
            return state
        }
        let found: Int?
        if let last = state.reading.lastHighlightJump, last.anchor == state.textAnchor,
           let current = anchored.firstIndex(where: { $0.id == last.id }) {
            let next = current + (forward ? 1 : -1)
            found = anchored.indices.contains(next) ? next : nil
        } else {
            found = fromReadingLine(anchored, layout: layout, state: state, forward: forward)
        }
        let index = found ?? (forward ? 0 : anchored.count - 1)
        let target = anchored[index]
        state = EntityNavigation.show(offset: target.start, in: state)
        state.reading.lastHighlightJump = HighlightJump(id: target.id, anchor: state.textAnchor)
        // In visual mode the caret goes along, so the highlight keys (note, colour) act on it.
        if state.reading.visual != nil { state.reading.visual = VisualSelection(caret: AnnotationActions.caret(on: target, in: state)) }
        let wrapped = found == nil && anchored.count > 1 ? (forward ? " (from the top)" : " (from the bottom)") : ""
        state.statusMessage = "Highlight \(index + 1) of \(anchored.count)\(wrapped)" + (target.hasNote ? ": \(target.note ?? "")" : "")
        return state
    }

    /// The first highlight below the reading line (forward) or the last above it; at the top of
    /// the article, forward starts from the very first.
    static func fromReadingLine(_ anchored: [Highlight], layout: ArticleLayout, state: ReaderState, forward: Bool) -> Int? {
        let top = layout.position(of: state.textAnchor)
        if top == layout.firstRow {
            return forward ? anchored.indices.first : nil
        }
        let readingLine = layout.advance(top, by: ScreenLayout(state: state).textRows / 3)
        if forward {
            let end = layout.plainTextOffset(atEndOf: readingLine)
            return anchored.firstIndex { $0.start >= end }
        }
        let start = layout.plainTextOffset(atStartOf: readingLine)
        return anchored.lastIndex { $0.start < start }
    }
}
