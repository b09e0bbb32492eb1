extension Keymap {
    /// The key that runs `action` in `scope`, as the help writes it ("c", "ctrl-w", "g g"); nil
    /// when the config left the action without a key there. For messages that name a key.
    public func label(of action: Action, in scope: KeyScope) -> String? {
        bindings(in: scope).first { $0.action == action }?.label
    }
}
