/// Pane widths and the text column's width, from the config file's `[layout]`.
public struct PaneWidths: Hashable, Sendable {
    /// Columns of the article list; 0 chooses by screen width (see `threePaneList`, `twoPaneList`).
    public var list: Int
    /// Columns of the entity (or notes) pane; 0 chooses by screen width.
    public var side: Int
    /// The widest the text column grows; wider panes get margins.
    public var maxTextWidth: Int

    public init(list: Int = 0, side: Int = 0, maxTextWidth: Int = 80) {
        self.list = list
        self.side = side
        self.maxTextWidth = maxTextWidth
    }

    public static let standard = PaneWidths()
    /// The narrowest text pane a configured width leaves.
    static let minimumTextPane = 20
    /// The widest the list grows by itself: about the longest headlines, with the date beside them.
    static let widestAutomaticList = 100

    /// The text pane that shows a whole text column: the column and a margin either side.
    var fullTextPane: Int { maxTextWidth + 2 }

    /// The list's width with three panes on a screen this wide: the configured width, else what the
    /// side pane and a full text column leave (titles need it more than the text needs margins),
    /// but never less than 28% of the screen (24 to 50 columns).
    func threePaneList(screenWidth width: Int) -> Int {
        guard list == 0 else { return list }
        let proportional = min(50, max(24, width * 28 / 100))
        let leftOver = width - threePaneSide(screenWidth: width) - 2 - fullTextPane
        return max(proportional, min(Self.widestAutomaticList, leftOver))
    }

    /// The side pane's width with three panes.
    func threePaneSide(screenWidth width: Int) -> Int {
        side > 0 ? side : min(40, max(24, width * 20 / 100))
    }

    /// The list's width beside the text with two panes: the configured width, else as the side
    /// pane's, wider where a full text column leaves room; the text keeps a usable pane.
    func twoPaneList(screenWidth width: Int) -> Int {
        let widest = width - 1 - Self.minimumTextPane
        guard list == 0 else { return min(list, widest) }
        let proportional = min(40, max(24, width * 30 / 100))
        let leftOver = width - 1 - fullTextPane
        return min(widest, max(proportional, min(Self.widestAutomaticList, leftOver)))
    }

    /// The side pane's width beside the text with two panes.
    func twoPaneSide(screenWidth width: Int) -> Int {
        let chosen = side > 0 ? side : min(40, max(24, width * 30 / 100))
        return min(chosen, width - 1 - Self.minimumTextPane)
    }
}
