import Foundation
import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

/// Snapshots of tags and the article's note: the notes pane with both, the tag prompt, and the
/// list's tag column and marker.
@Suite struct TagSnapshotTests {
    let screens = AnnotationSnapshotTests()

    func taggedSeed(at size: Size) throws -> ReaderState {
        var state = try screens.highlighting(try screens.openSeed(at: size), AnnotationSnapshotTests.marks)
        let article = try #require(state.openArticle)
        state.highlights[0].tags = ["kremlin", "to-check"]
        state.highlights[1].tags = ["diplomacy"]
        state = Reducer.reduce(state, .articleAnnotationLoaded(article.id, ArticleAnnotation(
            sourcePath: article.sourcePath, note: "Follow up after the summit: compare the two readouts", tags: ["russia", "summit"],
            created: AnnotationSnapshotTests.created, modified: AnnotationSnapshotTests.created))).state
        return state
    }

    @Test func notesPaneWithTheArticleNoteAndTags() throws {
        var state = try taggedSeed(at: Size(width: 120, height: 30))
        state = screens.press(state, .character("H"), .character("j"))
        #expect(state.side.noteSelection == 1)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "notes-pane-tags-120x30")
    }

    @Test func theTagPromptAfterCompletion() throws {
        var state = try taggedSeed(at: Size(width: 100, height: 30))
        state.focus = .text
        state = screens.press(state, .character("t"))
        state = Reducer.reduce(state, .tagsLoaded(["diplomacy", "kremlin", "russia", "summit", "sanctions", "sanctuary"])).state
        state = screens.type(state, "s")
        state = screens.press(state, .tab)
        // summit is there already: the two others agree as far as "sanct", and are listed.
        #expect(state.overlays.prompt.map { String($0.text) } == "russia summit sanct")
        #expect(state.statusMessage == "#sanctions #sanctuary")
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "tag-prompt-100x30")
    }

    @Test func theListShowsTagsWhereTheyFitAndAMarkWhereNot() throws {
        let articles = try [Fixtures.seedArticle(), ArticleLoader().load(path: ReadingViewTests.cafePath).get()]
        var state = ReaderState(articles: articles, size: Size(width: 160, height: 12))
        state.list.updateEntry(articles[1].id) { summary in
            summary.annotation = ArticleAnnotation(sourcePath: summary.sourcePath, tags: ["coffee", "lyon"], created: .distantPast, modified: .distantPast)
        }
        let index = try #require(state.articles.index(of: articles[1].id))
        let wide = ListRows(state, width: 100, height: 10).rows.first { $0.index == index }
        #expect(wide?.source == "#coffee #lyon")
        let narrow = ListRows(state, width: 40, height: 10).rows.first { $0.index == index }
        #expect(narrow?.source == "#")
        #expect(ListRows(state, width: 40, height: 10).rows.first { $0.index != index }?.source == "", "untagged: no mark")
        // Drawn at the screen's left, in the list pane.
        let row = try #require(ScreenRenderer.render(state).lines().first { $0.contains("Lyon") })
        #expect(row.contains(" # "), "\(row)")
    }
}
