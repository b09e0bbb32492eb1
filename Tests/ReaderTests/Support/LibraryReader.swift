import Foundation
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// The reader as `reader` runs it over a library or a folder, without a terminal: events go through
/// the reducer and the session's services (reads answered, changes written to the library).
struct LibraryReader {
    let services: SessionServices
    var state: ReaderState
    var sync: LibrarySync { services.library! }

    /// `reader` over a library.
    init(store: LibraryStore, size: Size) throws {
        let sync = LibrarySync(store: store)
        services = SessionServices(source: LibraryArticleSource(store: store), catalog: LibraryCatalog(store: store), library: sync)
        state = sync.restoreListSort(try ReaderState.library(store, size: size))
        send(.input(.resize(size)))
    }

    /// `reader DIR`: the folder's files listed from disk, with their marks from the library.
    init(folder: URL, store: LibraryStore, size: Size = Size(width: 160, height: 45)) {
        let sync = LibrarySync(store: store)
        services = SessionServices(source: FileArticleSource(), catalog: nil, library: sync)
        let summaries = ArticleLoader().loadSummaries(paths: [folder.path]).summaries
        state = sync.restoreMarks(ReaderState(summaries: summaries, size: size))
        send(.input(.resize(size)))
    }

    mutating func send(_ event: ReaderEvent) {
        state = services.dispatch(state, event)
    }

    mutating func send(_ action: Action) {
        send(.action(action))
    }

    /// The first screen, as the session starts it: the last session's article, else the selected one.
    mutating func showFirstScreen() {
        let (selected, focus) = sync.selectLastOpen(state)
        state = selected
        send(.showFirstArticle(focus: focus))
    }

    /// A finished feed refresh, taken in as the session takes it.
    mutating func refreshed(_ results: [FeedRefreshResult]) {
        for event in sync.feedsRefreshed(state, results: results) { send(event) }
    }
}
