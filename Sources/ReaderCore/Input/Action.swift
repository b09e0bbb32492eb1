import ReaderEntities
import ReaderDocument

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
    case openLink, refreshFeeds, fetchFullText
    case showHelp, closeOverlay
    case quit
    case enterVisual, exitVisual, toggleSelection
    case visualMove(VisualMotion)
    case highlightSelection, highlightSentence, highlightParagraph, highlightWithNote
    case setHighlightColor(HighlightColor)
    case nextHighlight, previousHighlight
    case showNotes, showAllNotes, openNote
    case editNote, editNoteInEditor, cycleHighlightColor, deleteHighlight, undoDelete
    case editTags, editArticleNote, editArticleNoteInEditor, filterByTag

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
        case .startSearch: return "Search the library, the article or the notes"
        case .clearFind: return "Stop marking search matches"
        case .openLink: return "Open a numbered link [n] with $BROWSER"
        case .refreshFeeds: return "Refresh the feeds"
        case .fetchFullText: return "Fetch the full article of the open feed item (or the page again)"
        case .toggleCategory(let category): return "Highlight \(category.title.lowercased()) on or off"
        case .showHelp: return "Show this help"
        case .closeOverlay: return "Close the help or the list of notes"
        case .quit: return "Quit"
        case .enterVisual: return "Visual mode: a caret to select and highlight"
        case .exitVisual: return "Drop the selection, or leave visual mode"
        case .toggleSelection: return "Start (or drop) a selection at the caret"
        case .visualMove(let motion): return motion.summary
        case .highlightSelection: return "Highlight the selection (or the sentence)"
        case .highlightSentence: return "Highlight the sentence at the caret"
        case .highlightParagraph: return "Highlight the paragraph at the caret"
        case .highlightWithNote: return "Highlight and type a note"
        case .setHighlightColor(let color): return "Colour for new highlights: \(color.rawValue)"
        case .nextHighlight: return "Next highlight"
        case .previousHighlight: return "Previous highlight"
        case .showNotes: return "Show the article's notes (or hide them)"
        case .showAllNotes: return "All notes in the library, newest first"
        case .openNote: return "Go to the highlight in its article"
        case .editNote: return "Edit the highlight's note"
        case .editNoteInEditor: return "Edit the note in the editor (config, $VISUAL, $EDITOR)"
        case .cycleHighlightColor: return "Change the highlight's colour"
        case .deleteHighlight: return "Delete the highlight"
        case .undoDelete: return "Bring back the last deleted highlight"
        case .editTags: return "Tags of the highlight (visual mode, notes pane) or of the article (Tab completes)"
        case .editArticleNote: return "Edit the article's own note"
        case .editArticleNoteInEditor: return "Edit the article's note in the editor"
        case .filterByTag: return "List only what carries a tag"
        }
    }
}

extension Action {
    /// What the action does in one key table, where that says more than `summary`.
    public func summary(in scope: KeyScope) -> String {
        switch (self, scope) {
        case (.closeOverlay, .help): return "Close the help"
        case (.closeOverlay, .allNotes): return "Close the list of notes"
        case (.startSearch, .allNotes): return "Search the notes (empty: list them all)"
        default: return summary
        }
    }
}

extension VisualMotion {
    public var summary: String {
        switch self {
        case .characterForward: return "Caret: next character"
        case .characterBackward: return "Caret: previous character"
        case .wordForward: return "Caret: next word"
        case .wordBackward: return "Caret: previous word"
        case .sentenceForward: return "Caret: next sentence"
        case .sentenceBackward: return "Caret: previous sentence"
        case .paragraphForward: return "Caret: next paragraph"
        case .paragraphBackward: return "Caret: previous paragraph"
        case .rowDown: return "Caret: next line"
        case .rowUp: return "Caret: previous line"
        }
    }
}
