import ReaderText
import ReaderDocument

/// Visual mode: a caret that moves by character, word, sentence, paragraph or line, a selection
/// that grows from where it was started, and the keys that turn either into a highlight.
enum VisualActions {
    static func reduce(_ state: ReaderState, action: Action) -> ReaderState {
        var state = state
        guard let article = state.openArticle, let layout = state.openLayout() else { return state }
        let units = state.layouts.units(for: article)
        switch action {
        case .enterVisual:
            let top = layout.plainTextOffset(atStartOf: layout.position(of: state.textAnchor))
            state.reading.visual = VisualSelection(caret: units.wordStart(atOrAfter: top))
            state.statusMessage = hint(state.settings.keymap)
        case .exitVisual:
            if state.reading.visual?.anchor != nil {
                state.reading.visual?.anchor = nil
            } else {
                state.reading.visual = nil
            }
        case .toggleSelection:
            guard var visual = state.reading.visual else { return state }
            visual.anchor = visual.anchor == nil ? visual.caret : nil
            state.reading.visual = visual
        case .visualMove(let motion):
            guard var visual = state.reading.visual else { return state }
            visual.caret = move(visual.caret, motion, units: units, layout: layout)
            state.reading.visual = visual
            state = keepCaretVisible(state, layout: layout)
        case .highlightSentence, .highlightParagraph, .highlightSelection, .highlightWithNote:
            guard let visual = state.reading.visual else { return state }
            let range: Range<Int>
            switch action {
            case .highlightParagraph: range = units.block(at: visual.caret)
            case .highlightSentence: range = units.sentence(at: visual.caret)
            default: range = visual.range ?? units.sentence(at: visual.caret)
            }
            return AnnotationActions.add(state, range: range, askNote: action == .highlightWithNote)
        default:
            break
        }
        return state
    }

    /// "VISUAL · move h/l w/b ( ) { } j/k · v select · …", from the keys in effect.
    static func hint(_ keymap: Keymap) -> String {
        func keys(_ first: VisualMotion, _ second: VisualMotion, _ separator: String) -> String? {
            keymap.hint(.visualMove(first), .visualMove(second), in: .visual, separator: separator)
        }
        let moves = [
            keys(.characterBackward, .characterForward, "/"), keys(.wordForward, .wordBackward, "/"),
            keys(.sentenceBackward, .sentenceForward, " "), keys(.paragraphBackward, .paragraphForward, " "),
            keys(.rowDown, .rowUp, "/"),
        ].compactMap { $0 }
        return StatusText.joined(
            "VISUAL", moves.isEmpty ? nil : "move " + moves.joined(separator: " "),
            keymap.hint(.toggleSelection, in: .visual, "select"), keymap.hint(.highlightSentence, in: .visual, "sentence"),
            keymap.hint(.highlightParagraph, in: .visual, "paragraph"), keymap.hint(.highlightSelection, in: .visual, "highlight"),
            keymap.hint(.highlightWithNote, in: .visual, "+note"), keymap.highlightColourHint, keymap.hint(.exitVisual, in: .visual))
    }

    static func move(_ caret: Int, _ motion: VisualMotion, units: TextUnits, layout: ArticleLayout) -> Int {
        let last = max(0, units.scalars.count - 1)
        switch motion {
        case .characterForward: return min(last, caret + 1)
        case .characterBackward: return max(0, caret - 1)
        case .wordForward: return units.nextWord(after: caret)
        case .wordBackward: return units.previousWord(before: caret)
        case .sentenceForward: return units.nextSentence(after: caret)
        case .sentenceBackward: return units.previousSentence(before: caret)
        case .paragraphForward: return units.nextParagraph(after: caret)
        case .paragraphBackward: return units.previousParagraph(before: caret)
        case .rowDown, .rowUp:
            if let inTable = tableLineMove(caret, down: motion == .rowDown, layout: layout) { return inTable }
            let position = layout.position(ofPlainTextOffset: caret)
            let column = caret - layout.plainTextOffset(atStartOf: position)
            // Rows without text (the blank line between paragraphs) have no place for the caret:
            // it goes on to the next row that has some.
            var target = position
            repeat {
                let next = layout.advance(target, by: motion == .rowDown ? 1 : -1)
                guard next != target else { return caret }
                target = next
            } while layout.plainTextOffset(atStartOf: target) >= layout.plainTextOffset(atEndOf: target)
            let start = layout.plainTextOffset(atStartOf: target)
            let end = layout.plainTextOffset(atEndOf: target)
            return min(start + column, max(start, end - 1))
        }
    }

    /// `j`/`k` inside a drawn table: the same screen column on the next or previous line with cell
    /// text, or past its first or last line the row next to it. nil outside tables.
    static func tableLineMove(_ caret: Int, down: Bool, layout: ArticleLayout) -> Int? {
        guard layout.blockCount > 0 else { return nil }
        let blockIndex = layout.position(ofPlainTextOffset: caret).block
        guard let table = layout.table(ofBlock: blockIndex) else { return nil }
        let block = layout.article.blocks[blockIndex]
        let scalars = layout.scalars(ofBlock: blockIndex)
        let offset = caret - block.start
        func texts(_ line: TableDrawing.Line) -> [(column: Int, range: Range<Int>)] {
            line.pieces.compactMap { piece in
                if case .text(let range, _) = piece.content, !range.isEmpty { return (piece.column, range) }
                return nil
            }
        }
        func width(_ range: Range<Int>) -> Int { TextWrapper.columns(of: scalars[range]) }
        var found: (line: Int, column: Int)?
        for (index, line) in table.lines.enumerated() where found == nil {
            for piece in texts(line) where piece.range.contains(offset) {
                found = (index, piece.column + width(piece.range.lowerBound..<offset))
            }
        }
        guard let (lineIndex, column) = found else { return nil }
        let step = down ? 1 : -1
        var target = lineIndex + step
        while table.lines.indices.contains(target), texts(table.lines[target]).isEmpty { target += step }
        guard table.lines.indices.contains(target) else {
            // Out of the table: the first row of the block below, or the last of the block above.
            let next = blockIndex + step
            guard next >= 0, next < layout.blockCount else { return caret }
            let row = down ? 0 : layout.rows(ofBlock: next).count - 1
            return layout.plainTextOffset(atStartOf: RowPosition(block: next, row: row))
        }
        let pieces = texts(table.lines[target])
        let piece = pieces.min { a, b in
            func distance(_ p: (column: Int, range: Range<Int>)) -> Int {
                column < p.column ? p.column - column : max(0, column - (p.column + width(p.range) - 1))
            }
            return distance(a) < distance(b)
        }!
        var index = piece.range.lowerBound
        var at = piece.column
        while index < piece.range.upperBound - 1, at + TextWrapper.columns(scalars[index]) <= column {
            at += TextWrapper.columns(scalars[index])
            index += 1
        }
        return block.start + index
    }

    /// After the text scrolled in visual mode the caret is on screen again, so what is highlighted
    /// is in view: as in vim, `G` puts it on the last line and `g g` on the first; paging moves it
    /// to the nearest row on screen.
    static func caretFollowsScroll(_ state: ReaderState, action: Action) -> ReaderState {
        guard var visual = state.reading.visual, let article = state.openArticle, let layout = state.openLayout() else { return state }
        let units = state.layouts.units(for: article)
        let last = max(0, units.scalars.count - 1)
        let rows = ScreenLayout(state: state).textRows
        let top = layout.position(of: state.textAnchor)
        let bottom = min(layout.advance(top, by: max(0, rows - 1)), layout.lastRow)
        let caretRow = layout.position(ofPlainTextOffset: visual.caret)
        let row: RowPosition
        switch action {
        case .bottom: row = layout.lastRow
        case .top: row = layout.firstRow
        default:
            if caretRow < top {
                row = top
            } else if caretRow > bottom {
                row = bottom
            } else {
                return state
            }
        }
        let start = layout.plainTextOffset(atStartOf: row)
        let end = max(start, layout.plainTextOffset(atEndOf: row) - 1)
        visual.caret = min(last, min(end, units.wordStart(atOrAfter: start)))
        var state = state
        state.reading.visual = visual
        return state
    }

    /// Scrolls the text so the caret's row is on screen.
    static func keepCaretVisible(_ state: ReaderState, layout: ArticleLayout) -> ReaderState {
        guard let caret = state.reading.visual?.caret else { return state }
        var state = state
        let rows = ScreenLayout(state: state).textRows
        let top = layout.position(of: state.textAnchor)
        let caretRow = layout.position(ofPlainTextOffset: caret)
        if caretRow < top {
            state.textAnchor = layout.anchor(of: caretRow)
        } else if layout.advance(top, by: rows - 1) < caretRow {
            state.textAnchor = layout.anchor(of: layout.advance(caretRow, by: -(rows - 1)))
        }
        return state
    }
}
