import ReaderEntities

/// The right-hand pane: which tab it shows, where each tab's selection is, and which entity
/// categories are highlighted in the text.
public struct SidePaneState: Equatable, Sendable {
    public var tab: SideTab = .entities
    /// Shown beside the text below 120 columns (from 120 it always is).
    public var isShown = false
    /// The selected alias group in the entity pane (an index into `entityGroupsInPaneOrder`).
    public var entitySelection = 0
    public var entityListTop = 0
    public var noteSelection = 0
    public var noteListTop = 0
    public var hiddenCategories: Set<EntityCategory> = Set(EntityCategory.allCases).subtracting(EntityCategory.highlightedByDefault)

    public init() {}
}
