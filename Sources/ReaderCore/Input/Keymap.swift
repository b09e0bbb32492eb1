import ReaderEntities
import ReaderDocument

/// Where a binding applies.
public enum KeyScope: String, Hashable, Sendable, CaseIterable {
    case global = "Everywhere"
    case list = "Article list"
    case text = "Article text"
    case entities = "Entity pane"
    case visual = "Visual mode (text)"
    case notes = "Notes pane"
    case allNotes = "All notes"
    case help = "Help screen"
}

/// One key sequence bound to an action in a scope.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: KeyScope

    public init(_ keys: [Key], _ action: Action, in scope: KeyScope = .global) {
        self.keys = keys
        self.action = action
        self.scope = scope
    }

    public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// The one key table: the reducer's input and the help screen's source.
public struct Keymap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public static let standard: Keymap = {
        func c(_ character: Character) -> Key { .character(character) }
        return Keymap(bindings: [
            KeyBinding([c("j")], .moveDown), KeyBinding([.down], .moveDown),
            KeyBinding([c("k")], .moveUp), KeyBinding([.up], .moveUp),
            KeyBinding([.pageDown], .pageDown), KeyBinding([c(" ")], .pageDown),
            KeyBinding([.control("f")], .pageDown),
            KeyBinding([.pageUp], .pageUp), KeyBinding([c("b")], .pageUp),
            KeyBinding([.control("b")], .pageUp),
            KeyBinding([.control("d")], .halfPageDown), KeyBinding([.control("u")], .halfPageUp),
            KeyBinding([c("g"), c("g")], .top), KeyBinding([.home], .top),
            KeyBinding([c("G")], .bottom), KeyBinding([.end], .bottom),
            KeyBinding([.enter], .openSelected, in: .list), KeyBinding([c("l")], .openSelected, in: .list),
            KeyBinding([.right], .openSelected, in: .list),
            KeyBinding([.tab], .focusNextPane), KeyBinding([.backTab], .focusPreviousPane),
            KeyBinding([c("J")], .nextArticle), KeyBinding([c("K")], .previousArticle),
            KeyBinding([c("e")], .toggleEntityPane),
            KeyBinding([.enter], .markEntity, in: .entities), KeyBinding([c("n")], .nextMention),
            KeyBinding([c("N")], .previousMention),
        ] + EntityCategory.allCases.map { KeyBinding([.character($0.toggleKey)], .toggleCategory($0)) } + [
            KeyBinding([c("?")], .showHelp),
            KeyBinding([c("/")], .startSearch), KeyBinding([.escape], .clearFind, in: .text),
            KeyBinding([c("m")], .toggleRead), KeyBinding([c("s")], .toggleStar),
            KeyBinding([c("f")], .cycleFilter), KeyBinding([c("o")], .toggleSort),
            KeyBinding([.escape], .clearListNarrowing, in: .list),
            KeyBinding([c("a")], .filterByEntity, in: .entities),
            KeyBinding([c("L")], .openLink), KeyBinding([c("R")], .refreshFeeds),
            KeyBinding([c("F")], .fetchFullText),
            KeyBinding([.escape], .closeOverlay, in: .help), KeyBinding([c("q")], .closeOverlay, in: .help),
            KeyBinding([c("?")], .closeOverlay, in: .help),
            KeyBinding([c("q")], .quit),
            KeyBinding([c("v")], .enterVisual, in: .text),
            KeyBinding([c("]")], .nextHighlight, in: .text), KeyBinding([c("[")], .previousHighlight, in: .text),
            KeyBinding([c("]")], .nextHighlight, in: .list), KeyBinding([c("[")], .previousHighlight, in: .list),
            KeyBinding([c("u")], .undoDelete),
            KeyBinding([c("H")], .showNotes), KeyBinding([c("A")], .showAllNotes),
            KeyBinding([c("t")], .editTags),
            KeyBinding([c("I")], .editArticleNote, in: .list), KeyBinding([c("I")], .editArticleNote, in: .text),
            KeyBinding([c("E")], .editArticleNoteInEditor, in: .list), KeyBinding([c("E")], .editArticleNoteInEditor, in: .text),
            KeyBinding([c("#")], .filterByTag, in: .list),
        ] + visualBindings + notesBindings + allNotesBindings)
    }()

    static let visualBindings: [KeyBinding] = {
        func c(_ character: Character) -> Key { .character(character) }
        let motions: [([Key], VisualMotion)] = [
            ([c("l")], .characterForward), ([.right], .characterForward), ([c("h")], .characterBackward), ([.left], .characterBackward),
            ([c("w")], .wordForward), ([c("b")], .wordBackward), ([c(")")], .sentenceForward), ([c("(")], .sentenceBackward),
            ([c("}")], .paragraphForward), ([c("{")], .paragraphBackward),
            ([c("j")], .rowDown), ([.down], .rowDown), ([c("k")], .rowUp), ([.up], .rowUp),
        ]
        return motions.map { KeyBinding($0.0, .visualMove($0.1), in: .visual) } + [
            KeyBinding([c("v")], .toggleSelection, in: .visual), KeyBinding([c(" ")], .toggleSelection, in: .visual),
            KeyBinding([.enter], .highlightSelection, in: .visual), KeyBinding([c("y")], .highlightSelection, in: .visual),
            KeyBinding([c("s")], .highlightSentence, in: .visual), KeyBinding([c("p")], .highlightParagraph, in: .visual),
            KeyBinding([c("a")], .highlightWithNote, in: .visual),
            KeyBinding([c("i")], .editNote, in: .visual), KeyBinding([c("E")], .editNoteInEditor, in: .visual),
            KeyBinding([c("c")], .cycleHighlightColor, in: .visual), KeyBinding([c("d")], .deleteHighlight, in: .visual),
            KeyBinding([.escape], .exitVisual, in: .visual),
            KeyBinding([c("]")], .nextHighlight, in: .visual), KeyBinding([c("[")], .previousHighlight, in: .visual),
        ] + HighlightColor.allCases.enumerated().map { index, color in
            KeyBinding([.character(Character(String(index + 1)))], .setHighlightColor(color), in: .visual)
        }
    }()

    static let notesBindings: [KeyBinding] = {
        func c(_ character: Character) -> Key { .character(character) }
        return [
            KeyBinding([.enter], .openNote, in: .notes), KeyBinding([c("i")], .editNote, in: .notes),
            KeyBinding([c("E")], .editNoteInEditor, in: .notes), KeyBinding([c("c")], .cycleHighlightColor, in: .notes),
            KeyBinding([c("d")], .deleteHighlight, in: .notes),
        ]
    }()

    static let allNotesBindings: [KeyBinding] = {
        func c(_ character: Character) -> Key { .character(character) }
        return [
            KeyBinding([.enter], .openNote, in: .allNotes), KeyBinding([c("/")], .startSearch, in: .allNotes),
            KeyBinding([.escape], .closeOverlay, in: .allNotes), KeyBinding([c("q")], .closeOverlay, in: .allNotes),
            KeyBinding([c("A")], .closeOverlay, in: .allNotes), KeyBinding([c("#")], .filterByTag, in: .allNotes),
        ]
    }()

    /// Bindings that apply in a scope: its own first, then the global ones it does not override.
    public func bindings(in scope: KeyScope) -> [KeyBinding] {
        let own = bindings.filter { $0.scope == scope && scope != .global }
        let overridden = Set(own.map(\.keys))
        return own + bindings.filter { $0.scope == .global && !overridden.contains($0.keys) }
    }
}

/// Resolves key presses, including multi-key sequences such as "g g", into actions.
public struct KeySequenceResolver: Hashable, Sendable {
    public private(set) var pending: [Key] = []

    public init() {}

    public enum Outcome: Equatable, Sendable {
        case action(Action)
        case pending
        case unbound
    }

    public mutating func resolve(_ key: Key, in scope: KeyScope, keymap: Keymap) -> Outcome {
        let candidates = keymap.bindings(in: scope)
        let sequence = pending + [key]
        if let binding = candidates.first(where: { $0.keys == sequence }) {
            pending = []
            return .action(binding.action)
        }
        if candidates.contains(where: { $0.keys.count > sequence.count && Array($0.keys.prefix(sequence.count)) == sequence }) {
            pending = sequence
            return .pending
        }
        if !pending.isEmpty {
            pending = []
            return resolve(key, in: scope, keymap: keymap)
        }
        return .unbound
    }

    public mutating func reset() {
        pending = []
    }
}
