import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// What settings from the config file change on screen and in the reducer.
@Suite struct ConfigEffectsTests {
    func seed(at size: Size, config text: String) throws -> ReaderState {
        let outcome = ConfigParser.parse(text, file: "config.toml")
        try #require(outcome.problems == [])
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        var state = outcome.config.apply(to: ReaderState(articles: articles, size: size))
        state = Reducer.reduce(state, event: .resize(size))
        return Reducer.reduce(Fixtures.selectingSeed(state), action: .openSelected)
    }

    @Test func themeColoursReachTheFrame() throws {
        var state = try seed(at: Size(width: 100, height: 30), config: """
            [colors]
            search-match = "#00ff00"
            highlight-text = "default"
            """)
        state.reading.findQuery = "Putin"
        state = SearchActions.markFindMatches(state)
        // No match is current yet: every "Putin" on screen is on the configured green, in the terminal's own text colour.
        let putins = Frame.textPanePassages(of: state).occurrences(of: "Putin")
        #expect(!putins.isEmpty)
        for cells in putins {
            #expect(cells.allSatisfy { $0.style.background == .rgb(0, 255, 0) && $0.style.foreground == nil }, "\(cells)")
        }
        #expect(!ScreenRenderer.render(state).cells.contains { $0.style.background == .yellow })
    }

    @Test func layoutWidthsFromTheConfig() throws {
        let state = try seed(at: Size(width: 160, height: 30), config: """
            [layout]
            list-width = 30
            side-width = 30
            max-text-width = 60
            """)
        let screen = ScreenLayout(state: state)
        #expect(screen.panes.map(\.rect.width) == [30, 98, 30])
        #expect(screen.textColumn.width == 60)
        let huge = ScreenLayout(size: Size(width: 120, height: 30), focus: .text, showEntityPane: false,
                                widths: PaneWidths(list: 200, side: 200, maxTextWidth: 80))
        #expect(huge.textPane.width >= 20, "configured widths give way to a usable text pane")
        #expect(huge.panes.map(\.rect.width).reduce(0, +) + 2 == 120)
    }

    @Test func readRules() throws {
        let atEnd = try seed(at: Size(width: 100, height: 12), config: "")
        #expect(atEnd.list.readArticles.isEmpty)
        let onOpen = try seed(at: Size(width: 100, height: 12), config: "[reading]\nmark-read = \"on-open\"\n")
        #expect(onOpen.list.readArticles.count == 1)
        var manual = try seed(at: Size(width: 100, height: 12), config: "[reading]\nmark-read = \"manual\"\n")
        manual = Reducer.reduce(manual, action: .bottom)
        #expect(manual.list.readArticles.isEmpty, "reaching the end does not mark it")
        manual = Reducer.reduce(manual, action: .toggleRead)
        #expect(manual.list.readArticles.count == 1)
    }

    @Test func categoriesHighlightedAtStart() throws {
        let state = try seed(at: Size(width: 100, height: 30), config: "[reading]\nhighlight = [\"places\"]\n")
        #expect(state.side.hiddenCategories == Set(EntityCategory.allCases).subtracting([.place]))
    }

    @Test func statusHintsFollowTheKeymap() throws {
        var state = try seed(at: Size(width: 160, height: 30), config: """
            [keys.global]
            quit = ["Q"]
            half-page-down = ["ctrl-d"]
            help = []
            """)
        state.focus = .list
        let status = ScreenRenderer.render(state).lines().last ?? ""
        #expect(status.hasSuffix("j/k move  Enter open  Tab pane  Q quit "), "\(status)")
    }
}
