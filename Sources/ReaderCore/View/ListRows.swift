import ReaderText
import ReaderDocument

/// Where each article of the list goes in the list pane: one row each, except the selected article,
/// whose whole title wraps onto as many rows as it needs (up to `maximumSelectedLines`), and the
/// columns of a row: read and star marks, title, feed name (or the article's tags), date. The list view draws it; a click
/// finds the article under it through it too.
struct ListRows {
    struct Row {
        var index: Int
        /// Rows below the top of the pane.
        var y: Int
        /// The title as shown: one line, or the selected article's wrapped lines.
        var titleLines: [String]
        var source: String
        var date: String
    }

    var rows: [Row] = []
    /// Columns of the date column: the widest date shown.
    var dateWidth = 0

    static let markColumns = 3
    static let shortestTitleBesideSource = 30

    init(_ state: ReaderState, width: Int, height: Int) {
        guard width > 0, height > 0, !state.articles.isEmpty else { return }
        let candidates = state.list.top..<min(state.articles.count, state.list.top + height)
        let showsDate = width >= 30
        var dates: [Int: String] = [:]
        for index in candidates {
            dates[index] = showsDate ? state.articles[index].dateline?.date.map { ListDate.compact($0, clock: state.clock) } : nil
        }
        let dateColumn = dates.values.map { DisplayWidth.columns(of: $0) }.max() ?? 0
        dateWidth = dateColumn
        // The feed's name only where titles keep room enough to read beside it.
        let sourceLimit = min(16, width / 4)
        let showsSource = width - Self.markColumns - (dateColumn > 0 ? dateColumn + 1 : 0) - (sourceLimit + 2) >= Self.shortestTitleBesideSource
        func columns(of index: Int) -> (title: String, firstWidth: Int, source: String, date: String) {
            let article = state.articles[index]
            // An article's tags take the feed's place; where no column fits, a "#" says it has some.
            let tags = Tags.display(article.annotation?.tags ?? [])
            let source: String
            if showsSource {
                source = (tags.isEmpty ? article.sourceName : tags).map { TextTruncation.truncate($0, toColumns: sourceLimit) } ?? ""
            } else {
                source = tags.isEmpty || width < Self.markColumns + 8 ? "" : "#"
            }
            let date = dates[index] ?? (showsDate ? article.dateline?.date.map { ListDate.compact($0, clock: state.clock) } ?? "" : "")
            let sourceColumns = source.isEmpty ? 0 : DisplayWidth.columns(of: source) + 2
            // A row without a date gives its title the date column.
            let dateColumns = date.isEmpty || dateColumn == 0 ? 0 : dateColumn + 1
            let firstWidth = max(0, width - Self.markColumns - dateColumns - sourceColumns)
            return (article.title.isEmpty ? "(untitled)" : article.title, firstWidth, source, date)
        }
        let selected = state.selectedIndex
        var selectedLines: [String] = []
        if candidates.contains(selected) {
            let shown = columns(of: selected)
            selectedLines = TitleLines.wrap(
                shown.title, firstWidth: shown.firstWidth, otherWidth: max(1, width - Self.markColumns - 1),
                maximumLines: min(height, Self.maximumSelectedLines(height: height)))
        }
        // The selected article's rows end on screen: the rows above it give way.
        var index = max(state.list.top, min(selected, selected + selectedLines.count - height))
        var row = 0
        while row < height, index < state.articles.count {
            let shown = columns(of: index)
            let lines = index == selected && !selectedLines.isEmpty
                ? selectedLines : [TextTruncation.truncate(shown.title, toColumns: shown.firstWidth)]
            rows.append(Row(index: index, y: row, titleLines: Array(lines.prefix(height - row)), source: shown.source, date: shown.date))
            row += lines.count
            index += 1
        }
    }

    /// The most rows the selected title takes: enough for a long headline, never most of the pane.
    static func maximumSelectedLines(height: Int) -> Int {
        max(1, min(6, height * 2 / 5))
    }

    /// The article shown on a row of the pane, if any.
    func index(atRow y: Int) -> Int? {
        rows.first { y >= $0.y && y < $0.y + $0.titleLines.count }?.index
    }
}

/// A title wrapped at word boundaries: a first line beside the date, then wider lines below it;
/// the last line allowed ends in "…" when the title does not fit.
enum TitleLines {
    static func wrap(_ title: String, firstWidth: Int, otherWidth: Int, maximumLines: Int) -> [String] {
        let scalars = Array(title.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
        guard firstWidth > 0, maximumLines > 1 else { return [TextTruncation.truncate(title, toColumns: firstWidth)] }
        var lines: [String] = []
        var start = 0
        while start < scalars.count, lines.count < maximumLines {
            let width = lines.isEmpty ? firstWidth : otherWidth
            let rest = Array(scalars[start...])
            let restText = String(String.UnicodeScalarView(rest))
            if lines.count == maximumLines - 1 || rest.reduce(0, { $0 + TextWrapper.columns($1) }) <= width {
                lines.append(TextTruncation.truncate(restText, toColumns: width))
                break
            }
            guard let first = TextWrapper.wrap(rest, width: width).first, !first.isEmpty else {
                lines.append(TextTruncation.truncate(restText, toColumns: width))
                break
            }
            lines.append(String(String.UnicodeScalarView(rest[first])))
            start += first.upperBound
            while start < scalars.count, scalars[start] == " " { start += 1 }
        }
        return lines.isEmpty ? [""] : lines
    }
}
