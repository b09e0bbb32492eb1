import ReaderEntities
import ReaderDocument

/// A pane of the reader's screen.
public enum Pane: String, Hashable, Sendable, CaseIterable {
    case list, text, entities

    public var title: String {
        switch self {
        case .list: return "Articles"
        case .text: return "Article"
        case .entities: return "Entities"
        }
    }
}

/// Something drawn over the panes.
public enum Overlay: Hashable, Sendable {
    /// The help screen, scrolled down by `scroll` lines.
    case help(scroll: Int)
    /// Every note in the library (`ReaderState.notesBrowser`).
    case allNotes
}

/// What the right-hand pane shows.
public enum SideTab: String, Hashable, Sendable {
    case entities, notes
}

/// How far finding entities across the library is: articles done of all.
public struct EntitySearchProgress: Hashable, Sendable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}

/// Everything the screen shows, as a value. The reducer makes new states; views only read them.
public struct ReaderState {
    /// Every article the reader knows: its order and the list entries read so far.
    public var index: ArticleIndex {
        didSet {
            // Entries read for the rows shown leave the list as it is; a new order lists again.
            if oldValue.order(listSort) == index.order(listSort) {
                articles.summaries = index.summaries
            } else {
                articles = ArticleListing.visible(self)
            }
        }
    }
    /// Bodies of articles already in memory (tests, benchmarks): these open without a load.
    public let articlesInMemory: [ArticleID: Article]
    /// Full-text search, the entity index and notes across articles are there (a library, or the
    /// opened files once imported); without it the list's search sees titles only.
    public var libraryIndexed = false
    /// The list as shown: the catalog filtered, searched and sorted (see `ArticleListing`).
    public private(set) var articles: ArticleList {
        // A list that shrinks under the selection (the open article marked read while only unread
        // ones are listed) must not leave the selection past its end.
        didSet {
            selectedIndex = min(selectedIndex, max(0, articles.count - 1))
            listTop = min(listTop, selectedIndex)
        }
    }
    public var listFilter: LibraryListQuery.Filter = .all {
        didSet { articles = ArticleListing.visible(self) }
    }
    public var listSort: LibraryListQuery.Sort = .date {
        didSet {
            // An order that cannot be worked out here is asked for (`ListRowRequests`).
            _ = index.prepareOrder(listSort)
            articles = ArticleListing.visible(self)
        }
    }
    /// Library search results, best first; nil when the list is not a search.
    public var searchResults: [ArticleID]? {
        didSet { articles = ArticleListing.visible(self) }
    }
    /// How many articles the search matched in all, when the list shows only the best of them.
    public var searchTotal: Int?
    /// Only articles that mention an entity, when set (from the entity pane).
    public var entityFilter: (name: String, articles: Set<ArticleID>)? {
        didSet { articles = ArticleListing.visible(self) }
    }
    /// The open article.
    public var openArticle: Article?
    public var selectedIndex: Int = 0
    /// First list row shown; kept so the selection moves without the list jumping.
    public var listTop: Int = 0
    /// Where the open article is in the list, if it is listed.
    public var openIndex: Int? {
        guard let id = openArticle?.id else { return nil }
        return articles.index(of: id)
    }
    public var textAnchor: ScrollAnchor = .top
    public var focus: Pane = .list
    public var showEntityPane = false
    public var overlay: Overlay?
    public var statusMessage: String?
    /// Work going on in the background (an import, entities being found), shown in the status
    /// line after the message.
    public var backgroundActivity: String?
    /// How far finding entities across the library is while it runs: until then, which articles
    /// mention an entity is known only for those done.
    public var entitySearchProgress: EntitySearchProgress?
    public var size: Size
    public var readArticles: Set<ArticleID> = [] {
        didSet { if listFilter == .unread { articles = ArticleListing.visible(self) } }
    }
    public var starredArticles: Set<ArticleID> = [] {
        didSet { if listFilter == .starred { articles = ArticleListing.visible(self) } }
    }
    /// Recognised entities per article, filled in as recognition finishes.
    public var entities: [ArticleID: ArticleEntities] = [:]
    /// Why entities cannot be shown, when recognition is unavailable.
    public var entityProblem: String?
    public var hiddenCategories: Set<EntityCategory> = Set(EntityCategory.allCases).subtracting(EntityCategory.highlightedByDefault)
    /// The selected alias group in the entity pane (an index into `entityGroupsInPaneOrder`).
    public var entitySelection = 0
    public var entityListTop = 0
    /// The alias group whose mentions are marked in the text.
    public var markedEntity: EntityGroup?
    /// Which mention of the marked group was shown last.
    public var markedMention = 0
    /// The prompt being typed in, if any; keys go to it.
    public var prompt: Prompt?
    /// Words to mark in the open article (a search), their places, and which was shown last (the
    /// current match; none yet when the matches come from a library search).
    public var findQuery: String?
    /// True while the opened files are still being imported: until then the list's search sees
    /// only titles.
    public var libraryImportRunning = false
    /// A list search made while only titles could be searched, which `n` repeats over the full
    /// text once the import has finished.
    public var titleOnlySearch: String?
    public var findMatches: [Range<Int>] = []
    public var findIndex: Int?
    /// Highlights of the open article, in text order (orphaned ones last).
    public var highlights: [Highlight] = []
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
    public var sideTab: SideTab = .entities
    public var noteSelection = 0
    public var noteListTop = 0
    /// Every note in the library, while that view is open.
    public var notesBrowser: NotesBrowser?
    /// Where a mouse button went down in the text, until it comes up.
    public var pressedOffset: Int?
    /// A highlight to scroll to once the opening article's highlights are loaded.
    public var pendingHighlightJump: String?
    public var stamper: HighlightStamper = .system
    /// Effects asked for while one event is reduced; `Reducer.reduce` hands them out and empties it.
    var outbox: [Effect] = []
    public var keys = KeySequenceResolver()
    public var keymap: Keymap = .standard
    /// Colours from the config file.
    public var theme: Theme = .standard
    /// Pane widths and the text column's width, from the config file.
    public var paneWidths: PaneWidths = .standard
    /// Box-drawing or ASCII table borders (the config's `table-borders`, else the locale's).
    public var tableBorders: TableBorders = .unicode
    /// What the list's dates are relative to ("14:05" today); the session sets it, nil shows ISO days.
    public var clock: WallClock?
    /// When an article counts as read.
    public var readRule: ReadRule = .atEnd
    /// Whether page-down (Space) at the end of an article opens the next one.
    public var nextArticleAtEnd = true
    /// Whether the terminal reports the mouse to us (the help lists mouse actions then).
    public var mouseEnabled = true
    public var shouldQuit = false
    /// Wrapped rows of the open article, shared between successive states.
    public let layouts = LayoutCache()

    public init(index: ArticleIndex, size: Size, articlesInMemory: [ArticleID: Article] = [:]) {
        self.index = index
        self.articlesInMemory = articlesInMemory
        self.size = size
        articles = ArticleList(ids: [], index: index)
        articles = ArticleListing.visible(self)
    }

    /// A state over list entries in memory, whose bodies are loaded when opened (files).
    public init(summaries: [ArticleSummary], size: Size) {
        self.init(index: ArticleIndex(summaries: summaries), size: size)
    }

    /// A state over articles already in memory.
    public init(articles: [Article], size: Size) {
        self.init(
            index: ArticleIndex(summaries: articles.map(ArticleSummary.init)), size: size,
            articlesInMemory: Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The layout of the open article at the text pane's current column width.
    public func openLayout() -> ArticleLayout? {
        guard let article = openArticle else { return nil }
        let screen = ScreenLayout(state: self)
        return layouts.layout(for: article, width: screen.textColumn.width, tableWidth: screen.textPane.width - 2, borders: tableBorders)
    }

    /// The key scope for the current focus and overlay.
    public var keyScope: KeyScope {
        switch overlay {
        case .help: return .help
        case .allNotes: return .allNotes
        case nil: break
        }
        if visual != nil && focus == .text { return .visual }
        switch focus {
        case .list: return .list
        case .text: return .text
        case .entities: return sideTab == .notes ? .notes : .entities
        }
    }

    /// Entities of the open article, once recognised.
    public var openEntities: ArticleEntities? {
        openArticle.flatMap { entities[$0.id] }
    }

    /// Alias groups in the order the entity pane lists them: by category, most mentioned first.
    public var entityGroupsInPaneOrder: [EntityGroup] {
        guard let entities = openEntities else { return [] }
        return EntityCategory.allCases.flatMap { entities.groups(in: $0) }
    }
}

/// Holds the layout and the text units of the article being read; a new article replaces them.
public final class LayoutCache {
    private var current: ArticleLayout?
    private var currentUnits: (id: ArticleID, units: TextUnits)?

    public init() {}

    /// Words, sentences and paragraphs of the article, built once rather than on every caret move.
    public func units(for article: Article) -> TextUnits {
        if let currentUnits, currentUnits.id == article.id, currentUnits.units.scalars.count == article.plainTextLength {
            return currentUnits.units
        }
        let units = TextUnits(article)
        currentUnits = (article.id, units)
        return units
    }

    /// Drops what was built for the article being read: its text changed under the same id.
    public func forget() {
        current = nil
        currentUnits = nil
    }

    public func layout(for article: Article, width: Int, tableWidth: Int? = nil, borders: TableBorders = .unicode) -> ArticleLayout {
        if let current, current.article.id == article.id, current.tableBorders == borders {
            current.setWidth(width, tableWidth: tableWidth)
            return current
        }
        let layout = ArticleLayout(article: article, width: width, tableWidth: tableWidth, tableBorders: borders)
        current = layout
        return layout
    }
}
