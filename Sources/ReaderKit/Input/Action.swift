/// Everything a key can ask the reader to do. The reducer gives each its meaning in the focused pane.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case openSelected
    case focusNextPane, focusPreviousPane
    case nextArticle, previousArticle
    case toggleEntityPane
    case markEntity, nextMention, previousMention
    case toggleCategory(EntityCategory)
    case toggleRead, toggleStar, cycleFilter, toggleSort, clearListNarrowing
    case filterByEntity
    case startSearch, clearFind
    case openLink, refreshFeeds
    case showHelp, closeOverlay
    case quit

    /// What the action does, as the help screen says it.
    public var summary: String {
        switch self {
        case .moveDown: return "Next item / scroll down a line"
        case .moveUp: return "Previous item / scroll up a line"
        case .pageDown: return "Page down"
        case .pageUp: return "Page up"
        case .halfPageDown: return "Half a page down"
        case .halfPageUp: return "Half a page up"
        case .top: return "Go to the top"
        case .bottom: return "Go to the bottom"
        case .openSelected: return "Open the selected article"
        case .focusNextPane: return "Focus the next pane"
        case .focusPreviousPane: return "Focus the previous pane"
        case .nextArticle: return "Open the next article"
        case .previousArticle: return "Open the previous article"
        case .toggleEntityPane: return "Show or hide the entity pane"
        case .markEntity: return "Mark the entity's mentions, go to the first"
        case .nextMention: return "Next search match (or mention of the marked entity)"
        case .previousMention: return "Previous search match (or mention)"
        case .toggleRead: return "Mark the article read or unread"
        case .toggleStar: return "Star or unstar the article"
        case .cycleFilter: return "List all, unread or starred articles"
        case .toggleSort: return "Sort the list by date or by title"
        case .clearListNarrowing: return "Show the whole list after a search or filter"
        case .filterByEntity: return "List the articles that mention the selected entity"
        case .startSearch: return "Search the library (list) or the article (text)"
        case .clearFind: return "Stop marking search matches"
        case .openLink: return "Open a numbered link [n] with $BROWSER"
        case .refreshFeeds: return "Refresh the feeds"
        case .toggleCategory(let category): return "Highlight \(category.title.lowercased()) on or off"
        case .showHelp: return "Show this help"
        case .closeOverlay: return "Close the help or a message"
        case .quit: return "Quit"
        }
    }
}
