import Foundation
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
    /// Every note in the library (`OverlayState.notesBrowser`).
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

/// Everything the screen shows, as a value, made of the parts each concern owns. The reducer makes
/// new states; views only read them.
public struct ReaderState: Equatable, Sendable {
    /// The article list: filters, order, marks, selection and the rows as shown.
    public var list: ListState
    /// The open article and what is done in it.
    public var reading = ReadingState()
    /// The right-hand pane: entities or notes.
    public var side = SidePaneState()
    /// Overlays, the prompt and the notes browser.
    public var overlays = OverlayState()
    /// What the config file sets.
    public var settings = Settings()
    /// Bodies of articles already in memory (tests, benchmarks): these open without a load.
    public let articlesInMemory: [ArticleID: Article]
    /// Full-text search, the entity index and notes across articles are there (a library, or the
    /// opened files once imported); without it the list's search sees titles only.
    public var libraryIndexed = false
    /// True while the opened files are still being imported: until then the list's search sees
    /// only titles.
    public var libraryImportRunning = false
    public var focus: Pane = .list
    public var size: Size
    public var statusMessage: String?
    /// Work going on in the background (an import, entities being found), shown in the status
    /// line after the message.
    public var backgroundActivity: String?
    /// How far finding entities across the library is while it runs: until then, which articles
    /// mention an entity is known only for those done.
    public var entitySearchProgress: EntitySearchProgress?
    /// Recognised entities per article, filled in as recognition finishes.
    public var entities: [ArticleID: ArticleEntities] = [:]
    /// Why entities cannot be shown, when recognition is unavailable.
    public var entityProblem: String?
    public var keys = KeySequenceResolver()
    /// What the list's dates are relative to ("14:05" today); the session sets it, nil shows ISO days.
    public var clock: WallClock?
    /// The time of the event being reduced, for highlights made or changed by it; the session sets
    /// it before each event, so the reducer never reads the clock.
    public var now = Date(timeIntervalSince1970: 0)
    /// The identifier the next new highlight gets; the session sets a fresh one before each event.
    public var nextHighlightID = UUID().uuidString.lowercased()
    public var shouldQuit = false
    /// Effects asked for while one event is reduced; `Reducer.reduce` hands them out and empties it.
    var outbox: [Effect] = []
    /// Wrapped rows of the open article, shared between successive states.
    public let layouts = LayoutMemo()

    public init(index: ArticleIndex, size: Size, articlesInMemory: [ArticleID: Article] = [:]) {
        list = ListState(index: index)
        self.articlesInMemory = articlesInMemory
        self.size = size
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

    /// The list as shown.
    public var articles: ArticleList { list.articles }

    public var selectedIndex: Int {
        get { list.selectedIndex }
        set { list.selectedIndex = newValue }
    }

    /// The open article.
    public var openArticle: Article? {
        get { reading.openArticle }
        set { reading.openArticle = newValue }
    }

    public var textAnchor: ScrollAnchor {
        get { reading.textAnchor }
        set { reading.textAnchor = newValue }
    }

    /// Highlights of the open article, in text order (orphaned ones last).
    public var highlights: [Highlight] {
        get { reading.highlights }
        set { reading.highlights = newValue }
    }

    /// Where the open article is in the list, if it is listed.
    public var openIndex: Int? {
        guard let id = openArticle?.id else { return nil }
        return articles.index(of: id)
    }

    /// The layout of the open article at the text pane's current column width.
    public func openLayout() -> ArticleLayout? {
        openLayout(in: ScreenLayout(state: self))
    }

    /// The layout of the open article for a screen layout already worked out for this state.
    public func openLayout(in screen: ScreenLayout) -> ArticleLayout? {
        guard let article = openArticle else { return nil }
        return layouts.layout(
            for: article, width: screen.textColumn.width, tableWidth: screen.textPane.width - 2, borders: settings.tableBorders)
    }

    /// The key scope for the current focus and overlay.
    public var keyScope: KeyScope {
        switch overlays.overlay {
        case .help: return .help
        case .allNotes: return .allNotes
        case nil: break
        }
        if reading.visual != nil && focus == .text { return .visual }
        switch focus {
        case .list: return .list
        case .text: return .text
        case .entities: return side.tab == .notes ? .notes : .entities
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
