import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderCore

/// A long file opens from its beginning; what needs the rest waits for it and then happens.
@Suite struct ProgressiveLoadTests {
    let size = Size(width: 120, height: 40)

    @Test func theBeginningIsTheFirstBlocksOfTheWholeArticle() throws {
        let file = try LongArticleFile(named: "beginning-blocks")
        defer { file.remove() }
        let whole = try ArticleLoader().load(path: file.path).get()
        let beginning = try #require(ArticleLoader().loadBeginning(path: file.path)).get()
        #expect(!beginning.isComplete && whole.isComplete)
        #expect(beginning.blocks.count > 10 && beginning.blocks.count < whole.blocks.count)
        #expect(Array(whole.blocks.prefix(beginning.blocks.count)) == beginning.blocks)
        #expect(beginning.byline == "Ana Souza")
        // Offsets are the same in both: the beginning's text is a prefix of the whole text.
        #expect(whole.plainText.hasPrefix(beginning.plainText))
        #expect(whole.blocks.last?.text == LongArticleFile.closing)
    }

    @Test func shortFilesAndHTMLAreReadWhole() throws {
        let file = try LongArticleFile(named: "beginning-short", bytes: 2000)
        defer { file.remove() }
        #expect(ArticleLoader().loadBeginning(path: file.path) == nil)
        let html = file.folder.appendingPathComponent("long.html").path
        try FileManager.default.copyItem(atPath: try LongArticleFile(named: "beginning-html", in: file.folder).path, toPath: html)
        #expect(ArticleLoader().loadBeginning(path: html) == nil)
    }

    @Test func blocksShareTheArticleTextInsteadOfCopyingIt() throws {
        let article = ArticleParser().parse("Title\n\nFirst paragraph.\n\nSecond, with café.", id: ArticleID("t"), sourcePath: "/t.txt")
        #expect(article.blocks.map(\.text) == ["Title", "First paragraph.", "Second, with café."])
        for block in article.blocks {
            let scalars = Array(article.plainText.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
            #expect(block.slice.base == article.plainText)
        }
    }

    /// The beginning opened as the session does: `.loadArticle` answered from the file source.
    func openedBeginning(_ file: LongArticleFile, stored: ScrollAnchor? = nil) throws -> (ReaderState, [Effect]) {
        let summary = try file.summary
        var state = Self.press(ReaderState(summaries: [summary], size: size), .resize(size))
        let queries = ArticleQueries(source: FileArticleSource(), storedPosition: { _ in stored })
        let asked = Reducer.reduce(state, .action(.openSelected))
        state = asked.state
        let load = try #require(asked.effects.first { if case .loadArticle = $0 { true } else { false } })
        let answer = try #require(queries.answer(load)?.first)
        let opened = Reducer.reduce(state, answer)
        return opened
    }

    @Test func theBeginningAsksForTheRestAndNotYetForEntities() throws {
        let file = try LongArticleFile(named: "beginning-effects")
        defer { file.remove() }
        let (state, effects) = try openedBeginning(file)
        #expect(state.openArticle?.isComplete == false)
        #expect(effects.contains(.readRestOfArticle(try file.summary)))
        #expect(!effects.contains { if case .findEntities = $0 { true } else { false } }, "entities wait for the whole text")
        let frame = ScreenRenderer.render(state)
        #expect(frame.contains("Paragraph 1:"))
        #expect(frame.lines().last?.hasPrefix(" …%") == true, "how far is not known yet: \(frame.lines().last ?? "")")
    }

    @Test func keysThatNeedTheRestWaitAndThenActOnTheWholeArticle() throws {
        let file = try LongArticleFile(named: "beginning-keys")
        defer { file.remove() }
        var (state, _) = try openedBeginning(file)
        // j acts at once: the beginning holds the rows below.
        state = Self.press(state, .key(.character("j")))
        #expect(state.textAnchor != .top && state.reading.inputAwaitingRest.isEmpty)
        let afterJ = state.textAnchor
        // G needs the end; k after it waits too, so the two happen in order.
        state = Self.press(state, .key(.character("G")))
        state = Self.press(state, .key(.character("k")))
        #expect(state.textAnchor == afterJ, "nothing moved to the beginning's end")
        #expect(state.reading.inputAwaitingRest == [.key(.character("G")), .key(.character("k"))])
        #expect(state.statusMessage == ProgressiveLoad.waitingMessage)

        let driver = ReducerDriver(source: FileArticleSource())
        let done = driver.run(state, ReaderState.restAnswer(for: try file.summary)).state
        #expect(done.openArticle?.isComplete == true)
        #expect(done.reading.inputAwaitingRest.isEmpty)
        let layout = try #require(done.openLayout())
        let bottom = layout.bottomTop(height: ScreenLayout(state: done).textRows)
        #expect(layout.position(of: done.textAnchor) == layout.advance(bottom, by: -1), "G went to the whole article's end, then k up one")
        #expect(ScreenRenderer.render(done).contains(LongArticleFile.closing))
    }

    @Test func aSearchWaitsForTheRestAndFindsPastTheBeginning() throws {
        let file = try LongArticleFile(named: "beginning-search")
        defer { file.remove() }
        var (state, _) = try openedBeginning(file)
        for key in [Key.character("/")] + "zanzibar".map(Key.character) + [.enter] {
            state = Self.press(state, .key(key))
        }
        #expect(state.reading.findMatches.isEmpty, "not searched in the beginning only")
        #expect(state.reading.inputAwaitingRest == [.key(.enter)])
        let done = ReducerDriver(source: FileArticleSource()).run(state, ReaderState.restAnswer(for: try file.summary)).state
        let match = try #require(done.reading.findMatches.first)
        #expect(done.reading.findMatches.count == 1)
        let whole = try #require(done.openArticle)
        #expect(match.lowerBound > whole.blocks[whole.blocks.count - 2].end, "found in the closing paragraph")
        #expect(ScreenRenderer.render(done).contains(LongArticleFile.closing))
    }

    @Test func aStoredPositionBeyondTheBeginningIsTakenOnceTheRestIsRead() throws {
        let file = try LongArticleFile(named: "beginning-stored")
        defer { file.remove() }
        // Half way: well beyond the beginning, and far from the end (where j could not scroll).
        let stored = ScrollAnchor(block: file.paragraphCount / 2, offset: 0)
        var (state, _) = try openedBeginning(file, stored: stored)
        #expect(state.reading.anchorAwaitingRest == stored)
        #expect(state.statusMessage == ProgressiveLoad.waitingMessage)
        state = Self.press(state, .key(.character("j")))
        #expect(state.reading.inputAwaitingRest == [.key(.character("j"))], "a key waits for the place it acts on")
        let done = ReducerDriver(source: FileArticleSource()).run(state, ReaderState.restAnswer(for: try file.summary)).state
        let layout = try #require(done.openLayout())
        #expect(layout.position(of: done.textAnchor) == layout.advance(layout.position(of: stored), by: 1), "the stored place, then j")
    }

    @Test func theRestOfAnotherArticleIsIgnored() throws {
        let file = try LongArticleFile(named: "beginning-other")
        defer { file.remove() }
        let (state, _) = try openedBeginning(file)
        var other = try ArticleLoader().load(path: file.path).get()
        other.id = ArticleID("/elsewhere.txt")
        let after = Reducer.reduce(state, .articleCompleted(other)).state
        #expect(after.openArticle == state.openArticle)
    }
}

extension ProgressiveLoadTests {
    static func press(_ state: ReaderState, _ event: InputEvent) -> ReaderState {
        Reducer.reduce(state, .input(event)).state
    }
}

extension ReaderState {
    /// The answer the session's reader thread gives to `.readRestOfArticle`.
    static func restAnswer(for summary: ArticleSummary) -> ReaderEvent {
        ArticleQueries.rest(of: summary, from: FileArticleSource())
    }
}
