import ReaderEntities

/// Applies the config's `[keys.SCOPE]` tables to the standard key table. An entry
/// `ACTION = ["KEYS", ...]` gives the action exactly those keys in that scope (`[]` unbinds it);
/// a key sequence taken from another action there leaves that action.
enum KeymapConfig {
    static let keyHelp = "a character (\"j\", \"G\", \"?\"), \"ctrl-\" and a letter, or one of "
        + "space, enter, tab, shift-tab, esc, backspace, up, down, left, right, page-up, page-down, home, end; "
        + "a sequence is keys separated by spaces (\"g g\")"

    static func keymap(_ table: ConfigTable, base: Keymap = .standard) -> Keymap {
        table.rejectUnknownKeys(KeyScope.allCases.map(\.configName))
        var bindings = base.bindings
        for scope in KeyScope.allCases {
            guard let scopeTable = table.table(scope.configName).map(flattened) else { continue }
            let before = bindings
            var claimed: [[Key]: Action] = [:]
            for name in scopeTable.keysInFileOrder {
                guard let action = Action(configName: name) else {
                    scopeTable.problem(name, "unknown action '\(name)' in \(scopeTable.name); 'reader config --default' lists the actions")
                    continue
                }
                guard let sequences = sequences(for: name, action: action, in: scopeTable, claimed: &claimed) else { continue }
                let position = bindings.firstIndex { $0.scope == scope && $0.action == action } ?? bindings.endIndex
                bindings.removeAll { $0.scope == scope && $0.action == action }
                bindings.insert(contentsOf: sequences.map { KeyBinding($0, action, in: scope) }, at: min(position, bindings.endIndex))
            }
            bindings.removeAll { binding in
                binding.scope == scope && claimed[binding.keys].map { $0 != binding.action } == true
            }
            reportHiddenSequences(claimed, scope: scope, bindings: bindings, table: scopeTable)
            reportActionsLeftWithoutKeys(claimed, scope: scope, before: before, after: bindings, table: scopeTable)
        }
        return Keymap(bindings: bindings)
    }

    /// Unquoted dotted names (`visual.word-forward = ...`) are nested tables in TOML: joined back
    /// into the action's name, so they work like quoted ones.
    static func flattened(_ table: ConfigTable) -> ConfigTable {
        func flatten(_ values: [String: ConfigValue], prefix: String, into result: inout [String: ConfigValue]) {
            for (key, value) in values {
                if case .table(let nested) = value {
                    flatten(nested, prefix: prefix + key + ".", into: &result)
                } else {
                    result[prefix + key] = value
                }
            }
        }
        var result: [String: ConfigValue] = [:]
        flatten(table.values, prefix: "", into: &result)
        return ConfigTable(path: table.path, values: result, context: table.context)
    }

    /// The key sequences of one entry: a bad key is reported and left out, the good ones are used;
    /// nil (the action keeps its keys) when there were keys and none was good.
    static func sequences(for name: String, action: Action, in table: ConfigTable, claimed: inout [[Key]: Action]) -> [[Key]]? {
        guard let texts = table.strings(name) else { return nil }
        var sequences: [[Key]] = []
        var badKeys = 0
        for text in texts {
            guard let keys = Key.sequence(configText: text) else {
                badKeys += 1
                continue
            }
            if let other = claimed[keys], other != action {
                table.problem(name, "\"\(text)\" is bound to both '\(other.configName)' and '\(name)' in \(table.name); '\(other.configName)' keeps it")
                continue
            }
            sequences.append(keys)
        }
        if badKeys > 0 {
            let bad = texts.filter { Key.sequence(configText: $0) == nil }.map { "\"\($0)\"" }.joined(separator: ", ")
            let kept = sequences.isEmpty ? "'\(name)' keeps its keys" : "the other keys of '\(name)' are used"
            table.problem(name, "\(bad) \(badKeys == 1 ? "is not a key" : "are not keys") for '\(name)': expected \(keyHelp); \(kept)")
            if sequences.isEmpty { return nil }
        }
        for keys in sequences { claimed[keys] = action }
        return sequences
    }

    /// A key taken from an action that had no other in this scope leaves that action out of reach
    /// there; said for the panes' tables, unless the file sets that action's keys too (`[]` leaves it
    /// without, on purpose).
    static func reportActionsLeftWithoutKeys(
        _ claimed: [[Key]: Action], scope: KeyScope, before: [KeyBinding], after: [KeyBinding], table: ConfigTable
    ) {
        // Modal tables (visual mode, help, all notes) cover global keys by design: q ends visual mode.
        guard [.global, .list, .text, .entities, .notes].contains(scope) else { return }
        let configured = Set(table.keysInFileOrder)
        let old = Keymap(bindings: before).bindings(in: scope)
        let new = Keymap(bindings: after).bindings(in: scope)
        for (keys, action) in claimed.sorted(by: { Key.configText(of: $0.key) < Key.configText(of: $1.key) }) {
            guard let previous = old.first(where: { $0.keys == keys })?.action, previous != action,
                  !configured.contains(previous.configName), !new.contains(where: { $0.action == previous }) else { continue }
            let text = Key.configText(of: keys)
            table.problem(action.configName, "\"\(text)\" for '\(action.configName)' was the only key of '\(previous.configName)' in \(table.name), "
                + "which now has none there; give '\(previous.configName)' a key (or [] to leave it without)")
        }
    }

    /// A configured key that starts a longer sequence ("g" beside "g g") makes the longer one unreachable.
    static func reportHiddenSequences(_ claimed: [[Key]: Action], scope: KeyScope, bindings: [KeyBinding], table: ConfigTable) {
        let inScope = Keymap(bindings: bindings).bindings(in: scope)
        for (keys, action) in claimed.sorted(by: { Key.configText(of: $0.key) < Key.configText(of: $1.key) }) {
            for longer in inScope where longer.keys.count > keys.count && Array(longer.keys.prefix(keys.count)) == keys {
                table.problem(action.configName, "\"\(Key.configText(of: keys))\" for '\(action.configName)' hides \"\(Key.configText(of: longer.keys))\" ('\(longer.action.configName)') in \(table.name)")
            }
        }
    }
}
