@testable import ReaderCore
@testable import ReaderLibrary

extension ReducerDriver {
    /// The reader over a library: bodies and list rows read from SQLite as the session reads them.
    static func library(_ store: LibraryStore) -> ReducerDriver {
        ReducerDriver(source: LibraryArticleSource(store: store), catalog: LibraryCatalog(store: store))
    }

    /// The state after one action and the reads it asked for.
    func after(_ state: ReaderState, _ action: Action) -> ReaderState {
        run(state, .action(action)).state
    }
}
