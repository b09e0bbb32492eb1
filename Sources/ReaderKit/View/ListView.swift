import Foundation

/// The article list: a read marker, the title cut to fit, and the date.
enum ListView {
    static func draw(_ state: ReaderState, in rect: Rect, frame: inout Frame) {
        guard !rect.isEmpty else { return }
        if state.articles.isEmpty {
            frame.draw("No articles.", x: rect.x + 1, y: rect.y, limit: rect.maxX, style: .dim)
            return
        }
        let focused = state.focus == .list
        for row in 0..<rect.height {
            let index = state.listTop + row
            guard index < state.articles.count else { break }
            let article = state.articles[index]
            let y = rect.y + row
            let selected = index == state.selectedIndex
            let isRead = state.readArticles.contains(article.id)
            let isStarred = state.starredArticles.contains(article.id)
            var style = Style.plain
            if selected { style = focused ? Style(reverse: true) : Style(bold: true, underline: true) }
            if !isRead && !selected { style.bold = true }
            frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            frame.draw((isRead ? " " : "●") + (isStarred ? "★" : " "), x: rect.x, y: y, limit: rect.maxX, style: style)
            let date = article.dateline?.date.map(ListDate.format) ?? ""
            let dateWidth = date.isEmpty || rect.width < 30 ? 0 : date.count + 1
            // A feed item shows its feed's name before the date, where there is room.
            let source = article.sourceName.map { TextTruncation.truncate($0, toColumns: min(16, rect.width / 4)) } ?? ""
            let sourceWidth = source.isEmpty || rect.width < 40 ? 0 : DisplayWidth.columns(of: source) + 2
            let titleWidth = max(0, rect.width - 3 - dateWidth - sourceWidth)
            let title = TextTruncation.truncate(article.title.isEmpty ? "(untitled)" : article.title, toColumns: titleWidth)
            frame.draw(title, x: rect.x + 3, y: y, limit: rect.x + 3 + titleWidth, style: style)
            if sourceWidth > 0 {
                var sourceStyle = style
                sourceStyle.dim = !selected
                sourceStyle.bold = false
                frame.draw(source, x: rect.maxX - dateWidth - sourceWidth + 1, y: y, limit: rect.maxX - dateWidth, style: sourceStyle)
            }
            if dateWidth > 0 {
                var dateStyle = style
                dateStyle.dim = !selected
                frame.draw(date, x: rect.maxX - date.count, y: y, limit: rect.maxX, style: dateStyle)
            }
        }
    }
}

/// Dates in the list: ISO day, in UTC so the screen does not depend on the machine's zone.
enum ListDate {
    static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = civilDate(fromDaysSinceEpoch: days)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Howard Hinnant's days-to-civil algorithm.
    static func civilDate(fromDaysSinceEpoch days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
