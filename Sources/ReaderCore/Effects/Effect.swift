import ReaderEntities
import ReaderDocument

/// Something the reducer cannot do itself: it only asks, the session does it and, where there is
/// an answer, feeds it back as a `ReaderEvent`.
public enum Effect: Equatable, Sendable {
    /// Read an article's body; answered by `.articleLoaded` or `.articleNotLoaded`.
    case loadArticle(ArticleSummary, ArticleOpening)
    /// Read the whole of an article shown from its beginning; answered by `.articleCompleted` or
    /// `.articleRestNotRead` (the session reads it on a thread, so the answer comes later).
    case readRestOfArticle(ArticleSummary)
    /// Play input again that waited for the whole article; answered by those `.input` events.
    case replayInput([InputEvent])
    /// Read an article's stored highlights; answered by `.highlightsLoaded`.
    case loadHighlights(ArticleID)
    /// Find an article's entities, stored or by recognition; answered by `.entitiesRecognised`
    /// (at once when stored, later when recognised) or `.entitiesUnavailable`.
    case findEntities(Article)
    /// Search the library's full text; answered by `.searchFinished` or `.storeFailed`.
    case searchLibrary(String)
    /// Which articles mention an entity; answered by `.mentionsFound` or `.storeFailed`.
    case findMentions(name: String, label: EntityLabel)
    /// Every note in the library matching a search (nil: all); answered by `.notesLoaded`.
    case loadNotes(query: String?)
    /// List entries for rows about to be shown; answered by `.listRowsFetched`.
    case fetchListRows([ArticleID])
    /// The list in an order not read yet; answered by `.listOrderLoaded`.
    case loadListOrder(LibraryListQuery.Sort)
    case saveHighlight(Highlight)
    case deleteHighlight(id: String)
    /// An article's read and starred marks changed.
    case saveMarks(ArticleID, read: Bool, starred: Bool)
    /// Where the open article is scrolled to; `final` when leaving it or quitting (the session may
    /// write scroll positions less often than they change, but never drops a final one).
    case savePosition(ArticleID, ScrollAnchor, read: Bool, starred: Bool, final: Bool)
    /// The user opened an article: it is the one to show first next time.
    case recordOpened(ArticleID)
    /// The pane with the focus and the list's order, kept for the next start.
    case saveFocus(Pane)
    case saveSideTab(SideTab)
    case saveListSort(LibraryListQuery.Sort)
    /// Open a link (already checked by `LinkPolicy`) with the user's browser.
    case openURL(String)
    case refreshFeeds
    /// Fetch the page an open feed item links to (or a web article's page again) in the
    /// background; answered by `.fullTextFetched` or `.fullTextNotFetched`.
    case fetchFullText(ArticleID)
    /// Edit a highlight's note in $VISUAL or $EDITOR; answered by `.noteEdited`.
    case editNote(highlightID: String, text: String)
    /// Read an article's own note and tags; answered by `.articleAnnotationLoaded`.
    case loadArticleAnnotation(ArticleID, sourcePath: String)
    /// Keep an article's note and tags (none: forget them).
    case saveArticleAnnotation(ArticleAnnotation)
    /// Every tag in use, for completion; answered by `.tagsLoaded`.
    case loadTags
    /// Which articles carry a tag; answered by `.taggedFound` or `.storeFailed`.
    case findTagged(String)
    /// Edit an article's note in $VISUAL or $EDITOR; answered by `.articleNoteEdited`.
    case editArticleNote(ArticleTarget, text: String)
}

/// Why an article is being opened, so that the answer finishes the job the key started.
public struct ArticleOpening: Hashable, Sendable {
    /// Keep the focus where it is (J and K from the list), else the text pane takes it.
    public var keepFocus = false
    /// Count it as opened by the user: marked read under the on-open rule, remembered for next time.
    public var byUser = true
    /// Leave the focus exactly where it is (the first screen shows an article beside the list)…
    public var leavesFocus = false
    /// …or put it on this pane, when it is shown (the pane focused when the reader last quit).
    public var restoredFocus: Pane?
    /// A highlight to scroll to once the article's highlights are loaded.
    public var highlightJump: String?

    public init(
        keepFocus: Bool = false, leavesFocus: Bool = false, restoredFocus: Pane? = nil, byUser: Bool = true, highlightJump: String? = nil
    ) {
        self.keepFocus = keepFocus
        self.leavesFocus = leavesFocus
        self.restoredFocus = restoredFocus
        self.byUser = byUser
        self.highlightJump = highlightJump
    }
}
