import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Messages and hints name the keys of the key table in effect: a key rebound in the config is
/// the key they name, and a hint for an action left without a key is left out.
@Suite struct KeyNamedMessagesTests {
    static let rebound = """
        [keys.global]
        next-match = ["ctrl-n"]
        previous-match = ["ctrl-p"]
        undo-delete = ["U"]
        toggle-entity-pane = ["x"]
        [keys.list]
        open = ["O"]
        [keys.text]
        clear-search = ["backspace"]
        visual = ["V"]
        [keys.visual]
        highlight = ["y"]
        highlight-with-note = []
        highlight-sentence = ["S"]
        delete-highlight = ["D"]
        "visual.exit" = ["q"]
        "visual.word-forward" = ["e"]
        """

    func samples(config: String, size: Size = Size(width: 160, height: 45)) throws -> ReaderState {
        let outcome = ConfigParser.parse(config, file: "config.toml")
        try #require(outcome.problems == [])
        let articles = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path]).articles
        let state = outcome.config.apply(to: ReaderState(articles: articles, size: size))
        return Fixtures.selectingSeed(Reducer.reduce(state, event: .resize(size)))
    }

    func press(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, event: .key($1)) }
    }

    @Test func theTextPaneNamesTheReboundOpenKey() throws {
        let state = try samples(config: Self.rebound)
        let frame = ScreenRenderer.render(state).lines().joined(separator: "\n")
        #expect(frame.contains("Select an article and press O."))
        let unbound = try samples(config: "[keys.list]\nopen = []\n")
        #expect(ScreenRenderer.render(unbound).lines().contains { $0.contains("Select an article.") })
    }

    @Test func findMatchesNameTheReboundKeys() throws {
        var state = press(try samples(config: Self.rebound), .character("O"))
        #expect(state.openArticle != nil && state.focus == .text)
        state.reading.findQuery = "Putin"
        state = SearchActions.markFindMatches(state)
        state = press(state, .control("n"))
        let message = try #require(state.statusMessage)
        #expect(message.hasPrefix("Match ") && message.hasSuffix(" · Ctrl-n/Ctrl-p next/previous · Backspace clears"), "\(message)")
    }

    @Test func noEntityMarkedNamesTheMarkKeyOrLeavesItOut() throws {
        var state = press(try samples(config: "[keys.entities]\nmark-entity = [\"space\"]\n"), .enter)
        state = press(state, .character("n"))
        #expect(state.statusMessage == "No entity marked: select one in the entity pane and press Space")
        state = press(try samples(config: "[keys.entities]\nmark-entity = []\n"), .enter, .character("n"))
        #expect(state.statusMessage == "No entity marked: select one in the entity pane")
    }

    @Test func visualModeAndTheUndoMessageNameTheReboundKeys() throws {
        var state = press(try samples(config: Self.rebound), .character("O"), .character("V"))
        let hint = try #require(state.statusMessage)
        #expect(hint == "VISUAL · move h/l e/b ( ) { } j/k · v select · S sentence · p paragraph · y highlight · 1-4 colour · q", "\(hint)")
        state = press(state, .character("S"))
        #expect(state.highlights.count == 1)
        state = press(state, .character("D"))
        #expect(state.highlights.isEmpty)
        #expect(state.statusMessage == "Highlight deleted · U brings it back")
    }

    @Test func aDragNamesTheReboundHighlightKeyAndTheNotesTitleTheEntitiesKey() throws {
        var state = press(try samples(config: Self.rebound), .character("O"))
        let text = ScreenLayout(state: state).textGeometry
        state = Reducer.reduce(state, event: .mouse(MouseEvent(.press, x: text.textLeft, y: text.content.y)))
        state = Reducer.reduce(state, event: .mouse(MouseEvent(.release, x: text.textLeft + 5, y: text.content.y)))
        #expect(state.statusMessage == "Selected · y highlights · 1-4 colour · q")
        state = press(state, .escape, .escape, .character("H"))
        #expect(state.side.tab == .notes)
        #expect(ScreenRenderer.render(state).lines()[0].contains("Notes (0) · x entities"))
    }

    @Test func theHelpScreenNamesTheReboundKeys() throws {
        let keymap = try samples(config: "[keys.help]\nclose = [\"x\"]\n[keys.visual]\nhighlight = [\"y\"]\n").settings.keymap
        var frame = Frame(size: Size(width: 100, height: 30))
        HelpView.draw(keymap: keymap, mouse: true, scroll: 0, size: frame.size, frame: &frame)
        #expect(frame.lines().contains { $0.contains("Keys · x closes") })
        #expect(HelpView.lines(keymap: keymap).contains { $0.contains("Select that passage (then y highlights it)") })
    }

    @Test func theEmptyNotesPaneNamesTheReboundKeys() throws {
        var state = try samples(config: Self.rebound)
        state = press(state, .character("O"), .character("H"))
        let shown = ScreenRenderer.render(state).lines().joined(separator: "\n")
        #expect(shown.contains("V then S highlights"), "\(shown)")
        #expect(!shown.contains("v then s"))
    }
}
