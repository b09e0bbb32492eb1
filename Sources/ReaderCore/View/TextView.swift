import ReaderText
import ReaderEntities
import ReaderDocument

/// The article text: wrapped rows from the anchor down; title bold, byline and dateline dimmed.
enum TextView {
    static func draw(_ state: ReaderState, screen: ScreenLayout, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        guard let layout = state.openLayout(in: screen) else {
            let open = state.settings.keymap.label(of: .openSelected, in: .list).map { " and press \($0)" } ?? ""
            let hint = state.articles.isEmpty ? "Nothing to read." : "Select an article\(open)."
            frame.draw(hint, x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            return
        }
        let geometry = TextPaneGeometry(content: rect, maxTextWidth: state.settings.paneWidths.maxTextWidth)
        let left = geometry.textLeft
        let limit = geometry.textLimit
        var position = layout.position(of: state.textAnchor)
        for row in 0..<rect.height {
            let rows = layout.rows(ofBlock: position.block)
            if position.row < rows.count, let table = layout.table(ofBlock: position.block) {
                if position.row < table.lines.count {
                    drawTableLine(
                        table.lines[position.row], block: position.block, layout: layout, state: state,
                        x: geometry.tableLeft(width: table.width), y: rect.y + row, limit: rect.maxX, frame: &frame)
                }
            } else if position.row < rows.count {
                let block = layout.article.blocks[position.block]
                let scalars = layout.scalars(ofBlock: position.block)
                let range = rows[position.row]
                for level in 0..<block.kind.quoteDepth {
                    frame.draw(layout.tableBorders.quoteBar, x: left + 2 * level, y: rect.y + row, limit: limit, style: .dim)
                }
                drawRow(
                    scalars: scalars, range: range, blockStart: block.start, base: style(for: block.kind),
                    state: state, x: geometry.rowLeft(of: position, in: layout), y: rect.y + row, limit: limit, frame: &frame)
            }
            let next = layout.advance(position, by: 1)
            if next == position {
                if !layout.article.hasBodyText {
                    if row + 2 < rect.height { frame.draw(noTextMessage, x: left, y: rect.y + row + 2, limit: limit, style: .dim) }
                } else if row + 1 < rect.height {
                    let marker = layout.article.isComplete ? endMarker : readingMarker
                    drawEndMarker(marker, x: left, y: rect.y + row + 1, width: limit - left, frame: &frame)
                }
                break
            }
            position = next
        }
    }

    /// One line of a table: borders dimmed, cell text drawn like any row of text.
    static func drawTableLine(
        _ line: TableDrawing.Line, block index: Int, layout: ArticleLayout, state: ReaderState,
        x: Int, y: Int, limit: Int, frame: inout Frame
    ) {
        let block = layout.article.blocks[index]
        for piece in line.pieces {
            switch piece.content {
            case .border(let text):
                frame.draw(text, x: x + piece.column, y: y, limit: limit, style: .dim)
            case .text(let range, let isHeader):
                drawRow(
                    scalars: layout.scalars(ofBlock: index), range: range, blockStart: block.start,
                    base: isHeader ? .bold : .plain, state: state, x: x + piece.column, y: y, limit: limit, frame: &frame)
            }
        }
    }

    static let endMarker = "— end —"
    /// Under the last row read so far of an article whose rest is being read.
    static let readingMarker = "— reading the rest… —"

    /// The line under the article's last row, so the end is seen as the end (as less shows "(END)").
    static func drawEndMarker(_ marker: String = endMarker, x: Int, y: Int, width: Int, frame: inout Frame) {
        let columns = DisplayWidth.columns(of: marker)
        frame.draw(marker, x: x + max(0, (width - columns) / 2), y: y, limit: x + width, style: .dim)
    }

    /// Shown under the title of an article that has no text, instead of nothing.
    static let noTextMessage = Article.noTextMessage

    /// Draws one wrapped row, entity mentions in their category's colour (marked ones reversed).
    static func drawRow(
        scalars: [Unicode.Scalar], range: Range<Int>, blockStart: Int, base: Style, state: ReaderState,
        x: Int, y: Int, limit: Int, frame: inout Frame
    ) {
        let rowStart = blockStart + range.lowerBound
        let rowEnd = blockStart + range.upperBound
        // Each scalar's style: the block's, coloured by entity category, reversed for a marked
        // mention, on yellow for a search match. Runs of one style are drawn together.
        var styles = [Style](repeating: base, count: range.count)
        for inline in inlineStyles(state.openArticle?.styles ?? [], blockStart: blockStart, overlapping: rowStart..<rowEnd) {
            for offset in max(rowStart, inline.start)..<min(rowEnd, inline.end) {
                apply(inline.kind, to: &styles[offset - rowStart])
            }
        }
        if let entities = state.openEntities {
            for span in entities.spans(overlapping: rowStart..<rowEnd) {
                let category = EntityCategory(label: span.label)
                let marked = state.reading.markedEntity?.mentions.contains(span) == true
                guard marked || !state.side.hiddenCategories.contains(category) else { continue }
                let categoryStyle = state.settings.theme.style(of: category)
                for offset in max(rowStart, span.start)..<min(rowEnd, span.end) {
                    styles[offset - rowStart].foreground = categoryStyle.foreground
                    styles[offset - rowStart].underline = categoryStyle.underline
                    if marked { styles[offset - rowStart].reverse = true }
                }
            }
        }
        for highlight in state.highlights where !highlight.isOrphaned && highlight.start < rowEnd && highlight.end > rowStart {
            for offset in max(rowStart, highlight.start)..<min(rowEnd, highlight.end) {
                styles[offset - rowStart].background = state.settings.theme.background(of: highlight.color)
                styles[offset - rowStart].foreground = state.settings.theme.markedText
            }
        }
        if let visual = state.reading.visual {
            if let selection = visual.range, selection.lowerBound < rowEnd, selection.upperBound > rowStart {
                for offset in max(rowStart, selection.lowerBound)..<min(rowEnd, selection.upperBound) {
                    styles[offset - rowStart].reverse = true
                }
            }
            if (rowStart..<rowEnd).contains(visual.caret) {
                styles[visual.caret - rowStart].reverse.toggle()
                styles[visual.caret - rowStart].underline = true
                styles[visual.caret - rowStart].bold = true
            }
        }
        if state.reading.findQuery != nil {
            let matches = findMatches(state.reading.findMatches, overlapping: rowStart..<rowEnd)
            for index in matches.indices {
                let match = matches[index]
                let current = index == state.reading.findIndex
                let background = current ? state.settings.theme.currentMatch : state.settings.theme.searchMatch
                for offset in max(rowStart, match.lowerBound)..<min(rowEnd, match.upperBound) {
                    let onHighlight = styles[offset - rowStart].background != nil
                    styles[offset - rowStart].background = background
                    styles[offset - rowStart].foreground = state.settings.theme.markedText
                    // With no colour for matches, reverse video still shows them.
                    if background == nil { styles[offset - rowStart].reverse = true }
                    // On a highlight, underlined too: without colour both are reverse video, and
                    // the match would not show.
                    if onHighlight { styles[offset - rowStart].underline = true }
                    if current {
                        styles[offset - rowStart].bold = true
                        styles[offset - rowStart].underline = true
                    }
                }
            }
        }
        guard !styles.isEmpty else { return }
        var column = x
        var runStart = 0
        // The whole row at once: a task item's bullet and box are drawn together.
        let asciiRow = state.settings.tableBorders == .ascii ? state.settings.tableBorders.drawn(row: scalars[range]) : nil
        for index in 1...styles.count where index == styles.count || styles[index] != styles[runStart] {
            let from = range.lowerBound + runStart
            let to = range.lowerBound + index
            let shown = asciiRow.map { $0[runStart..<index] } ?? scalars[from..<to]
            column = frame.draw(scalars: shown, x: column, y: y, limit: limit, style: styles[runStart])
            runStart = index
        }
    }

    /// Matches (sorted, not overlapping) that touch a range of the plain text.
    static func findMatches(_ matches: [Range<Int>], overlapping range: Range<Int>) -> ArraySlice<Range<Int>> {
        matches[SortedSpans.overlapping(matches, range) { $0 }]
    }


    /// Inline styles (sorted by start, never crossing a block) that touch a row of a block.
    static func inlineStyles(_ styles: [InlineStyle], blockStart: Int, overlapping row: Range<Int>) -> ArraySlice<InlineStyle> {
        guard !styles.isEmpty else { return [] }
        var low = 0, high = styles.count
        while low < high {
            let mid = (low + high) / 2
            if styles[mid].start < blockStart { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < styles.count, styles[end].start < row.upperBound { end += 1 }
        return styles[low..<end].filter { $0.end > row.lowerBound }[...]
    }

    static func apply(_ kind: InlineStyle.Kind, to style: inout Style) {
        switch kind {
        case .emphasis: style.italic = true
        case .strong: style.bold = true
        case .code: style.foreground = .cyan
        case .strikethrough: style.strikethrough = true
        case .link: style.underline = true
        case .reference: style.dim = true
        }
    }

    static func style(for kind: TextBlock.Kind) -> Style {
        switch kind {
        case .title: return .bold
        case .byline, .dateline: return .dim
        case .paragraph, .listItem: return .plain
        case .heading(let level): return Style(bold: true, underline: level <= 2)
        case .quote, .nestedQuote: return Style(italic: true)
        case .code: return Style(foreground: .green)
        case .table: return .plain
        }
    }
}

