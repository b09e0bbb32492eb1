import Foundation
import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct ScreenSnapshotTests {
    func seedOpened(at size: Size) -> ReaderState {
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        var state = ReaderState(articles: articles, size: size)
        // 2024-05-20 12:00 UTC: the samples' dates are recent ("17 May") and older ("Sep 2023").
        state.clock = WallClock(now: Date(timeIntervalSince1970: 1_716_206_400))
        state = Reducer.reduce(state, event: .resize(size))
        state = Reducer.reduce(Fixtures.selectingSeed(state), action: .openSelected)
        return state
    }

    @Test func threePanesAt160x45() {
        Snapshot.assertMatches(ScreenRenderer.render(seedOpened(at: Size(width: 160, height: 45))), named: "seed-160x45")
    }

    @Test func twoPanesAt100x30() {
        Snapshot.assertMatches(ScreenRenderer.render(seedOpened(at: Size(width: 100, height: 30))), named: "seed-100x30")
    }

    @Test func onePaneAt60x20() {
        Snapshot.assertMatches(ScreenRenderer.render(seedOpened(at: Size(width: 60, height: 20))), named: "seed-60x20")
    }

    @Test func listAt60x20() {
        var state = seedOpened(at: Size(width: 60, height: 20))
        state = Reducer.reduce(state, action: .focusPreviousPane)
        #expect(state.focus == .list)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "list-60x20")
    }

    @Test func oneByOne() {
        Snapshot.assertMatches(ScreenRenderer.render(seedOpened(at: Size(width: 1, height: 1))), named: "seed-1x1")
    }

    @Test func helpOverlayAt100x30() {
        let state = Reducer.reduce(seedOpened(at: Size(width: 100, height: 30)), action: .showHelp)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "help-100x30")
    }

    @Test func helpOverlayAt80x24() {
        let state = Reducer.reduce(seedOpened(at: Size(width: 80, height: 24)), action: .showHelp)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "help-80x24")
    }

    @Test func everySizeUpTo500x200Renders() {
        let base = seedOpened(at: Size(width: 80, height: 24))
        for (width, height) in [(0, 0), (1, 1), (2, 1), (1, 2), (3, 3), (10, 2), (79, 24), (80, 24), (119, 40), (120, 40), (500, 200)] {
            let state = Reducer.reduce(base, event: .resize(Size(width: width, height: height)))
            let frame = ScreenRenderer.render(state)
            #expect(frame.size == Size(width: width, height: height))
            for line in frame.lines() { #expect(DisplayWidth.columns(of: line) <= width) }
        }
    }
}
