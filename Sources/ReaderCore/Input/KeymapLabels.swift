import ReaderDocument

extension Keymap {
    /// The key that runs `action` in `scope`, as the help writes it ("c", "ctrl-w", "g g"); nil
    /// when the config left the action without a key there. For messages that name a key.
    public func label(of action: Action, in scope: KeyScope) -> String? {
        bindings(in: scope).first { $0.action == action }?.label
    }

    /// A hint that names keys: "Enter opens", "n/N next/previous", "1-4 colour", or the keys alone
    /// when `what` is empty. Actions without a key are left out; nil when none has one.
    public func hint(_ actions: Action..., in scope: KeyScope, separator: String = "/", _ what: String = "") -> String? {
        hint(actions, in: scope, separator: separator, what)
    }

    public func hint(_ actions: [Action], in scope: KeyScope, separator: String = "/", _ what: String = "") -> String? {
        let labels = actions.compactMap { label(of: $0, in: scope) }
        guard !labels.isEmpty else { return nil }
        let keys = labels.joined(separator: separator)
        return what.isEmpty ? keys : keys + " " + what
    }

    /// "1-4 colour": the keys of the first and the last highlight colour in visual mode.
    public var highlightColourHint: String? {
        let colours = HighlightColor.allCases.map(Action.setHighlightColor)
        return hint([colours[0], colours[colours.count - 1]], in: .visual, separator: "-", "colour")
    }
}

