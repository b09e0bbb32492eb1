import Testing
@testable import ReaderDocument
@testable import ReaderCore

/// The full-text key in the reducer: a key, an effect for the session, and the answer swapped
/// in where the reader is.
@Suite struct FullTextKeyTests {
    static let summary = ["A short summary of the harbour report, as the feed gives it."]

    static func item(_ paragraphs: [String], path: String = "feed:3:harbour-report") -> Article {
        Fixtures.article((["Harbour report", ""] + paragraphs.flatMap { [$0, ""] }).joined(separator: "\n"), path: path)
    }

    static func reading(_ article: Article) -> ReaderState {
        var state = ReaderState(articles: [article], size: Size(width: 80, height: 12))
        state = Reducer.reduce(state, event: .resize(state.size))
        return Reducer.reduce(state, action: .openSelected)
    }

    @Test func theKeyAsksTheSessionToFetchTheOpenFeedItemsPage() {
        let state = Self.reading(Self.item(Self.summary))
        let key = state.settings.keymap.bindings.first { $0.action == .fetchFullText }
        #expect(key?.label == "F")
        let (next, effects) = Reducer.reduce(state, .input(.key(.character("F"))))
        #expect(effects.contains(.fetchFullText(state.openArticle!.id)))
        #expect(next.statusMessage == "Fetching the full article…")
        #expect(next.textAnchor == state.textAnchor && next.openArticle == state.openArticle, "nothing moves until the answer")
    }

    @Test func articlesWithoutAPageAreToldSoAndNothingIsFetched() {
        let file = Self.reading(Self.item(Self.summary, path: "/home/ana/notes.txt"))
        var (next, effects) = Reducer.reduce(file, .action(.fetchFullText))
        #expect(!effects.contains { if case .fetchFullText = $0 { true } else { false } })
        #expect(next.statusMessage == "Only feed items and web pages have a page to fetch")

        let web = Self.reading(Self.item(Self.summary, path: "https://news.example/harbour"))
        (next, effects) = Reducer.reduce(web, .action(.fetchFullText))
        #expect(effects.contains(.fetchFullText(web.openArticle!.id)), "a web article's page is fetched again")

        var nothingOpen = ReaderState(articles: [Self.item(Self.summary)], size: Size(width: 80, height: 12))
        nothingOpen = Reducer.reduce(nothingOpen, event: .resize(nothingOpen.size))
        (next, effects) = Reducer.reduce(nothingOpen, .action(.fetchFullText))
        #expect(effects.isEmpty && next.statusMessage?.hasPrefix("Open a feed item first") == true)
    }

    @Test func theFetchedArticleIsSwappedInWithoutMovingTheWordsAtTheTop() {
        let long = (1...12).map { "Paragraph \($0) of the harbour report: boats, nets and the tide on day \($0), and what the harbour master said." }
        var state = Self.reading(Self.item([long[0], long[1]] + long[2...5]))
        for _ in 0..<8 { state = Reducer.reduce(state, action: .moveDown) }
        let anchor = state.textAnchor
        let topBlock = state.openArticle!.blocks[anchor.block].text
        #expect(anchor.block > 1)
        let full = Self.item(long)
        let (next, effects) = Reducer.reduce(state, .fullTextFetched(full))
        #expect(next.openArticle == full)
        #expect(next.openArticle!.blocks[next.textAnchor.block].text == topBlock && next.textAnchor.offset == anchor.offset)
        #expect(next.statusMessage == "Full article fetched")
        #expect(effects.contains(.loadHighlights(full.id)), "highlights re-anchored in the library are read again")

        let again = Reducer.reduce(next, .fullTextFetched(full)).state
        #expect(again.statusMessage == "The full article is already shown")
    }

    @Test func aWebArticleFetchedAgainSaysWhetherItsPageChanged() {
        let page = Self.item(Self.summary, path: "https://news.example/harbour")
        let state = Self.reading(page)
        #expect(Reducer.reduce(state, .fullTextFetched(page)).state.statusMessage == "The page has not changed since it was added")
        let changed = Self.item(Self.summary + ["Update: the harbour reopened on Friday."], path: "https://news.example/harbour")
        let next = Reducer.reduce(state, .fullTextFetched(changed)).state
        #expect(next.statusMessage == "The page changed: this is its new text")
        #expect(next.openArticle == changed)
    }

    @Test func aFailureOrAnotherArticlesAnswerOnlyReachesTheStatusLine() {
        let state = Self.reading(Self.item(Self.summary))
        let failed = Reducer.reduce(state, .fullTextNotFetched(state.openArticle!.id, reason: "HTTP 404 not found")).state
        #expect(failed.statusMessage == "Full article not fetched: HTTP 404 not found")
        #expect(failed.openArticle == state.openArticle)

        let other = Self.item(Self.summary, path: "feed:3:other")
        let elsewhere = Reducer.reduce(state, .fullTextFetched(other)).state
        #expect(elsewhere.openArticle == state.openArticle)
        #expect(elsewhere.statusMessage == "Full article of \u{201C}Harbour report\u{201D} fetched")
    }

    @Test func anArticlesNoteShowsInTheStatusLineWhenItOpens() {
        var page = Self.item(["Home", "News", "Sport"], path: "https://news.example/")
        page.note = HTMLArticleExtractor.notArticleNote
        #expect(Self.reading(page).statusMessage == HTMLArticleExtractor.notArticleNote)
        #expect(Self.reading(Self.item(Self.summary)).statusMessage != HTMLArticleExtractor.notArticleNote)
    }
}
