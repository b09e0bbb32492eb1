import ReaderEntities
import ReaderDocument

/// Everything that changes the state: the terminal's input, and the answers to effects.
public enum ReaderEvent: Sendable {
    case input(InputEvent)
    /// An action by itself, as a key bound to it would give (startup, scripts, tests).
    case action(Action)
    /// The first screen: unless an article is open, the selected one is shown (not marked read, as
    /// nobody chose it yet), with the focus on `focus` when that pane is shown.
    case showFirstArticle(focus: Pane?)
    /// A terminating signal: what quitting saves is saved.
    case terminating
    /// An article's body, with the reading position stored for it (if any).
    case articleLoaded(Article, storedPosition: ScrollAnchor?, ArticleOpening)
    case articleNotLoaded(ArticleSummary, reason: String)
    /// The whole of an article shown from its beginning.
    case articleCompleted(Article)
    /// The rest of an article shown from its beginning could not be read: why.
    case articleRestNotRead(ArticleID, reason: String)
    case highlightsLoaded(ArticleID, [Highlight])
    case entitiesRecognised(ArticleID, ArticleEntities)
    /// Recognition cannot run (no model): why, for the entity pane.
    case entitiesUnavailable(String)
    /// Full-text search results, best first, and how many matched in all when more than listed.
    case searchFinished(query: String, results: [ArticleID], total: Int?)
    case mentionsFound(name: String, articles: Set<ArticleID>)
    case notesLoaded(query: String?, [LibraryHighlight])
    /// Entries for the rows asked for; those asked for and missing are gone from the library.
    case listRowsFetched(asked: [ArticleID], [ArticleSummary])
    case listOrderLoaded(LibraryListQuery.Sort, [ArticleID])
    case noteEdited(highlightID: String, text: String)
    case articleAnnotationLoaded(ArticleID, ArticleAnnotation?)
    case tagsLoaded([String])
    case taggedFound(tag: String, articles: Set<ArticleID>)
    case articleNoteEdited(ArticleTarget, text: String)
    /// The library could not do what was asked: the status line says so.
    case storeFailed(String)
    /// Something the session has to say in the status line (an import's report, a browser's exit).
    case notice(String)
    /// Work in the background, for the status line, and how far finding entities is.
    case backgroundProgress(activity: String?, entitySearch: EntitySearchProgress?)
    /// The opened files' import ended; `indexed` when they can now be searched in the library.
    case libraryImportFinished(indexed: Bool)
    /// The list read again (after a feed refresh), with the marks; `articlesChanged` when stored
    /// articles changed, so entities found in their old text are dropped.
    case listReloaded(ArticleIndex, read: Set<ArticleID>, starred: Set<ArticleID>, articlesChanged: Bool)
    /// The open article's text changed in the library (a feed refresh).
    case articleRefreshed(Article)
    /// The article as stored with its page's full text (or the page fetched again).
    case fullTextFetched(Article)
    case fullTextNotFetched(ArticleID, reason: String)
}
