import Foundation
import ReaderText
import ReaderEntities
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Keeps the library in step with the reader: read and starred marks, reading positions, the last
/// open article and pane, highlights, and entities found after import. Each change is written at
/// once, scroll positions at most once a second.
final class LibrarySync {
    let store: LibraryStore
    private var lastSavedPosition: (ArticleID, ScrollAnchor)?
    private var lastPositionSave = Date.distantPast
    /// Files opened directly whose marks or position could not be saved yet: their import was
    /// still running. Saved when it finishes.
    private var unsaved: Set<ArticleID> = []
    /// Highlight changes made before their article's file was imported.
    private var unsavedHighlights: [AnnotationWrite] = []

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
        state.list.setMarks(
            read: Set(state.articles.ids.filter { marks.read.contains($0.rawValue) }),
            starred: Set(state.articles.ids.filter { marks.starred.contains($0.rawValue) }))
        return state
    }

    /// The list's sort order as it was when the reader last quit.
    func restoreListSort(_ state: ReaderState) -> ReaderState {
        guard let stored = store.appState(Self.listSortKey).flatMap(LibraryListQuery.Sort.init(rawValue:)) else { return state }
        var state = state
        state.list.setSort(stored)
        return state
    }

    static let listSortKey = "listSort"

    /// The side pane's tab (entities or notes) as it was when the reader last quit.
    func restoreSideTab(_ state: ReaderState) -> ReaderState {
        guard let stored = store.appState(Self.sideTabKey).flatMap(SideTab.init(rawValue:)) else { return state }
        var state = state
        state.side.tab = stored
        return state
    }

    /// Selects the article that was open when the reader last quit, when the list has it, and
    /// says which pane had the focus; the session then shows it (`ReaderEvent.showFirstArticle`).
    func selectLastOpen(_ state: ReaderState) -> (state: ReaderState, focus: Pane?) {
        guard let last = store.appState("openArticle"), let index = listIndex(ofStored: ArticleID(last), in: state) else {
            return (state, nil)
        }
        var state = state
        state.selectedIndex = index
        return (state, store.appState("focus").flatMap(Pane.init(rawValue:)))
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

    /// The stored reading position of an article, if any.
    func storedPosition(_ id: ArticleID) -> ScrollAnchor? {
        guard let row = row(of: id), let anchor = try? store.readingState(row).anchor else { return nil }
        lastSavedPosition = (id, anchor)
        return anchor
    }

    /// The stored highlights of an article.
    func highlights(of id: ArticleID) throws -> [Highlight] {
        guard let row = row(of: id) else { return [] }
        return try store.highlights(article: row)
    }

    /// Writes a highlight change; one for a file whose import is still running waits for it.
    func write(_ change: AnnotationWrite, openArticle: Article?) throws {
        switch change {
        case .save(let highlight):
            let articleID = highlight.articleID ?? ArticleID(highlight.sourcePath)
            guard let row = row(of: articleID) else {
                unsavedHighlights.append(change)
                return
            }
            let title = openArticle?.id == articleID ? openArticle?.title : (try? store.article(row))??.title
            try store.saveHighlight(highlight, rowID: row, articleTitle: title ?? "")
        case .delete(let id):
            guard unsavedHighlights.isEmpty else {
                unsavedHighlights.append(change)
                return
            }
            try store.deleteHighlight(id)
        }
    }

    /// Saves what could not be saved before the files were imported; a message when that failed.
    func importFinished(_ state: ReaderState) -> String? {
        let highlightWrites = unsavedHighlights
        unsavedHighlights = []
        let waiting = unsaved
        unsaved = []
        do {
            for write in highlightWrites { try self.write(write, openArticle: state.openArticle) }
            for id in waiting {
                let read = state.list.readArticles.contains(id), starred = state.list.starredArticles.contains(id)
                if id == state.openArticle?.id {
                    try savePosition(id, state.textAnchor, read: read, starred: starred, final: true)
                } else {
                    try saveMarks(id, read: read, starred: starred)
                }
            }
        } catch {
            return notSavedMessage(error, articles: state.openArticle.map { [$0] } ?? [])
        }
        return nil
    }

    /// After a feed refresh: the list read again, and the open article too when the refresh changed
    /// it (shown in place, the same words at the top); the status line says what changed. Files
    /// opened directly keep their own list.
    func feedsRefreshed(_ state: ReaderState, results: [FeedRefreshResult]) -> [ReaderEvent] {
        let report = FeedRefreshReport(results)
        var events: [ReaderEvent] = []
        var message = "Feeds refreshed: \(report.counts)"
        do {
            if let reload = try listReload(state, articlesChanged: report.updated > 0) { events.append(reload) }
        } catch {
            message += " · the list could not be read again: \(error)"
        }
        if report.updated > 0, let open = state.openArticle, let row = LibraryStore.rowID(of: open.id),
           let stored = try? store.article(row), stored != open {
            events.append(.articleRefreshed(stored))
            message += " · this article was updated"
        }
        if let failure = report.firstFailure { message += " · \(report.failed) failed: \(failure)" }
        return events + [.notice(message)]
    }

    /// The library's list read again with its marks, when the reader lists the library.
    func listReload(_ state: ReaderState, articlesChanged: Bool) throws -> ReaderEvent? {
        guard state.libraryIndexed, !state.list.index.isComplete else { return nil }
        let marks = try store.marks()
        let index = ArticleIndex(dateOrder: try LibraryCatalog(store: store).orderedIDs(.date))
        return .listReloaded(index, read: marks.read, starred: marks.starred, articlesChanged: articlesChanged)
    }

    func saveMarks(_ id: ArticleID, read: Bool, starred: Bool) throws {
        // Marks are what the user just chose, so a read-only library says it does not keep them.
        if store.isReadOnly { throw LibraryError.readOnly(path: store.path) }
        _ = try updateReadingState(of: id) { stored in
            stored.isRead = read
            stored.isStarred = starred
        }
    }

    /// Changes an article's stored reading state; false when it has no library row yet (its
    /// import is still running), and it is saved when the import finishes.
    private func updateReadingState(of id: ArticleID, _ change: (inout StoredReadingState) -> Void) throws -> Bool {
        guard !store.isReadOnly else { return false }
        guard let row = row(of: id) else {
            unsaved.insert(id)
            return false
        }
        var stored = try store.readingState(row)
        change(&stored)
        try store.saveReadingState(row, stored)
        return true
    }

    /// Saves where an article is scrolled to: scrolling at most once a second, leaving the article
    /// or quitting (`final`) always.
    func savePosition(_ id: ArticleID, _ anchor: ScrollAnchor, read: Bool, starred: Bool, final: Bool) throws {
        if let last = lastSavedPosition, last == (id, anchor) { return }
        guard final || Date().timeIntervalSince(lastPositionSave) >= 1 else { return }
        let saved = try updateReadingState(of: id) { stored in
            stored.anchor = anchor
            stored.isRead = read
            stored.isStarred = starred
        }
        guard saved else { return }
        lastSavedPosition = (id, anchor)
        lastPositionSave = Date()
    }

    /// The user opened an article: stamped as opened, and the one to show first next time.
    func recordOpened(_ id: ArticleID) throws {
        guard !store.isReadOnly else { return }
        // A file not imported yet is stored by its path, which the next start finds it by.
        _ = try updateReadingState(of: id) { $0.lastOpened = Date() }
        try store.setAppState("openArticle", row(of: id).map { LibraryStore.articleID($0).rawValue } ?? id.rawValue)
    }

    func saveSideTab(_ tab: SideTab) throws {
        guard !store.isReadOnly else { return }
        try store.setAppState(Self.sideTabKey, tab.rawValue)
    }

    static let sideTabKey = "sideTab"

    func saveFocus(_ pane: Pane) throws {
        guard !store.isReadOnly else { return }
        try store.setAppState("focus", pane.rawValue)
    }

    func saveListSort(_ sort: LibraryListQuery.Sort) throws {
        if store.isReadOnly { throw LibraryError.readOnly(path: store.path) }
        try store.setAppState(Self.listSortKey, sort.rawValue)
    }

    /// What the status line says when a change could not be saved, the error logged: an article
    /// removed from the library by another command (`reader feed remove` in another shell) is
    /// named as such, not as the database's constraint that refused the write.
    func notSavedMessage(_ error: Error, articles: [Article]) -> String {
        ReaderLog.logger.error("not saved: \(error)")
        if case LibraryError.readOnly = error { return "Not saved: the library is read-only" }
        for article in articles {
            guard let row = row(of: article.id), let missing = try? store.article(row) == nil, missing else { continue }
            return "Not saved: \u{201C}\(TextSanitizer.sanitize(article.title, keepNewlines: false))\u{201D} is no longer in the library (removed elsewhere)"
        }
        return "Not saved: \(error)"
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
