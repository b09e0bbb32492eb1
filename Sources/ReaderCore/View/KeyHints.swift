import ReaderEntities

/// The key hints at the right of the status line, read from the key table in effect, so a
/// rebinding in the config file shows there too.
enum KeyHints {
    /// One hint: its actions' keys joined by `separator`, then what they do. `preferred` is the
    /// key shown when it is still bound (Space rather than PgDn for a page).
    struct Hint {
        var actions: [Action]
        var preferred: [Key?]
        var separator = "/"
        var text: String

        init(_ actions: [Action], _ preferred: [Key?], _ text: String, separator: String = "/") {
            self.actions = actions
            self.preferred = preferred
            self.text = text
            self.separator = separator
        }
    }

    static func c(_ character: Character) -> Key { .character(character) }

    static let help = Hint([.showHelp], [c("?")], "help")
    static let quit = Hint([.quit], [c("q")], "quit")

    static let allNotes = [
        Hint([.moveDown, .moveUp], [c("j"), c("k")], "move"), Hint([.openNote], [.enter], "open"),
        Hint([.startSearch], [c("/")], "search"), Hint([.closeOverlay], [.escape], "close"),
    ]

    static func hints(for state: ReaderState) -> [Hint] {
        switch state.keyScope {
        case .help: return [Hint([.moveDown, .moveUp], [c("j"), c("k")], "scroll"), Hint([.closeOverlay], [.escape], "close")]
        case .allNotes: return allNotes
        case .visual:
            return [Hint([.toggleSelection], [c("v")], "select"), Hint([.highlightSentence], [c("s")], "sentence"),
                    Hint([.highlightParagraph], [c("p")], "paragraph"), Hint([.highlightSelection], [.enter], "highlight"),
                    Hint([.highlightWithNote], [c("a")], "+note"), Hint([.exitVisual], [.escape], "")]
        case .notes:
            return [Hint([.openNote], [.enter], "go to"), Hint([.editNote], [c("i")], "note"), Hint([.editNoteInEditor], [c("E")], "editor"),
                    Hint([.cycleHighlightColor], [c("c")], "colour"), Hint([.deleteHighlight], [c("d")], "delete"),
                    Hint([.undoDelete], [c("u")], "undo")]
        default: break
        }
        switch state.focus {
        case .list:
            return [Hint([.moveDown, .moveUp], [c("j"), c("k")], "move"), Hint([.openSelected], [.enter], "open"),
                    Hint([.focusNextPane], [.tab], "pane"), help, quit]
        case .text:
            return [Hint([.moveDown, .moveUp], [c("j"), c("k")], "scroll"), Hint([.pageDown], [c(" ")], "page"),
                    Hint([.enterVisual], [c("v")], "highlight"), Hint([.showNotes], [c("H")], "notes"),
                    Hint([.nextArticle, .previousArticle], [c("J"), c("K")], "article"), help, quit]
        case .entities:
            return [Hint([.markEntity], [.enter], "mark"), Hint([.nextMention, .previousMention], [c("n"), c("N")], "next"),
                    Hint([.toggleCategory(.person), .toggleCategory(.other)], [c("1"), c("6")], "colours", separator: "-"), help, quit]
        }
    }

    /// The hints' texts from all of them down to help alone: each drops the last hint before help
    /// and quit, which go last.
    static func shrinking(_ hints: [Hint], state: ReaderState) -> [String] {
        let others = hints.filter { $0.actions != help.actions && $0.actions != quit.actions }
        let ending = hints.filter { $0.actions == help.actions || $0.actions == quit.actions }
        var texts = [text(hints, state: state)]
        for count in stride(from: others.count - 1, through: 0, by: -1) {
            texts.append(text(Array(others.prefix(count)) + ending, state: state))
        }
        texts.append(text([help], state: state))
        return texts.filter { !$0.isEmpty }
    }

    /// "j/k move  Enter open  …": hints whose actions have no key are left out.
    static func text(_ hints: [Hint], state: ReaderState) -> String {
        text(hints, keymap: state.settings.keymap, scope: state.keyScope)
    }

    static func text(_ hints: [Hint], keymap: Keymap, scope: KeyScope) -> String {
        let bindings = keymap.bindings(in: scope)
        return hints.compactMap { hint -> String? in
            var labels: [String] = []
            for (action, preferred) in zip(hint.actions, hint.preferred) {
                let keys = bindings.filter { $0.action == action }
                guard let chosen = keys.first(where: { preferred != nil && $0.keys == [preferred!] }) ?? keys.first else { continue }
                labels.append(chosen.label)
            }
            guard !labels.isEmpty else { return nil }
            let keys = labels.joined(separator: hint.separator)
            return hint.text.isEmpty ? keys : keys + " " + hint.text
        }.joined(separator: "  ")
    }
}
