import ReaderEntities
import ReaderDocument

/// Everything the config file can set, with the defaults for what it leaves out.
public struct ReaderConfig: Sendable {
    /// Key bindings after the config's `[keys.*]` tables are applied to the standard ones.
    public var keymap: Keymap = .standard
    public var theme: Theme = .standard
    /// Entity categories highlighted when the reader starts.
    public var highlightedCategories: Set<EntityCategory> = EntityCategory.highlightedByDefault
    public var paneWidths: PaneWidths = .standard
    /// Page-furniture rules: the standard ones (unless turned off) and the config's own.
    public var furniture: PageFurniture = .standard
    public var readRule: ReadRule = .atEnd
    /// Page-down (Space) at the end of an article opens the next one.
    public var nextArticleAtEnd = true
    /// Command for notes; nil means $VISUAL, then $EDITOR, then vi.
    public var editor: String?
    /// Command for links (`L`); nil means $BROWSER.
    public var browser: String?
    public var mouse = true
    /// Table borders as the config asks; nil: by the locale.
    public var tableBorders: TableBorders?
    /// Feeds without a full-text setting of their own fetch each item's linked page (`[feeds] full-text`).
    public var feedFullText = false

    public init() {}

    public static let defaults = ReaderConfig()

    /// The table borders in effect: the config's, else ASCII unless the locale is UTF-8.
    public func tableBorders(environment: [String: String]) -> TableBorders {
        tableBorders ?? .forLocale(environment)
    }

    /// A reader state that starts the way the config says.
    public func apply(to state: ReaderState) -> ReaderState {
        var state = state
        state.settings.keymap = keymap
        state.settings.theme = theme
        state.settings.paneWidths = paneWidths
        state.settings.readRule = readRule
        state.settings.nextArticleAtEnd = nextArticleAtEnd
        state.settings.mouseEnabled = mouse
        state.side.hiddenCategories = Set(EntityCategory.allCases).subtracting(highlightedCategories)
        return state
    }

    /// Reads articles with the config's page-furniture rules.
    public var articleLoader: ArticleLoader {
        ArticleLoader(parser: ArticleParser(furniture: furniture))
    }
}
