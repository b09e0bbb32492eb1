import Foundation
import Testing
@testable import Reader
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// `reader DIR` below the terminal: a search made while the folder is still being imported
/// matches titles and says so; once the import is done, `n` repeats it over the full text.
@Suite struct ImportSearchSessionTests {
    static func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func aSearchDuringTheImportSaysTitlesOnlyAndNRepeatsItInTheFullTextAfterwards() throws {
        let fixture = try TextArticleFolder(named: "reader-import-search", folder: "news", texts: [
            "harbour": "Harbour report\n\nBoats came in late on Tuesday.",
            "budget": "Budget row deepens\n\nThe harbour tax was the sticking point in Parliament.",
            "election": "Election rumours\n\nThe leader spoke in London about schools.",
        ])
        defer { fixture.remove() }
        let store = fixture.store
        let (summaries, work) = fixture.backgroundImport()
        let state = ReaderState(summaries: summaries, size: Size(width: 80, height: 24))

        let terminal = FakeTerminal([
            .init(waitFor: "Articles (3)", keys: [.character("/")] + Self.keys("harbour") + [.enter]),
            .init(waitFor: "1 title matches (full text once the import finishes)", keys: []),
            .init(waitFor: "n searches the full text for 'harbour'", keys: [.character("n")]),
            .init(waitFor: "2 matches", keys: [.character("q")]),
        ])
        let services = SessionServices(source: FileArticleSource(), catalog: nil, library: LibrarySync(store: store))
        let status = ReaderSession(state: state, terminal: terminal, services: services, backgroundImport: work).run()
        #expect(status == 0)
        #expect(terminal.unfinished.isEmpty, "the screen never showed: \(terminal.unfinished)")
        #expect(terminal.seen.count == 4 && terminal.seen[3].text.contains("Budget row deepens"), "the body's match is listed")
        // The entity search goes on in the background; let it end before the folder goes.
        work.waitUntilFinished()
    }
}
