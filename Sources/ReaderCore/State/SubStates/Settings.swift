import ReaderDocument

/// What the config file sets: keys, colours, widths, borders and reading rules.
public struct Settings: Equatable, Sendable {
    public var keymap: Keymap = .standard
    public var theme: Theme = .standard
    /// Pane widths and the text column's width.
    public var paneWidths: PaneWidths = .standard
    /// Box-drawing or ASCII table borders (the config's `table-borders`, else the locale's).
    public var tableBorders: TableBorders = .unicode
    /// When an article counts as read.
    public var readRule: ReadRule = .atEnd
    /// Whether page-down (Space) at the end of an article opens the next one.
    public var nextArticleAtEnd = true
    /// Whether the terminal reports the mouse to us (the help lists mouse actions then).
    public var mouseEnabled = true

    public init() {}
}
