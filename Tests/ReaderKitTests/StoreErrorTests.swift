import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// A library that cannot answer says so in the status line: nothing silently becomes an empty list
/// or a search of titles only.
@Suite struct StoreErrorTests {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "disk I/O error" }
    }

    /// A library whose every query fails.
    final class FailingLibrary: ArticleSource, ArticleCatalog {
        func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> {
            .failure(.unreadable(path: summary.title, reason: "disk I/O error"))
        }
        func search(_ query: String) throws -> [ArticleID]? { throw Broken() }
        func articles(mentioning name: String, label: EntityLabel) throws -> Set<ArticleID>? { throw Broken() }
        func highlights(matching query: String?) throws -> [LibraryHighlight]? { throw Broken() }
        func orderedIDs(_ sort: LibraryListQuery.Sort) throws -> [ArticleID] { throw Broken() }
        func summaries(of ids: [ArticleID]) throws -> [ArticleSummary] { throw Broken() }
    }

    /// List rows that read fine, so the other failures are seen by themselves.
    final class WorkingCatalog: ArticleCatalog {
        func orderedIDs(_ sort: LibraryListQuery.Sort) throws -> [ArticleID] { [ArticleID("library:1"), ArticleID("library:2")] }
        func summaries(of ids: [ArticleID]) throws -> [ArticleSummary] {
            ids.map { ArticleSummary(id: $0, sourcePath: "", title: "Title of \($0.rawValue)", dateline: nil) }
        }
    }

    let library = ReducerDriver(source: FailingLibrary(), catalog: WorkingCatalog())
    let unlisted = ReducerDriver(source: FailingLibrary(), catalog: FailingLibrary())

    func libraryState() -> ReaderState {
        var state = ReaderState(index: ArticleIndex(dateOrder: [ArticleID("library:1"), ArticleID("library:2")]), size: Size(width: 120, height: 30))
        state.libraryIndexed = true
        return state
    }

    @Test func aFailedSearchSaysSoAndLeavesTheListAlone() throws {
        let state = library.searchList(libraryState(), "harbour")
        #expect(state.statusMessage == "Search failed: disk I/O error")
        #expect(state.list.searchResults == nil, "not a title search, not an empty result")
        #expect(state.articles.count == 2)
    }

    @Test func listRowsThatCannotBeReadSaySoAndAreNotShownAsRemoved() throws {
        let step = unlisted.run(libraryState(), .input(.resize(Size(width: 120, height: 30))))
        let state = step.state
        #expect(state.statusMessage == "The list could not be read: disk I/O error")
        // Asked once for this key, not again and again; the next key asks again.
        #expect(state.list.index.askedRows.count == 2)
        let again = Reducer.reduce(state, .input(.key(.character("j"))))
        #expect(again.effects.contains(.fetchListRows([ArticleID("library:1"), ArticleID("library:2")])))
        #expect(state.articles[0].title == "…")
        let frame = ScreenRenderer.render(state)
        #expect(!frame.lines().joined().contains("(removed)"))
    }

    @Test func aSortOrderThatCannotBeReadSaysSo() throws {
        let state = unlisted.run(libraryState(), .action(.toggleSort)).state
        #expect(state.statusMessage == "The list could not be sorted: disk I/O error")
        #expect(state.articles.count == 2, "still listed, in the order known")
    }

    @Test func notesAndMentionsThatCannotBeReadSaySo() throws {
        let notes = library.run(libraryState(), .action(.showAllNotes)).state
        #expect(notes.statusMessage == "Notes could not be read: disk I/O error")
        #expect(notes.overlays.overlay == nil)
        let opened = library.run(libraryState(), .action(.openSelected)).state
        #expect(opened.statusMessage?.hasSuffix(": disk I/O error") == true, "\(opened.statusMessage ?? "")")
        #expect(opened.openArticle == nil)
    }
}
