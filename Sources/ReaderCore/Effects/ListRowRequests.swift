import ReaderDocument

/// Entries the list is about to show that the state has not got yet.
enum ListRowRequests {
    /// Rows read around the screen's, so that paging on rarely waits.
    static let ahead = 128
    static let behind = 32

    /// The reads the list needs, each asked for once (the state remembers what it asked).
    static func ask(_ state: inout ReaderState) -> [Effect] {
        if state.list.index.order(state.list.sort) == nil {
            return state.list.ask(forOrder: state.list.sort) ? [.loadListOrder(state.list.sort)] : []
        }
        guard !state.list.index.isComplete, !state.articles.isEmpty else { return [] }
        let ids = state.articles.ids
        let rows = ScreenLayout(state: state).listRows
        let asked = state.list.ask(forRows: ids[max(0, state.list.top - behind)..<min(ids.count, state.list.top + rows + ahead)])
        return asked.isEmpty ? [] : [.fetchListRows(asked)]
    }
}
