import ReaderEntities
import ReaderDocument

/// The open article and what is done in it: the scroll position, find matches, highlights, visual
/// mode and the marked entity.
public struct ReadingState: Equatable, Sendable {
    public var openArticle: Article?
    public var textAnchor: ScrollAnchor = .top
    /// Where the reader was before a resize pulled the anchor back to fill the pane: the next
    /// resize starts from here, so growing the window and shrinking it again keeps the place.
    public var anchorBeforeResize: ScrollAnchor?
    /// Words to mark in the open article (a search), their places, and which was shown last (the
    /// current match; none yet when the matches come from a library search).
    public var findQuery: String?
    public var findMatches: [Range<Int>] = []
    public var findIndex: Int?
    /// Highlights of the open article, in text order (orphaned ones last).
    public var highlights: [Highlight] = []
    /// The open article's own note and tags, once read (nil: none).
    public var articleAnnotation: ArticleAnnotation?
    /// The highlight `]` or `[` showed last.
    public var lastHighlightJump: HighlightJump?
    /// The colour new highlights get.
    public var highlightColor: HighlightColor = .yellow
    /// Visual mode in the text pane: a caret and, once started, a selection.
    public var visual: VisualSelection?
    /// The last deleted highlight, which `u` brings back.
    public var lastDeletedHighlight: Highlight?
    /// The article open when it was deleted: a library highlight names its library row, and a file
    /// opened directly is known by its path, so its own id would not match.
    public var lastDeletedFromArticle: ArticleID?
    /// The alias group whose mentions are marked in the text.
    public var markedEntity: EntityGroup?
    /// Which mention of the marked group was shown last.
    public var markedMention = 0
    /// Where a mouse button went down in the text, until it comes up.
    public var pressedOffset: Int?
    /// A highlight to scroll to once the opening article's highlights are loaded.
    public var pendingHighlightJump: String?
    /// While only the beginning of the open article is here: input that needs the rest (G, a
    /// search, scrolling to the beginning's end) and all input after it, played once it is read.
    public var inputAwaitingRest: [InputEvent] = []
    /// The stored reading position, when it lies beyond the beginning: taken once the rest is read.
    public var anchorAwaitingRest: ScrollAnchor?

    public init() {}
}
