import ReaderCore

extension ReducerDriver {
    /// The reader over a library in-process: bodies and list rows read from SQLite as the session
    /// reads them, nothing written (benchmarks, tests).
    public static func library(_ store: LibraryStore) -> ReducerDriver {
        ReducerDriver(source: LibraryArticleSource(store: store), catalog: LibraryCatalog(store: store))
    }
}
