import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct LinkAndLayoutTests {
    static func openedPage() throws -> ReaderState {
        let article = try ArticleLoader().load(path: HTMLArticleTests.folder.appendingPathComponent("page.html").path).get()
        return Reducer.reduce(ReaderState(articles: [article], size: Size(width: 100, height: 40)), action: .openSelected)
    }

    static func type(_ keys: [Key], into state: ReaderState, log: EffectLog = EffectLog()) -> ReaderState {
        keys.reduce(state) { log.step($0, .input(.key($1))) }
    }

    @Test func capitalLPromptsForANumberAndAsksToOpenTheLink() throws {
        let log = EffectLog()
        var state = Self.type([.character("L")], into: try Self.openedPage(), log: log)
        #expect(state.overlays.prompt?.purpose == .openLink)
        state = Self.type([.character("1"), .enter], into: state, log: log)
        #expect(log.requests == [.openURL("https://lenses.example.org/avel")])
        #expect(state.statusMessage == "Opening [1] https://lenses.example.org/avel")
    }

    @Test func javascriptAndMissingLinksAreRefused() throws {
        let log = EffectLog()
        var state = Self.type([.character("L"), .character("3"), .enter], into: try Self.openedPage(), log: log)
        #expect(log.requests.isEmpty)
        #expect(state.statusMessage == "Link [3] not opened: javascript: links are not opened")
        state = Self.type([.character("L"), .character("9"), .enter], into: state)
        #expect(state.statusMessage == "No link 9: links are 1 to 3")
        let plain = Reducer.reduce(ReaderState(articles: [Fixtures.article("Title\n\nBody.")], size: Size(width: 80, height: 24)), action: .openSelected)
        #expect(Self.type([.character("L")], into: plain).statusMessage == "This article has no links")
    }

    @Test func capitalRAsksForARefreshAndHelpListsBothKeys() throws {
        let log = EffectLog()
        let state = Self.type([.character("R")], into: try Self.openedPage(), log: log)
        #expect(log.requests == [.refreshFeeds])
        let help = HelpView.lines(keymap: .standard).joined(separator: "\n")
        #expect(help.contains("Open a numbered link [n] with $BROWSER"))
        #expect(help.contains("Refresh the feeds"))
    }

    @Test func stylesAreDrawnAndListItemsHaveNoGapBetweenThem() throws {
        let state = try Self.openedPage()
        let frame = ScreenRenderer.render(state)
        let lines = frame.lines()
        let first = try #require(lines.firstIndex { $0.contains("• New copper roof") })
        #expect(lines[first + 1].contains("• Rebuilt stairs"))
        let quote = try #require(lines.firstIndex { $0.contains("We never thought") })
        #expect(lines[quote].contains("│ We never thought"))
        let emphasisRow = try #require(lines.firstIndex { $0.contains("three years") })
        let column = try #require(Self.column(of: "three years", in: frame, row: emphasisRow))
        #expect(frame[column, emphasisRow].style.italic)
        let strongColumn = try #require(Self.column(of: "old lighthouse", in: frame, row: emphasisRow))
        #expect(frame[strongColumn, emphasisRow].style.bold)
        let linkRow = try #require(lines.firstIndex { $0.contains("Bergen [1]") })
        let marker = try #require(Self.column(of: "[1]", in: frame, row: linkRow))
        #expect(frame[marker, linkRow].style.dim)
    }

    static func column(of text: String, in frame: Frame, row: Int) -> Int? {
        let cells = (0..<frame.size.width).map { frame[$0, row].text }
        let needle = text.map(String.init)
        return (0...(cells.count - needle.count)).first { Array(cells[$0..<($0 + needle.count)]) == needle }
    }
}
