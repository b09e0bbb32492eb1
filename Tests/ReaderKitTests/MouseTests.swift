import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// The mouse through the reducer: clicks select and focus, the wheel scrolls without marking read,
/// and a drag in the text selects a passage to highlight.
@Suite struct MouseTests {
    func samples(width: Int = 160, height: Int = 40) throws -> ReaderState {
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        return ReaderState(articles: articles, size: Size(width: width, height: height))
    }

    func mouse(_ state: ReaderState, _ kind: MouseEvent.Kind, _ x: Int, _ y: Int) -> ReaderState {
        Reducer.reduce(state, event: .mouse(MouseEvent(kind, x: x, y: y)))
    }

    @Test func aClickSelectsAnArticleAndASecondClickOpensIt() throws {
        var state = try samples()
        // The selected (first) title wraps onto two rows, so the third article is on the fourth row.
        let title = state.articles[2].title
        let y = try #require(ScreenRenderer.render(state).lines().firstIndex { $0.contains(title.prefix(20)) })
        #expect(y == 4)
        state = mouse(state, .press, 5, y)
        #expect(state.selectedIndex == 2 && state.openArticle == nil && state.focus == .list)
        state = mouse(state, .press, 5, y)
        #expect(state.openArticle?.id == state.articles.ids[2])
    }

    @Test func theWheelScrollsThePaneUnderThePointerWithoutMarkingRead() throws {
        var state = try samples(height: 12)
        state = Reducer.reduce(state, action: .openSelected)
        let textX = ScreenLayout(state: state).textPane.x + 5
        for _ in 0..<200 { state = mouse(state, .wheelDown, textX, 5) }
        let layout = try #require(state.openLayout())
        #expect(layout.position(of: state.textAnchor) == layout.bottomTop(height: ScreenLayout(state: state).textRows))
        #expect(state.list.readArticles.isEmpty)
        state = mouse(state, .wheelUp, textX, 5)
        #expect(layout.position(of: state.textAnchor) < layout.bottomTop(height: ScreenLayout(state: state).textRows))
    }

    @Test func aDragInTheTextSelectsThePassageAndEnterHighlightsIt() throws {
        var state = try samples()
        state = Reducer.reduce(state, action: .openSelected)
        let text = ScreenLayout(state: state).textPane
        let left = text.x + ScreenLayout(state: state).textColumn.x
        // Row 1 of the pane is the title; press on its first character and release five cells on.
        state = mouse(state, .press, left, 1)
        state = mouse(state, .release, left + 5, 1)
        let selection = try #require(state.reading.visual?.range)
        #expect(selection == 0..<5)
        state = Reducer.reduce(state, event: .key(.enter))
        #expect(state.highlights.first?.quote.exact == String(try #require(state.openArticle).title.prefix(5)))
    }

    @Test func aClickOnAnEntitySelectsAndMarksIt() throws {
        var state = try samples()
        state = Reducer.reduce(state, action: .openSelected)
        let article = try #require(state.openArticle)
        state = Reducer.entitiesRecognised(state, article: article.id, entities: ArticleEntities(spans: [
            EntitySpan(start: 0, end: 6, label: .person, text: String(article.plainText.prefix(6))),
            EntitySpan(start: 7, end: 12, label: .org, text: "Thing"),
        ]))
        let pane = try #require(ScreenLayout(state: state).panes.first { $0.pane == .entities }).rect
        // Content rows: 0 People heading, 1 the person, 2 Organisations heading, 3 the organisation.
        state = mouse(state, .press, pane.x + 3, pane.y + 1 + 3)
        #expect(state.focus == .entities && state.side.entitySelection == 1)
        #expect(state.reading.markedEntity?.label == .org)
    }
}
