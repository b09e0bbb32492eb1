import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// The open article changed by a refresh: shown in place, the same words at the top of the text.
@Suite struct RefreshedArticleTests {
    static let paragraphs = (1...12).map { number in
        "Paragraph \(number) tells of harbour \(number * 7), its boats and its nets, the tides and the "
            + "weather that came in from the west on day \(number), and what the harbour master said about it."
    }

    static func article(_ paragraphs: [String], title: String = "Harbour news") -> Article {
        Fixtures.article(([title, ""] + paragraphs.flatMap { [$0, ""] }).joined(separator: "\n"), path: "/feeds/harbour")
    }

    /// The open article scrolled a few screens down, at 80x12.
    static func reading() -> ReaderState {
        var state = ReaderState(articles: [article(paragraphs)], size: Size(width: 80, height: 12))
        state = Reducer.reduce(state, event: .resize(state.size))
        state = Reducer.reduce(state, action: .openSelected)
        for _ in 0..<17 { state = Reducer.reduce(state, action: .moveDown) }
        return state
    }

    /// The first row of the text pane, as drawn.
    static func topRow(_ state: ReaderState) -> String {
        let screen = ScreenLayout(state: state)
        let line = ScreenRenderer.render(state).lines()[screen.textPane.y + 1]
        return String(line.dropFirst(screen.textPane.x)).trimmingCharacters(in: .whitespaces)
    }

    @Test func anInsertedParagraphAboveKeepsTheWordsAtTheTop() {
        let state = Self.reading()
        let before = Self.topRow(state)
        #expect(state.textAnchor.block > 3 && !before.isEmpty)
        var changed = Self.paragraphs
        changed.insert("A correction: the first boat came in on Tuesday, not Monday.", at: 0)
        changed[8] = "Paragraph 8 was rewritten by the editor overnight."
        let refreshed = Reducer.articleRefreshed(state, article: Self.article(changed))
        #expect(refreshed.openArticle?.plainText.contains("A correction") == true)
        #expect(refreshed.textAnchor.block == state.textAnchor.block + 1)
        #expect(refreshed.textAnchor.offset == state.textAnchor.offset)
        #expect(Self.topRow(refreshed) == before, "the same row of text at the top")
        #expect(refreshed.focus == state.focus && refreshed.selectedIndex == state.selectedIndex)
        // The layout is the new text's, not a cached one of the old text under the same id.
        let top = Reducer.reduce(refreshed, action: .top)
        #expect(ScreenRenderer.render(top).lines().contains { $0.contains("A correction: the first boat") })
    }

    @Test func anEditInTheParagraphBeingReadFindsItApproximately() {
        let state = Self.reading()
        let before = Self.topRow(state)
        let block = state.openArticle!.blocks[state.textAnchor.block]
        let paragraph = Self.paragraphs.firstIndex(of: block.text)!
        var changed = Self.paragraphs
        changed.insert("New lead paragraph.", at: 0)
        // A word changed just before the row at the top; the row's own words stay.
        let start = block.text.unicodeScalars.index(block.text.unicodeScalars.startIndex, offsetBy: max(0, state.textAnchor.offset - 3))
        var edited = block.text
        edited.unicodeScalars.replaceSubrange(start..<start, with: "x".unicodeScalars)
        changed[paragraph + 1] = edited
        let refreshed = Reducer.articleRefreshed(state, article: Self.article(changed))
        #expect(refreshed.textAnchor.block == state.textAnchor.block + 1)
        #expect(abs(refreshed.textAnchor.offset - (state.textAnchor.offset + 1)) <= 1)
        #expect(Self.topRow(refreshed).hasSuffix(String(before.suffix(20))), "\(Self.topRow(refreshed)) / \(before)")
    }

    @Test func aPositionWhoseTextIsGoneStaysInRange() {
        let state = Self.reading()
        let shorter = Self.article(["Only a line is left."])
        let refreshed = Reducer.articleRefreshed(state, article: shorter)
        #expect(refreshed.openArticle == shorter)
        #expect(refreshed.textAnchor.block < shorter.blocks.count)
        #expect(refreshed.textAnchor.offset <= shorter.blocks[refreshed.textAnchor.block].length)
        _ = ScreenRenderer.render(refreshed)
    }

    @Test func anotherArticleOrTheSameTextChangesNothing() {
        let state = Self.reading()
        let same = Reducer.articleRefreshed(state, article: Self.article(Self.paragraphs))
        #expect(same.textAnchor == state.textAnchor && same.openArticle == state.openArticle)
        let other = Fixtures.article("Other\n\nText.", path: "/feeds/other")
        let untouched = Reducer.articleRefreshed(state, article: other)
        #expect(untouched.openArticle == state.openArticle && untouched.textAnchor == state.textAnchor)
    }

    @Test func theOldTextsEntitiesAndHighlightsGo() {
        var state = Self.reading()
        let id = state.openArticle!.id
        state = Reducer.entitiesRecognised(state, article: id, entities: ArticleEntities(spans: []))
        var changed = Self.paragraphs
        changed[0] = "Changed."
        let refreshed = Reducer.articleRefreshed(state, article: Self.article(changed))
        #expect(refreshed.entities[id] == nil)
        #expect(refreshed.highlights.isEmpty)
    }
}
