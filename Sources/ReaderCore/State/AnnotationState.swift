import ReaderDocument

/// Visual mode: a caret in the article's plain text and, once started, the other end of a selection.
public struct VisualSelection: Hashable, Sendable {
    public var caret: Int
    public var anchor: Int?

    public init(caret: Int, anchor: Int? = nil) {
        self.caret = caret
        self.anchor = anchor
    }

    /// The selected scalars, both ends included; nil before a selection is started.
    public var range: Range<Int>? {
        guard let anchor else { return nil }
        return min(anchor, caret)..<(max(anchor, caret) + 1)
    }
}

/// How the caret moves in visual mode.
public enum VisualMotion: String, Hashable, Sendable, CaseIterable {
    case characterForward, characterBackward, wordForward, wordBackward
    case sentenceForward, sentenceBackward, paragraphForward, paragraphBackward
    case rowDown, rowUp
}

/// A change to a highlight for the library.
public enum AnnotationWrite: Hashable, Sendable {
    case save(Highlight)
    case delete(id: String)
}

/// The library-wide list of notes: newest first, narrowed by a search.
public struct NotesBrowser: Equatable, Sendable {
    public var items: [LibraryHighlight]
    public var query: String?
    public var selection = 0
    public var top = 0

    public init(items: [LibraryHighlight], query: String? = nil) {
        self.items = items
        self.query = query
    }
}

/// The highlight `]` or `[` went to last, and where that left the text: the next press steps on
/// from it while the text has not been scrolled since.
public struct HighlightJump: Hashable, Sendable {
    public var id: String
    public var anchor: ScrollAnchor
}
