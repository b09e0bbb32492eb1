import ReaderEntities
import ReaderDocument

/// A one-line text prompt at the bottom of the screen (searching), with the usual editing keys:
/// arrows, Home/End, Backspace, Ctrl-a/e/u/w. Text is kept as characters, so CJK and emoji edit whole.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case searchLibrary
        case searchArticle
        case note(highlightID: String)
        case filterNotes
        case openLink
        /// The tags of a highlight or an article, apart by spaces; Tab completes a tag.
        case tags(TagTarget)
        case articleNote(ArticleTarget)
        /// A tag to narrow the list (or the list of notes) to.
        case filterTag
    }

    public var purpose: Purpose
    public var text: [Character] = []
    public var cursor = 0

    public init(purpose: Purpose) {
        self.purpose = purpose
    }

    public var label: String {
        switch purpose {
        case .searchLibrary: return "Search library: "
        case .searchArticle: return "Find in article: "
        case .note: return "Note: "
        case .filterNotes: return "Search notes: "
        case .openLink: return "Open link number: "
        case .tags(.highlight): return "Highlight tags: "
        case .tags(.article): return "Article tags: "
        case .articleNote: return "Article note: "
        case .filterTag: return "Tag: "
        }
    }

    /// Whether Tab completes a tag here.
    public var isTagPrompt: Bool {
        switch purpose {
        case .tags, .filterTag: return true
        default: return false
        }
    }

    public enum Outcome: Equatable {
        case editing
        case submit(String)
        case cancel
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submit(String(text))
        case .escape, .control("c"), .control("g"): return .cancel
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            } else if text.isEmpty {
                return .cancel
            }
        case .control("u"):
            text.removeSubrange(0..<cursor)
            cursor = 0
        case .control("w"):
            let start = wordStart(before: cursor)
            text.removeSubrange(start..<cursor)
            cursor = start
        case .wordLeft:
            cursor = wordStart(before: cursor)
        case .wordRight:
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            while cursor < text.count, text[cursor] != " " { cursor += 1 }
        case .character(let character):
            text.insert(character, at: cursor)
            cursor += 1
        default:
            break
        }
        return .editing
    }

    /// Where the word before `position` starts (spaces before it skipped).
    private func wordStart(before position: Int) -> Int {
        var start = position
        while start > 0, text[start - 1] == " " { start -= 1 }
        while start > 0, text[start - 1] != " " { start -= 1 }
        return start
    }
}
