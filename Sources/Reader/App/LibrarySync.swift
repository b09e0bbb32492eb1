import Foundation
import ReaderText
import ReaderEntities
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Keeps the library in step with the reader: read and starred marks, reading positions, the last
/// open article and pane, and entities found after import. Each change is written at once.
final class LibrarySync {
    let store: LibraryStore
    private var lastSavedAnchor: (ArticleID, ScrollAnchor)?
    private var lastAnchorSave = Date.distantPast
    private(set) var problem: String?
    /// Files opened directly whose marks or position could not be saved yet: their import was
    /// still running. Saved when it finishes.
    private var unsaved: Set<ArticleID> = []

    init(store: LibraryStore) {
        self.store = store
    }

    /// The library row of an article: a library article's own, or the one imported from its file.
    func row(of id: ArticleID) -> Int64? {
        LibraryStore.rowID(of: id) ?? store.rowID(filePath: id.rawValue)
    }

    /// Read and starred marks stored for files opened directly.
    func restoreMarks(_ state: ReaderState) -> ReaderState {
        guard let marks = try? store.marksBySourcePath() else { return state }
        var state = state
        state.readArticles = Set(state.articles.ids.filter { marks.read.contains($0.rawValue) })
        state.starredArticles = Set(state.articles.ids.filter { marks.starred.contains($0.rawValue) })
        return state
    }

    /// Highlight changes made before their article's file was imported.
    private var unsavedHighlights: [AnnotationWrite] = []

    /// The stored highlights of an article.
    func highlights(of id: ArticleID) -> [Highlight] {
        guard let row = row(of: id) else { return [] }
        return (try? store.highlights(article: row)) ?? []
    }

    /// Writes highlight changes in order, each committed at once.
    func save(_ writes: [AnnotationWrite], in state: ReaderState) -> ReaderState {
        var state = state
        do {
            for (index, write) in writes.enumerated() {
                switch write {
                case .save(let highlight):
                    let articleID = highlight.articleID ?? ArticleID(highlight.sourcePath)
                    guard let row = row(of: articleID) else {
                        unsavedHighlights += writes[index...]
                        return state
                    }
                    let title = state.openArticle?.id == articleID ? state.openArticle?.title : (try? store.article(row))??.title
                    try store.saveHighlight(highlight, rowID: row, articleTitle: title ?? "")
                case .delete(let id):
                    try store.deleteHighlight(id)
                }
            }
        } catch {
            state.statusMessage = notSavedMessage(error, articles: state.openArticle.map { [$0] } ?? [])
        }
        return state
    }

    /// Saves what could not be saved before the files were imported.
    func importFinished(_ state: ReaderState) -> ReaderState {
        var state = state
        let highlightWrites = unsavedHighlights
        unsavedHighlights = []
        state = save(highlightWrites, in: state)
        let waiting = unsaved
        unsaved = []
        do {
            for id in waiting {
                if id == state.openArticle?.id {
                    try saveAnchor(id, state.textAnchor, in: state)
                } else {
                    try saveMarks(id, in: state)
                }
            }
        } catch {
            state.statusMessage = "Not saved: \(error)"
        }
        return state
    }

    /// The list read again from the library (after a feed refresh), keeping selection and marks.
    /// Files opened directly keep their own list.
    func reloadList(_ state: ReaderState) -> ReaderState {
        guard state.catalog is LibraryCatalog, let marks = try? store.marks() else { return state }
        var state = state
        let selected = state.articles.ids.indices.contains(state.selectedIndex) ? state.articles.ids[state.selectedIndex] : nil
        state.catalog = LibraryCatalog(store: store)
        state.readArticles = marks.read
        state.starredArticles = marks.starred
        if let selected, let index = state.articles.index(of: selected) {
            state.selectedIndex = index
        } else {
            state.selectedIndex = min(state.selectedIndex, max(0, state.articles.count - 1))
        }
        return Reducer.reduce(state, event: .resize(state.size))
    }

    /// After a feed refresh: the list read again, and the open article too when the refresh changed
    /// it (shown in place, the same words at the top); the status line says what changed.
    func feedsRefreshed(_ state: ReaderState, results: [FeedRefreshResult]) -> ReaderState {
        var state = reloadList(state)
        let report = FeedRefreshReport(results)
        var message = "Feeds refreshed: \(report.counts)"
        if report.updated > 0, let open = state.openArticle, let row = LibraryStore.rowID(of: open.id),
           let stored = try? store.article(row), stored != open {
            state = Reducer.articleRefreshed(state, article: stored)
            message += " · this article was updated"
        }
        if let failure = report.firstFailure { message += " · \(report.failed) failed: \(failure)" }
        state.statusMessage = message
        return state
    }

    /// The list's sort order as it was when the reader last quit.
    func restoreListSort(_ state: ReaderState) -> ReaderState {
        guard let stored = store.appState(Self.listSortKey).flatMap(LibraryListQuery.Sort.init(rawValue:)) else { return state }
        var state = state
        state.listSort = stored
        return state
    }

    static let listSortKey = "listSort"

    /// Shows the article that was open when the reader last quit, when the list has it, at its
    /// position and with its pane; not marked read, as nobody chose it yet.
    func restoreLastSession(_ state: ReaderState) -> ReaderState {
        guard state.openArticle == nil, let last = store.appState("openArticle"),
              let index = listIndex(ofStored: ArticleID(last), in: state) else { return state }
        var state = state
        state.selectedIndex = index
        let focus = store.appState("focus").flatMap(Pane.init(rawValue:))
        state = Reducer.showSelectedIfNothingOpen(state)
        guard state.openArticle != nil else { return state }
        state = restoreAnchor(state)
        if let focus, ScreenLayout(state: state).focusablePanes.contains(focus) { state.focus = focus }
        return state
    }

    /// Where the list has a stored article: the last open one is stored under its library id, and
    /// a folder lists it by its file (and a file not yet imported was stored by its path).
    private func listIndex(ofStored id: ArticleID, in state: ReaderState) -> Int? {
        if let index = state.articles.index(of: id) { return index }
        if let row = LibraryStore.rowID(of: id) {
            return store.sourcePath(row: row).flatMap { state.articles.index(of: ArticleID($0)) }
        }
        return store.rowID(sourcePath: id.rawValue).flatMap { state.articles.index(of: LibraryStore.articleID($0)) }
    }

    /// The stored reading position of the open article, if any.
    func restoreAnchor(_ state: ReaderState) -> ReaderState {
        guard let article = state.openArticle, let row = row(of: article.id),
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
                    try store.setAppState("openArticle", row(of: opened.id).map { LibraryStore.articleID($0).rawValue } ?? opened.id.rawValue)
                }
            } else if let open = new.openArticle, lastSavedAnchor.map({ $0 != (open.id, new.textAnchor) }) ?? true,
                      final || Date().timeIntervalSince(lastAnchorSave) >= 1 {
                // Scrolling saves at most once a second; leaving the article or quitting always saves.
                try saveAnchor(open.id, new.textAnchor, in: new)
            }
            if old.focus != new.focus || final { try store.setAppState("focus", new.focus.rawValue) }
            if old.listSort != new.listSort { try store.setAppState(Self.listSortKey, new.listSort.rawValue) }
        } catch {
            problem = "\(error)"
            new.statusMessage = notSavedMessage(error, articles: [old.openArticle, new.openArticle].compactMap { $0 })
        }
        return new
    }

    /// What the status line says when a change could not be saved, the error logged: an article
    /// removed from the library by another command (`reader feed remove` in another shell) is
    /// named as such, not as the database's constraint that refused the write.
    func notSavedMessage(_ error: Error, articles: [Article]) -> String {
        ReaderLog.logger.error("not saved: \(error)")
        for article in articles {
            guard let row = row(of: article.id), let missing = try? store.article(row) == nil, missing else { continue }
            return "Not saved: \u{201C}\(TextSanitizer.sanitize(article.title, keepNewlines: false))\u{201D} is no longer in the library (removed elsewhere)"
        }
        return "Not saved: \(error)"
    }

    private func saveMarks(_ id: ArticleID, in state: ReaderState) throws {
        guard let row = row(of: id) else {
            unsaved.insert(id)
            return
        }
        var stored = try store.readingState(row)
        stored.isRead = state.readArticles.contains(id)
        stored.isStarred = state.starredArticles.contains(id)
        try store.saveReadingState(row, stored)
    }

    private func saveAnchor(_ id: ArticleID, _ anchor: ScrollAnchor, in state: ReaderState, opened: Bool = false) throws {
        guard let row = row(of: id) else {
            unsaved.insert(id)
            return
        }
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
        guard let row = row(of: id), let spans = try? store.entities(row) else { return nil }
        return ArticleEntities(spans: spans)
    }

    /// Stores the entities found in an article's text, unless the library's text changed since.
    func saveEntities(of article: Article, _ entities: ArticleEntities) {
        guard !store.isReadOnly, let row = row(of: article.id) else { return }
        _ = try? store.saveEntities(row, spans: entities.spans, foundIn: article)
    }
}
