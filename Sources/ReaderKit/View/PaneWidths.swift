/// Pane widths and the text column's width, from the config file's `[layout]`.
public struct PaneWidths: Hashable, Sendable {
    /// Columns of the article list with three panes; 0 chooses by screen width (28%, 24 to 50).
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

    /// The list's width with three panes on a screen this wide.
    func threePaneList(screenWidth width: Int) -> Int {
        list > 0 ? list : min(50, max(24, width * 28 / 100))
    }

    /// The side pane's width with three panes.
    func threePaneSide(screenWidth width: Int) -> Int {
        side > 0 ? side : min(40, max(24, width * 20 / 100))
    }

    /// The side pane's (or the list's) width beside the text with two panes.
    func twoPaneSide(screenWidth width: Int) -> Int {
        let chosen = side > 0 ? side : min(40, max(24, width * 30 / 100))
        return min(chosen, width - 1 - Self.minimumTextPane)
    }
}
