import Foundation
import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

/// The article list: widths by screen, compact dates, the selected title wrapped whole.
@Suite struct ListViewTests {
    /// 2025-03-12 15:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_741_791_600)
    static let clock = WallClock(now: now)

    static func day(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// A library of files and feed items: long and short titles, dates today, recent, old and none.
    static func library(size: Size, selecting title: String = "Parliament") -> ReaderState {
        let items: [(String, Date?, String?)] = [
            ("Parliament votes to extend the emergency powers act by six months after a late-night sitting", day(2025, 3, 12, 14, 5), "BBC News"),
            ("Storm warning", day(2025, 3, 12, 9, 30), "Met Office"),
            ("Why the humble sourdough starter became the pandemic's most surprising export industry", day(2025, 3, 11, 22, 40), "The Long Read"),
            ("Council approves harbour repair plan", day(2025, 3, 2), nil),
            ("A field guide to the small birds of the city park, with notes on when to see them", day(2025, 1, 20), nil),
            ("Ferry timetable", day(2024, 11, 3, 8, 0), "Harbour Board"),
            ("From Lyon to Reykjavík, the neighbourhood cafés that keep the old ways alive", day(2024, 8, 14), nil),
            ("Notes from a night at the observatory", day(2023, 12, 1), nil),
            ("Untimed letter from the archive", nil, nil),
        ]
        let summaries = items.enumerated().map { index, item in
            var summary = ArticleSummary(
                id: ArticleID("/library/\(index).txt"), sourcePath: "/library/\(index).txt", title: item.0,
                dateline: item.1.map { Dateline(text: "", date: $0) })
            summary.sourceName = item.2
            return summary
        }
        var state = ReaderState(summaries: summaries, size: size)
        state.clock = clock
        state = Reducer.reduce(state, event: .resize(size))
        state.selectedIndex = state.articles.firstIndex { $0.title.hasPrefix(title) } ?? 0
        state.list.setMarks(read: [state.articles.ids[3]], starred: state.list.starredArticles)
        return state
    }

    @Test func aNarrowListTitleKeepsTheFilterBeforeTheSort() {
        var state = Self.library(size: Size(width: 120, height: 30))
        state = Reducer.reduce(state, action: .cycleFilter)
        let n = state.articles.count
        #expect(n > 0 && n < Self.library(size: Size(width: 120, height: 30)).articles.count, "some are read")
        #expect(ScreenRenderer.title(of: .list, state: state) == "Articles (\(n), unread) · by date")
        #expect(ScreenRenderer.title(of: .list, state: state, columns: 22) == "Articles (\(n), unread)")
        #expect(ScreenRenderer.title(of: .list, state: state, columns: 14) == "Unread (\(n))")
        #expect(ScreenRenderer.title(of: .list, state: state, columns: 9) == "List (\(n))")
    }

    @Test(arguments: [(160, 45), (100, 30), (80, 24), (40, 12)])
    func listSnapshot(width: Int, height: Int) {
        let state = Self.library(size: Size(width: width, height: height), selecting: "Why the humble")
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "list-\(width)x\(height)")
    }

    @Test func theSelectedTitleIsShownWhole() {
        for (width, height) in [(160, 45), (100, 30), (80, 24), (40, 12)] {
            let state = Self.library(size: Size(width: width, height: height))
            let rect = ScreenLayout(state: state).panes.first { $0.pane == .list }!.rect.droppingTop(1)
            let rows = ListRows(state, width: rect.width, height: rect.height)
            let selected = rows.rows.first { $0.index == state.selectedIndex }!
            // Lines break after spaces (dropped) and after hyphens (kept).
            let shown = selected.titleLines.dropFirst().reduce(selected.titleLines[0]) { $0.hasSuffix("-") ? $0 + $1 : $0 + " " + $1 }
            #expect(shown == state.articles[state.selectedIndex].title, "\(width)x\(height): \(selected.titleLines)")
            for row in rows.rows where row.index != state.selectedIndex { #expect(row.titleLines.count == 1) }
        }
    }

    @Test func aSelectionAtTheBottomKeepsItsWrappedLinesOnScreen() {
        var state = Self.library(size: Size(width: 40, height: 8))
        state.focus = .list
        // Down to "A field guide to the small birds…", a title that wraps at this width.
        for _ in 0..<4 { state = Reducer.reduce(state, action: .moveDown) }
        let rows = ListRows(state, width: 40, height: 6)
        let selected = rows.rows.first { $0.index == state.selectedIndex }!
        #expect(state.articles[state.selectedIndex].title.hasPrefix("A field guide"))
        #expect(selected.titleLines.count == 2, "PROBE \(state.articles[state.selectedIndex].title) \(selected.titleLines)")
        #expect(selected.y + selected.titleLines.count <= 6)
        #expect(rows.rows.last?.index == state.selectedIndex, "nothing below the selection at the bottom")
    }

    @Test func feedNamesShowOnlyWhereTitlesKeepThirtyColumns() {
        let wide = Self.library(size: Size(width: 200, height: 30))
        let lines = ScreenRenderer.render(wide).lines()
        #expect(lines[1].contains("BBC News") && lines[1].contains("14:05"), "\(lines[1])")
        #expect(lines.contains { $0.contains("Harbour Board") })
        let narrow = ListRows(wide, width: 44, height: 20)
        #expect(narrow.rows.allSatisfy { $0.source.isEmpty })
        #expect(ListRows(wide, width: 60, height: 20).rows.first?.source == "BBC News")
    }

    @Test func aTitleTooLongForItsLinesEndsInAnEllipsis() {
        let lines = TitleLines.wrap(String(repeating: "word ", count: 40), firstWidth: 10, otherWidth: 20, maximumLines: 3)
        #expect(lines.count == 3)
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 20 })
        #expect(DisplayWidth.columns(of: lines[0]) <= 10)
        #expect(TitleLines.wrap("Short", firstWidth: 10, otherWidth: 20, maximumLines: 3) == ["Short"])
        #expect(TitleLines.wrap("中文标题很长很长很长很长", firstWidth: 6, otherWidth: 8, maximumLines: 4).allSatisfy { DisplayWidth.columns(of: $0) <= 8 })
    }

    @Test func compactDates() {
        let clock = Self.clock
        #expect(ListDate.compact(Self.day(2025, 3, 12, 14, 5), clock: clock) == "14:05")
        #expect(ListDate.compact(Self.day(2025, 3, 12), clock: clock) == "12 Mar", "a day without a time is never a time")
        #expect(ListDate.compact(Self.day(2025, 3, 11, 23, 59), clock: clock) == "11 Mar")
        #expect(ListDate.compact(Self.day(2024, 9, 20), clock: clock) == "20 Sep", "within six months")
        #expect(ListDate.compact(Self.day(2024, 8, 14), clock: clock) == "Aug 2024")
        #expect(ListDate.compact(Self.day(2026, 1, 1), clock: clock) == "Jan 2026", "far in the future")
        #expect(ListDate.compact(Self.day(2025, 3, 12, 14, 5), clock: nil) == "2025-03-12")
        // 23:30 UTC is already tomorrow two hours east: today's time there, and the day after here.
        let east = WallClock(now: Self.day(2025, 3, 12, 22, 30), utcOffset: 7_200)
        #expect(ListDate.compact(Self.day(2025, 3, 12, 23, 30), clock: east) == "01:30")
        #expect(ListDate.compact(Self.day(2025, 3, 12, 21, 0), clock: east) == "12 Mar")
        #expect(ListDate.compact(Self.day(2025, 3, 12), clock: WallClock(now: Self.now, utcOffset: -18_000)) == "12 Mar",
                "a day-only date stays on its day west of UTC")
    }

    @Test func theListTakesTheWidthTheTextColumnLeaves() {
        func widths(_ width: Int, _ paneWidths: PaneWidths = .standard, entities: Bool = false) -> [Int] {
            // With the side pane on at two panes, the list shows only while it has the focus.
            let focus: Pane = entities ? .text : .list
            return ScreenLayout(size: Size(width: width, height: 30), focus: focus, showEntityPane: entities, widths: paneWidths)
                .panes.map(\.rect.width)
        }
        #expect(widths(160) == [44, 82, 32], "an 80-column text needs all it has")
        #expect(widths(160, PaneWidths(maxTextWidth: 72)) == [52, 74, 32], "the margins a 72-column text would have go to the list")
        #expect(widths(200) == [76, 82, 40])
        #expect(widths(500)[0] == 100, "at most the widest headlines")
        #expect(widths(100) == [30, 69])
        #expect(widths(119, PaneWidths(maxTextWidth: 60)) == [56, 62])
        #expect(widths(100, PaneWidths(maxTextWidth: 60), entities: true) == [69, 30], "the side pane keeps its width")
        #expect(widths(80) == [24, 55])
        // A configured width is kept, in two panes too, as far as the text keeps a usable pane.
        #expect(widths(160, PaneWidths(list: 36)) == [36, 90, 32])
        #expect(widths(100, PaneWidths(list: 40)) == [40, 59])
        #expect(widths(90, PaneWidths(list: 80)) == [69, 20])
    }
}
