import Foundation
import ReaderKit

/// Keeps the library in step with the reader: read and starred marks, reading positions, the last
/// open article and pane, and entities found after import. Each change is written at once.
final class LibrarySync {
    let store: LibraryStore
    private var lastSavedAnchor: (ArticleID, ScrollAnchor)?
    private var lastAnchorSave = Date.distantPast
    private(set) var problem: String?

    init(store: LibraryStore) {
        self.store = store
    }

    /// The reader's starting state from the library: its articles and marks, and the article and
    /// pane that were open last time.
    func initialState(size: Size) throws -> ReaderState {
        let entries = try store.entries()
        var state = ReaderState(summaries: entries.map(\.summary), source: LibraryArticleSource(store: store), size: size)
        state.readArticles = Set(entries.filter(\.isRead).map(\.summary.id))
        state.starredArticles = Set(entries.filter(\.isStarred).map(\.summary.id))
        if store.isReadOnly { state.statusMessage = LibraryError.readOnly(path: store.path).description }
        return state
    }

    /// The list read again from the library (after a feed refresh), keeping selection and marks.
    func reloadList(_ state: ReaderState) -> ReaderState {
        guard let entries = try? store.entries() else { return state }
        var state = state
        let selected = state.articles.indices.contains(state.selectedIndex) ? state.articles[state.selectedIndex].id : nil
        state.allArticles = entries.map(\.summary)
        state.readArticles = Set(entries.filter(\.isRead).map(\.summary.id))
        state.starredArticles = Set(entries.filter(\.isStarred).map(\.summary.id))
        if let selected, let index = state.articles.firstIndex(where: { $0.id == selected }) {
            state.selectedIndex = index
        } else {
            state.selectedIndex = min(state.selectedIndex, max(0, state.articles.count - 1))
        }
        return Reducer.reduce(state, event: .resize(state.size))
    }

    /// Opens the article that was open when the reader last quit, with its pane.
    func restoreLastSession(_ state: ReaderState) -> ReaderState {
        guard let last = store.appState("openArticle"), let index = state.articles.firstIndex(where: { $0.id.rawValue == last }) else {
            return state
        }
        var state = state
        state.selectedIndex = index
        let focus = store.appState("focus").flatMap(Pane.init(rawValue:))
        state = Reducer.reduce(state, action: .openSelected)
        state = restoreAnchor(state)
        if let focus, ScreenLayout(state: state).focusablePanes.contains(focus) { state.focus = focus }
        return state
    }

    /// The stored reading position of the open article, if any.
    func restoreAnchor(_ state: ReaderState) -> ReaderState {
        guard let article = state.openArticle, let row = LibraryStore.rowID(of: article.id),
              let anchor = try? store.readingState(row).anchor, anchor.block < article.blocks.count else { return state }
        var state = state
        state.textAnchor = anchor
        lastSavedAnchor = (article.id, anchor)
        return state
    }

    /// Writes what changed between two states; returns the new state with a restored position when
    /// an article was just opened.
    func persist(from old: ReaderState, to new: ReaderState, final: Bool = false) -> ReaderState {
        var new = new
        guard !store.isReadOnly else { return new }
        do {
            // One action adds or removes at most one mark, so a changed count finds every change
            // without comparing 100,000-entry sets on each keystroke.
            var changed = Set<ArticleID>()
            if old.readArticles.count != new.readArticles.count {
                changed.formUnion(old.readArticles.symmetricDifference(new.readArticles))
            }
            if old.starredArticles.count != new.starredArticles.count {
                changed.formUnion(old.starredArticles.symmetricDifference(new.starredArticles))
            }
            for id in changed { try saveMarks(id, in: new) }
            if old.openArticle?.id != new.openArticle?.id {
                if let previous = old.openArticle { try saveAnchor(previous.id, old.textAnchor, in: old) }
                if let opened = new.openArticle {
                    new = restoreAnchor(new)
                    try saveAnchor(opened.id, new.textAnchor, in: new, opened: true)
                    try store.setAppState("openArticle", opened.id.rawValue)
                }
            } else if let open = new.openArticle, lastSavedAnchor.map({ $0 != (open.id, new.textAnchor) }) ?? true,
                      final || Date().timeIntervalSince(lastAnchorSave) >= 1 {
                // Scrolling saves at most once a second; leaving the article or quitting always saves.
                try saveAnchor(open.id, new.textAnchor, in: new)
            }
            if old.focus != new.focus || final { try store.setAppState("focus", new.focus.rawValue) }
        } catch {
            problem = "\(error)"
            new.statusMessage = "Not saved: \(error)"
        }
        return new
    }

    private func saveMarks(_ id: ArticleID, in state: ReaderState) throws {
        guard let row = LibraryStore.rowID(of: id) else { return }
        var stored = try store.readingState(row)
        stored.isRead = state.readArticles.contains(id)
        stored.isStarred = state.starredArticles.contains(id)
        try store.saveReadingState(row, stored)
    }

    private func saveAnchor(_ id: ArticleID, _ anchor: ScrollAnchor, in state: ReaderState, opened: Bool = false) throws {
        guard let row = LibraryStore.rowID(of: id) else { return }
        var stored = try store.readingState(row)
        stored.anchor = anchor
        stored.isRead = state.readArticles.contains(id)
        stored.isStarred = state.starredArticles.contains(id)
        if opened { stored.lastOpened = Date() }
        try store.saveReadingState(row, stored)
        lastSavedAnchor = (id, anchor)
        lastAnchorSave = Date()
    }
}

extension LibrarySync {
    /// Stored entities of a library article, when the current recogniser made them.
    func storedEntities(_ id: ArticleID) -> ArticleEntities? {
        guard let row = LibraryStore.rowID(of: id), let spans = try? store.entities(row) else { return nil }
        return ArticleEntities(spans: spans)
    }

    func saveEntities(_ id: ArticleID, _ entities: ArticleEntities) {
        guard !store.isReadOnly, let row = LibraryStore.rowID(of: id) else { return }
        try? store.saveEntities(row, spans: entities.spans)
    }
}
