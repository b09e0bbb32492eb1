import Testing
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct SearchTests {
    func state() -> ReaderState {
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        let size = Size(width: 160, height: 30)
        return Reducer.reduce(ReaderState(articles: articles, size: size), event: .resize(size))
    }

    func type(_ state: ReaderState, _ text: String) -> ReaderState {
        text.reduce(state) { Reducer.reduce($0, event: .key(.character($1))) }
    }

    @Test func promptEditsWithTheUsualKeys() {
        var prompt = Prompt(purpose: .searchArticle)
        for character in "hello wörld 東京" { _ = prompt.handle(.character(character)) }
        _ = prompt.handle(.control("w"))
        #expect(String(prompt.text) == "hello wörld ")
        _ = prompt.handle(.home)
        _ = prompt.handle(.character(">"))
        _ = prompt.handle(.end)
        _ = prompt.handle(.backspace)
        #expect(String(prompt.text) == ">hello wörld")
        _ = prompt.handle(.left)
        _ = prompt.handle(.control("u"))
        #expect(String(prompt.text) == "d")
        #expect(prompt.handle(.enter) == .submit("d"))
        #expect(prompt.handle(.escape) == .cancel)
    }

    @Test func findInArticleMarksMatchesAndSteps() throws {
        var state = Reducer.reduce(Fixtures.selectingSeed(state()), action: .openSelected)
        state = Reducer.reduce(state, event: .key(.character("/")))
        #expect(state.overlays.prompt?.purpose == .searchArticle)
        state = type(state, "kim")
        state = Reducer.reduce(state, event: .key(.enter))
        #expect(state.overlays.prompt == nil)
        #expect(state.reading.findMatches.count >= 5)
        #expect(state.statusMessage?.hasPrefix("Match 1 of") == true)
        state = Reducer.reduce(state, event: .key(.character("n")))
        #expect(state.statusMessage?.hasPrefix("Match 2 of") == true)
        // Every "Kim" in the text is a match: the current one on red, the others on yellow.
        let kims = Frame.textPanePassages(of: state).occurrences(of: "Kim")
        #expect(kims.count >= 2)
        let backgrounds = kims.map { Set($0.map(\.style.background)) }
        #expect(backgrounds.filter { $0 == [.red] }.count == 1, "\(backgrounds)")
        #expect(backgrounds.filter { $0 == [.yellow] }.count == kims.count - 1, "\(backgrounds)")
        let kremlin = try #require(Frame.textPanePassages(of: state).occurrences(of: "Kremlin").first)
        #expect(kremlin.allSatisfy { $0.style.background == nil }, "a word that is no match is drawn plain")
        state = Reducer.reduce(state, event: .key(.escape))
        #expect(state.reading.findQuery == nil)
    }

    @Test func searchingTheListWithoutALibraryMatchesTitles() {
        var state = state()
        state = Reducer.reduce(state, event: .key(.character("/")))
        #expect(state.overlays.prompt?.purpose == .searchLibrary)
        state = type(state, "harbour")
        state = Reducer.reduce(state, event: .key(.enter))
        #expect(state.articles.count == 1)
        state = Reducer.reduce(state, event: .key(.escape))
        #expect(state.articles.count == 6)
    }

    @Test func matcherIgnoresCaseAndKeepsScalarOffsets() {
        let text = "Zoë met ZOË and zoë."
        let matches = TextMatcher.matches(of: "zoë", in: text, wholePhrase: true)
        #expect(matches == [0..<3, 8..<11, 16..<19])
    }
}
