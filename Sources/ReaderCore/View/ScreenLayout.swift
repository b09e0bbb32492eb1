/// Where each pane goes for a screen size: three panes from 120 columns, two from 80, else one.
public struct ScreenLayout: Equatable, Sendable {
    public static let threePaneWidth = 120
    public static let twoPaneWidth = 80
    public var panes: [(pane: Pane, rect: Rect)]
    public var status: Rect
    /// The text pane's rectangle, whether or not it is shown now (the reducer scrolls with it).
    public var textPane: Rect
    /// Where the text goes in the text pane, and which character each cell shows.
    public var textGeometry: TextPaneGeometry
    /// The panes Tab cycles through at this size: those shown, or all when one shows at a time
    /// (one pane, or two with the side pane on, where the list and the side pane take turns).
    public var focusablePanes: [Pane]
    /// What this layout was worked out from, so that a later state with the same keeps it.
    private var inputs: Inputs

    private struct Inputs: Equatable {
        var size: Size
        var focus: Pane
        var showEntityPane: Bool
        var widths: PaneWidths
    }

    public static func == (lhs: ScreenLayout, rhs: ScreenLayout) -> Bool {
        lhs.panes.map(\.pane) == rhs.panes.map(\.pane) && lhs.panes.map(\.rect) == rhs.panes.map(\.rect)
            && lhs.status == rhs.status && lhs.textPane == rhs.textPane
            && lhs.textGeometry == rhs.textGeometry && lhs.focusablePanes == rhs.focusablePanes
    }

    public init(state: ReaderState) {
        self.init(size: state.size, focus: state.focus, showEntityPane: state.side.isShown, widths: state.settings.paneWidths)
    }

    /// The layout for a state: `earlier` when the state has not changed what it depends on (the
    /// reducer works one out per key and hands it on), else a new one.
    public static func of(_ state: ReaderState, reusing earlier: ScreenLayout?) -> ScreenLayout {
        let inputs = Inputs(size: state.size, focus: state.focus, showEntityPane: state.side.isShown, widths: state.settings.paneWidths)
        if let earlier, earlier.inputs == inputs { return earlier }
        return ScreenLayout(state: state)
    }

    public init(size: Size, focus: Pane, showEntityPane: Bool, widths: PaneWidths = .standard) {
        inputs = Inputs(size: size, focus: focus, showEntityPane: showEntityPane, widths: widths)
        let paneHeight = size.height >= 2 ? size.height - 1 : 0
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: size.height >= 1 ? 1 : 0)
        let width = size.width
        var panes: [(Pane, Rect)] = []
        if width >= Self.threePaneWidth {
            var listWidth = widths.threePaneList(screenWidth: width)
            var entityWidth = widths.threePaneSide(screenWidth: width)
            // Configured widths give way, each in proportion, so the text keeps a usable pane.
            let spare = width - 2 - PaneWidths.minimumTextPane
            if listWidth + entityWidth > spare {
                listWidth = spare * listWidth / (listWidth + entityWidth)
                entityWidth = spare - listWidth
            }
            let textWidth = width - listWidth - entityWidth - 2
            panes = [
                (.list, Rect(x: 0, y: 0, width: listWidth, height: paneHeight)),
                (.text, Rect(x: listWidth + 1, y: 0, width: textWidth, height: paneHeight)),
                (.entities, Rect(x: listWidth + textWidth + 2, y: 0, width: entityWidth, height: paneHeight)),
            ]
        } else if width >= Self.twoPaneWidth {
            let sideWidth = widths.twoPaneSide(screenWidth: width)
            let textWidth = width - sideWidth - 1
            // The side pane takes the list's place while it is shown, except while the list has the
            // focus (Tab reaches every pane: list, text, side pane).
            if focus == .entities || (showEntityPane && focus != .list) {
                panes = [
                    (.text, Rect(x: 0, y: 0, width: textWidth, height: paneHeight)),
                    (.entities, Rect(x: textWidth + 1, y: 0, width: sideWidth, height: paneHeight)),
                ]
            } else {
                let listWidth = widths.twoPaneList(screenWidth: width)
                let textWidth = width - listWidth - 1
                panes = [
                    (.list, Rect(x: 0, y: 0, width: listWidth, height: paneHeight)),
                    (.text, Rect(x: listWidth + 1, y: 0, width: textWidth, height: paneHeight)),
                ]
            }
        } else {
            panes = [(focus, Rect(x: 0, y: 0, width: width, height: paneHeight))]
        }
        self.panes = panes
        let takingTurns = panes.count == 1 || (panes.count == 2 && (showEntityPane || focus == .entities))
        focusablePanes = takingTurns ? Pane.allCases : panes.map(\.0)
        textPane = panes.first(where: { $0.0 == .text })?.1
            ?? Rect(x: 0, y: 0, width: width, height: paneHeight)
        textGeometry = TextPaneGeometry(content: textPane.droppingTop(1), maxTextWidth: widths.maxTextWidth)
    }

    /// Columns of the wrapped text inside the text pane.
    public var textColumn: (x: Int, width: Int) { (textGeometry.columnX, textGeometry.columnWidth) }

    /// Rows of text the text pane shows below its title row.
    public var textRows: Int { max(1, textPane.height - 1) }

    /// Rows of the list below its title row.
    public var listRows: Int {
        let rect = panes.first(where: { $0.pane == .list })?.rect ?? textPane
        return max(1, rect.height - 1)
    }

    public func contains(_ pane: Pane) -> Bool {
        panes.contains { $0.pane == pane }
    }
}

