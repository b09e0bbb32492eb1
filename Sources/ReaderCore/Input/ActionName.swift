import ReaderEntities
import ReaderDocument

/// Stable names for actions in the config file ("move-down", "toggle-category.people",
/// "visual.word-forward"). Renaming one breaks users' configs: add, never rename.
extension Action {
    /// Every action, payloads included, in the order the default config lists them.
    public static let all: [Action] = [
        .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
        .openSelected, .focusNextPane, .focusPreviousPane, .nextArticle, .previousArticle,
        .toggleEntityPane, .markEntity, .nextMention, .previousMention,
    ] + EntityCategory.allCases.map(Action.toggleCategory) + [
        .toggleRead, .toggleStar, .cycleFilter, .toggleSort, .clearListNarrowing, .filterByEntity,
        .startSearch, .clearFind, .showHelp, .closeOverlay, .quit,
        .enterVisual, .exitVisual, .toggleSelection,
    ] + VisualMotion.allCases.map(Action.visualMove) + [
        .highlightSelection, .highlightSentence, .highlightParagraph, .highlightWithNote,
    ] + HighlightColor.allCases.map(Action.setHighlightColor) + [
        .nextHighlight, .previousHighlight, .showNotes, .showAllNotes, .openNote,
        .editNote, .editNoteInEditor, .cycleHighlightColor, .deleteHighlight, .undoDelete,
        .editTags, .editArticleNote, .editArticleNoteInEditor, .filterByTag,
        .openLink, .refreshFeeds, .fetchFullText,
    ]

    /// The action's name in the config file.
    public var configName: String {
        switch self {
        case .moveDown: return "move-down"
        case .moveUp: return "move-up"
        case .pageDown: return "page-down"
        case .pageUp: return "page-up"
        case .halfPageDown: return "half-page-down"
        case .halfPageUp: return "half-page-up"
        case .top: return "top"
        case .bottom: return "bottom"
        case .openSelected: return "open"
        case .focusNextPane: return "focus-next-pane"
        case .focusPreviousPane: return "focus-previous-pane"
        case .nextArticle: return "next-article"
        case .previousArticle: return "previous-article"
        case .toggleEntityPane: return "toggle-entity-pane"
        case .markEntity: return "mark-entity"
        case .nextMention: return "next-match"
        case .previousMention: return "previous-match"
        case .toggleCategory(let category): return "toggle-category." + category.configName
        case .toggleRead: return "toggle-read"
        case .toggleStar: return "toggle-star"
        case .cycleFilter: return "cycle-filter"
        case .toggleSort: return "toggle-sort"
        case .clearListNarrowing: return "show-whole-list"
        case .filterByEntity: return "list-entity-articles"
        case .startSearch: return "search"
        case .clearFind: return "clear-search"
        case .showHelp: return "help"
        case .closeOverlay: return "close"
        case .quit: return "quit"
        case .enterVisual: return "visual"
        case .exitVisual: return "visual.exit"
        case .toggleSelection: return "visual.toggle-selection"
        case .visualMove(let motion): return "visual." + motion.configName
        case .highlightSelection: return "highlight"
        case .highlightSentence: return "highlight-sentence"
        case .highlightParagraph: return "highlight-paragraph"
        case .highlightWithNote: return "highlight-with-note"
        case .setHighlightColor(let color): return "highlight-color." + color.rawValue
        case .nextHighlight: return "next-highlight"
        case .previousHighlight: return "previous-highlight"
        case .showNotes: return "notes"
        case .showAllNotes: return "all-notes"
        case .openNote: return "open-note"
        case .editNote: return "edit-note"
        case .editNoteInEditor: return "edit-note-in-editor"
        case .cycleHighlightColor: return "cycle-highlight-color"
        case .deleteHighlight: return "delete-highlight"
        case .editTags: return "edit-tags"
        case .editArticleNote: return "edit-article-note"
        case .editArticleNoteInEditor: return "edit-article-note-in-editor"
        case .filterByTag: return "filter-by-tag"
        case .undoDelete: return "undo-delete"
        case .openLink: return "open-link"
        case .refreshFeeds: return "refresh-feeds"
        case .fetchFullText: return "fetch-full-text"
        }
    }

    private static let byName: [String: Action] = Dictionary(all.map { ($0.configName, $0) }, uniquingKeysWith: { first, _ in first })

    /// The action a config name stands for.
    public init?(configName: String) {
        guard let action = Self.byName[configName] else { return nil }
        self = action
    }
}

extension VisualMotion {
    var configName: String {
        switch self {
        case .characterForward: return "character-forward"
        case .characterBackward: return "character-backward"
        case .wordForward: return "word-forward"
        case .wordBackward: return "word-backward"
        case .sentenceForward: return "sentence-forward"
        case .sentenceBackward: return "sentence-backward"
        case .paragraphForward: return "paragraph-forward"
        case .paragraphBackward: return "paragraph-backward"
        case .rowDown: return "line-down"
        case .rowUp: return "line-up"
        }
    }
}

extension KeyScope {
    /// The scope's table in the config file: `[keys.NAME]`.
    public var configName: String {
        switch self {
        case .global: return "global"
        case .list: return "list"
        case .text: return "text"
        case .entities: return "entities"
        case .visual: return "visual"
        case .notes: return "notes"
        case .allNotes: return "all-notes"
        case .help: return "help"
        }
    }
}
