import Foundation
import Testing
@testable import Reader
@testable import ReaderCore
@testable import ReaderLibrary

/// Finding in the open article with `/` and `n`, and searching the library from the list.
@Suite struct SessionSearchTests {
    @Test func slashFindsInTheArticleAndNGoesToTheNextMatch() throws {
        let run = try TemporaryLibrary.session(named: "session-find", SampleArticles.openThird + [
            .type("/tanabe"), .checkpoint("typed"), .press(.enter), .checkpoint("found"), .type("n"),
        ])
        #expect(run.status == 0)
        let typed = try #require(run.terminal.checkpoint("typed"))
        #expect(typed.statusLine.hasPrefix("Find in article: tanabe"), "\(typed.statusLine)")

        let theme = Theme.standard
        let found = try #require(run.terminal.checkpoint("found"))
        #expect(found.statusLine.contains("Match 1 of 3"), "\(found.statusLine)")
        // Case is ignored: "tanabe" finds "Tanabe"; the first is the current match, the next a match.
        let text = found.textPaneColumns
        let first = try #require(found.cells(showing: "Tanabe", occurrence: 0, inColumns: text), "\(found.text)")
        let second = try #require(found.cells(showing: "Tanabe", occurrence: 1, inColumns: text), "\(found.text)")
        #expect(first.allSatisfy { $0.style.background == theme.currentMatch && $0.style.bold && $0.style.underline })
        #expect(second.allSatisfy { $0.style.background == theme.searchMatch && !$0.style.bold })
        let unmatched = try #require(found.cells(showing: "Hiroshi", inColumns: text))
        #expect(unmatched.allSatisfy { $0.style.background == nil }, "only the matches are marked")

        let next = run.lastFrame
        #expect(next.statusLine.contains("Match 2 of 3"), "\(next.statusLine)")
        let afterN = try #require(next.cells(showing: "Tanabe said", inColumns: next.textPaneColumns), "\(next.text)")
        let word = afterN.prefix("Tanabe".count)
        #expect(word.allSatisfy { $0.style.background == theme.currentMatch && $0.style.bold }, "n makes the next match current")
        let previous = try #require(next.cells(showing: "Hiroshi Tanabe", inColumns: next.textPaneColumns), "\(next.text)")
            .suffix("Tanabe".count)
        #expect(previous.allSatisfy { $0.style.background == theme.searchMatch && !$0.style.bold })
    }

    @Test func slashInTheListSearchesTheLibraryAndEnterOpensTheResult() throws {
        let library = try TemporaryLibrary.samples(named: "session-search")
        defer { library.remove() }
        let harbour = "Council approves £4.2m harbour repair plan after heated late-night vote"
        let run = try library.run([
            .type("/harbour"), .checkpoint("typed"), .press(.enter), .checkpoint("results"), .press(.enter),
        ])
        #expect(run.status == 0)
        let typed = try #require(run.terminal.checkpoint("typed"))
        #expect(typed.statusLine.hasPrefix("Search library: harbour"), "\(typed.statusLine)")

        let results = try #require(run.terminal.checkpoint("results"))
        #expect(results.lines()[0].contains("Articles (1, search)"), "\(results.text)")
        #expect(results.statusLine.contains("1 match"), "\(results.statusLine)")
        let list = results.lines().map { $0.components(separatedBy: "│")[0] }.joined(separator: " ")
        #expect(list.contains("Council approves"), "the matching article is listed:\n\(results.text)")
        #expect(!list.contains("Tokyo commuters") && !list.contains("Smiley faces"), "and only it:\n\(results.text)")

        let opened = run.lastFrame
        #expect(opened.lines()[0].contains("Article · Council approves"), "\(opened.text)")
        #expect(opened.textPaneRows().joined(separator: " ").contains(harbour), "\(opened.text)")
        let store = try library.store()
        let row = try #require(try SampleArticles.row(titled: harbour, in: store))
        #expect(store.appState("openArticle") == LibraryStore.articleID(row).rawValue)
    }
}
