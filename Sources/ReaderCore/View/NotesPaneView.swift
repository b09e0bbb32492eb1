import ReaderText
import ReaderDocument

/// The notes tab of the side pane: the article's own note and tags first, when it has them; then
/// its highlights in text order, two rows each: a colour mark and the quote, then the note (dim
/// when there is none) and the tags.
enum NotesPaneView {
    /// Rows the article's own note and tags take at the top.
    static func headerRows(_ state: ReaderState) -> Int {
        state.reading.articleAnnotation == nil || state.openArticle == nil ? 0 : 2
    }

    static func draw(_ state: ReaderState, in whole: Rect, frame: inout Frame) {
        guard !whole.isEmpty else { return }
        guard state.openArticle != nil else {
            frame.draw("No article open.", x: whole.x + 1, y: whole.y, limit: whole.maxX, style: .dim)
            return
        }
        var rect = whole
        if let annotation = state.reading.articleAnnotation {
            drawHeader(annotation, in: whole, frame: &frame)
            rect = Rect(x: whole.x, y: whole.y + 2, width: whole.width, height: max(0, whole.height - 2))
            guard !rect.isEmpty else { return }
        }
        guard !state.highlights.isEmpty else {
            frame.draw("No highlights.", x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            // The keys of the table in effect: visual mode in the text, then the sentence key in it.
            if let visual = state.settings.keymap.label(of: .enterVisual, in: .text),
               let sentence = state.settings.keymap.label(of: .highlightSentence, in: .visual) {
                frame.draw("\(visual) then \(sentence) highlights", x: rect.x + 1, y: rect.y + 1, limit: rect.maxX, style: .dim)
                frame.draw("a sentence.", x: rect.x + 1, y: rect.y + 2, limit: rect.maxX, style: .dim)
            }
            return
        }
        let focused = state.focus == .entities
        let perScreen = max(1, rect.height / 2)
        for slot in 0..<perScreen {
            let index = state.side.noteListTop + slot
            guard index < state.highlights.count else { break }
            let highlight = state.highlights[index]
            let y = rect.y + slot * 2
            let selected = index == state.side.noteSelection && focused
            var style = selected ? Style(reverse: true) : .plain
            frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 2), style: style)
            frame.draw(" ", x: rect.x, y: y, limit: rect.maxX, style: Style(background: state.settings.theme.background(of: highlight.color)))
            let quote = singleLine(highlight.quote.exact)
            frame.draw(TextTruncation.truncate(highlight.isOrphaned ? "? " + quote : quote, toColumns: max(0, rect.width - 2)),
                       x: rect.x + 2, y: y, limit: rect.maxX, style: style)
            style.dim = !highlight.hasNote && highlight.tags.isEmpty
            frame.draw(TextTruncation.truncate(noteLine(highlight), toColumns: max(0, rect.width - 2)),
                       x: rect.x + 2, y: y + 1, limit: rect.maxX, style: style)
        }
    }

    /// "✎ the note · #a #b"; without a note, the tags alone.
    static func noteLine(_ highlight: Highlight) -> String {
        let tags = Tags.display(highlight.tags)
        if let note = highlight.note.map(singleLine) { return "✎ " + note + (tags.isEmpty ? "" : " · " + tags) }
        if !tags.isEmpty { return tags }
        return "✎ " + (highlight.isOrphaned ? "not found in the text" : "no note")
    }

    /// The article's own note and tags: "Article #a #b", then the note.
    static func drawHeader(_ annotation: ArticleAnnotation, in rect: Rect, frame: inout Frame) {
        let columns = max(0, rect.width - 1)
        let tags = Tags.display(annotation.tags)
        frame.draw(TextTruncation.truncate("Article" + (tags.isEmpty ? "" : " " + tags), toColumns: columns),
                   x: rect.x + 1, y: rect.y, limit: rect.maxX, style: Style(bold: true))
        guard rect.height > 1 else { return }
        let note = annotation.note.map(singleLine).map { "✎ " + $0 } ?? "✎ no article note"
        frame.draw(TextTruncation.truncate(note, toColumns: columns), x: rect.x + 1, y: rect.y + 1, limit: rect.maxX,
                   style: Style(dim: !annotation.hasNote))
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// Every note in the library over the panes: newest first, with article title, quote and note.
enum NotesBrowserView {
    /// Three rows per note inside a box with a title row and a hint row.
    static func itemsPerScreen(size: Size) -> Int {
        max(1, (size.height - 4) / 3)
    }

    /// " In an article: v, then s.": how a first highlight is made, with the keys in effect.
    static func firstHighlightHint(_ keymap: Keymap) -> String {
        guard let visual = keymap.label(of: .enterVisual, in: .text),
              let sentence = keymap.label(of: .highlightSentence, in: .visual) else { return "" }
        return " In an article: \(visual), then \(sentence)."
    }

    static func draw(_ browser: NotesBrowser, theme: Theme, keymap: Keymap, size: Size, frame: inout Frame) {
        guard size.width >= 4, size.height >= 4 else { return }
        let box = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        frame.fill(box, style: .plain)
        // Its keys are in the status line below.
        PaneTitle.draw(title: title(of: browser), focused: true, in: box.top(1), frame: &frame)
        guard !browser.items.isEmpty else {
            frame.draw(browser.query == nil ? "No highlights yet." + firstHighlightHint(keymap) : "No notes match.",
                       x: box.x + 1, y: box.y + 2, limit: box.maxX, style: .dim)
            return
        }
        let perScreen = itemsPerScreen(size: size)
        for slot in 0..<perScreen {
            let index = browser.top + slot
            guard index < browser.items.count else { break }
            let item = browser.items[index]
            let y = box.y + 1 + slot * 3
            let selected = index == browser.selection
            let style = selected ? Style(reverse: true) : .plain
            frame.fill(Rect(x: box.x, y: y, width: box.width, height: 2), style: style)
            frame.draw(" ", x: box.x, y: y, limit: box.maxX, style: Style(background: theme.background(of: item.highlight.color)))
            let date = ListDate.format(item.highlight.modified)
            let heading = TextTruncation.truncate(item.articleTitle, toColumns: max(0, box.width - date.count - 4))
            frame.draw(heading, x: box.x + 2, y: y, limit: box.maxX, style: Style(bold: true, reverse: selected))
            frame.draw(date, x: box.maxX - date.count - 1, y: y, limit: box.maxX, style: Style(dim: !selected, reverse: selected))
            let columns = max(0, box.width - 3)
            let line = quoteAndNote(item.highlight, columns: columns)
            frame.draw(TextTruncation.truncate(line, toColumns: columns), x: box.x + 2, y: y + 1, limit: box.maxX, style: style)
        }
    }

    /// "All notes (12 highlights, 5 with notes)", and the words searched for.
    static func title(of browser: NotesBrowser) -> String {
        let count = browser.items.count
        let noted = browser.items.filter { $0.highlight.hasNote }.count
        let counts = count == 0 ? "" : " (\(count) highlight\(count == 1 ? "" : "s"), \(noted) with notes)"
        return "All notes" + counts + (browser.query.map { " matching \"\($0)\"" } ?? "")
    }

    /// The quote in quotation marks, then the note. A long quote is cut short (to a third of the
    /// row at least) so that it never hides the note written about it.
    static func quoteAndNote(_ highlight: Highlight, columns: Int) -> String {
        let quote = NotesPaneView.singleLine(highlight.quote.exact)
        let tags = highlight.tags.isEmpty ? "" : "  " + Tags.display(highlight.tags)
        guard let note = highlight.note.map(NotesPaneView.singleLine) else { return "“" + quote + "”" + tags }
        let noteText = "  ✎ " + note + (tags.isEmpty ? "" : " ·" + tags)
        let noteColumns = TextWrapper.columns(of: noteText.unicodeScalars)
        let quoteColumns = max(columns / 3, columns - 2 - noteColumns)
        return "“" + TextTruncation.truncate(quote, toColumns: quoteColumns) + "”" + noteText
    }
}
