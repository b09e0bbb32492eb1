import Foundation
import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

/// What the text pane and the help overlay draw: the current search match, the end marker, help
/// on a narrow screen; and finding in the article the way the library search finds.
@Suite struct ReadingViewTests {
    static let cafePath = Fixtures.samplesFolder.appendingPathComponent("03-cafe-renaissance.txt").path

    func open(_ path: String, size: Size) throws -> ReaderState {
        let state = ReaderState(articles: [try ArticleLoader().load(path: path).get()], size: size)
        return Reducer.reduce(Reducer.reduce(state, event: .resize(size)), action: .openSelected)
    }

    func find(_ state: ReaderState, _ query: String) -> ReaderState {
        let typed = query.reduce(Reducer.reduce(state, event: .key(.character("/")))) { Reducer.reduce($0, event: .key(.character($1))) }
        return Reducer.reduce(typed, event: .key(.enter))
    }

    @Test func findFoldsCaseAndAccentsAndMarksTheOriginalText() throws {
        var state = find(try open(Self.cafePath, size: Size(width: 100, height: 30)), "cafe")
        let text = Array(try #require(state.openArticle).plainText.unicodeScalars)
        #expect(state.reading.findMatches.count >= 8)
        let shown = state.reading.findMatches.map { String(String.UnicodeScalarView(text[$0])) }
        #expect(Set(shown).isSuperset(of: ["café", "Café"]))
        #expect(shown.allSatisfy { $0.lowercased() == "café" || $0.lowercased() == "cafe" })
        state = find(state, "ORSTED")
        #expect(state.reading.findMatches.isEmpty, "ø is a letter of its own, as in the library index")
        state = find(state, "Québécois")
        #expect(state.reading.findMatches.count == 1)
    }

    @Test func foldingKeepsOffsetsWhereAccentsAreSeparateOrLettersGrow() {
        // "e" + combining acute: the match covers the accent; "İ" lower-cases to two scalars.
        let text = "Cafe\u{301} and İstanbul, then CAFÉ"
        #expect(TextMatcher.matches(of: "café", in: text, wholePhrase: true) == [0..<5, 25..<29])
        #expect(TextMatcher.matches(of: "istanbul", in: text, wholePhrase: true) == [10..<18])
        #expect(TextMatcher.matches(of: "stan", in: text, wholePhrase: true) == [11..<15])
        #expect(TextMatcher.matches(of: "\u{301}", in: text, wholePhrase: true).isEmpty)
    }

    @Test func theCurrentMatchIsDrawnApartAlsoWithoutColour() throws {
        var state = find(try open(Fixtures.seedArticlePath, size: Size(width: 100, height: 30)), "kim")
        state = Reducer.reduce(state, event: .key(.character("n")))
        let frame = ScreenRenderer.render(state)
        Snapshot.assertMatches(frame, named: "find-current-100x30")
        let current = frame.cells.filter { $0.style.background == state.settings.theme.currentMatch }
        let others = frame.cells.filter { $0.style.background == state.settings.theme.searchMatch }
        #expect(current.count == 3, "one match of three letters is current")
        #expect(others.count >= 3)
        for depth in [ColorDepth.none, .eight] {
            let currentStyle = try #require(current.first.map { TerminalStyle($0.style, depth: depth) })
            let otherStyle = try #require(others.first.map { TerminalStyle($0.style, depth: depth) })
            #expect(currentStyle != otherStyle, "at \(depth)")
            if depth == .none { #expect(currentStyle.reverse && currentStyle.bold && currentStyle.underline && otherStyle.reverse) }
        }
        let configured = ConfigParser.parse("[colors]\ncurrent-match = \"blue\"\n", file: "config.toml")
        #expect(configured.problems.isEmpty && configured.config.theme.currentMatch == .blue)
        #expect(DefaultConfig.text.contains("current-match = \"red\""))
    }

    @Test func theEndOfAnArticleHasAMarker() throws {
        var state = try open(Fixtures.seedArticlePath, size: Size(width: 80, height: 24))
        #expect(!ScreenRenderer.render(state).lines().joined().contains("— end —"))
        state = Reducer.reduce(state, action: .bottom)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "seed-end-80x24")
    }

    @Test func helpWrapsDescriptionsOnANarrowScreen() throws {
        var state = try open(Fixtures.seedArticlePath, size: Size(width: 40, height: 12))
        state = Reducer.reduce(state, action: .showHelp)
        Snapshot.assertMatches(ScreenRenderer.render(state), named: "help-40x12")
        let lines = HelpView.lines(keymap: .standard, mouse: true, size: state.size)
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 38 })
        // Every word of every description is there, none cut.
        let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
        for binding in Keymap.standard.bindings {
            for word in binding.action.summary(in: binding.scope).split(separator: " ") {
                #expect(words.contains(String(word)), "\(word) of \(binding.action)")
            }
        }
        // The last line can be scrolled to.
        state = Reducer.reduce(state, action: .bottom)
        let lastLine = try #require(lines.last).trimmingCharacters(in: .whitespaces)
        #expect(ScreenRenderer.render(state).lines().contains { $0.contains(lastLine) })
    }
}
