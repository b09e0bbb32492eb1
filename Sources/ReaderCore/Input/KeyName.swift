import ReaderEntities
import ReaderDocument

/// Keys as the config file writes them: a character ("j", "G", "?"), a named key ("space",
/// "enter", "page-down"), or "ctrl-" and a letter; a sequence is keys separated by spaces ("g g").
extension Key {
    private static let named: [(String, Key)] = [
        ("space", .character(" ")), ("enter", .enter), ("tab", .tab), ("shift-tab", .backTab),
        ("esc", .escape), ("backspace", .backspace), ("up", .up), ("down", .down), ("left", .left),
        ("right", .right), ("page-up", .pageUp), ("page-down", .pageDown), ("home", .home), ("end", .end),
        ("ctrl-left", .wordLeft), ("ctrl-right", .wordRight),
    ]
    /// Other spellings people write; the first name above is the one printed.
    private static let aliases: [String: Key] = [
        "return": .enter, "escape": .escape, "backtab": .backTab, "pgup": .pageUp, "pgdn": .pageDown,
        "pageup": .pageUp, "pagedown": .pageDown,
    ]

    /// The key's name in the config file; `Key(configName:)` reads it back.
    public var configName: String {
        if let name = Self.named.first(where: { $0.1 == self })?.0 { return name }
        switch self {
        case .character(let character): return String(character)
        case .control(let character): return "ctrl-\(character)"
        default: return label
        }
    }

    /// One key from its config name; nil when it names no key.
    public init?(configName name: String) {
        if name.count == 1, let character = name.first, !character.isWhitespace, !character.isASCIIControl {
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        if let key = Self.named.first(where: { $0.0 == lowered })?.1 ?? Self.aliases[lowered] {
            self = key
            return
        }
        for prefix in ["ctrl-", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        return nil
    }

    /// A key sequence from its config text ("g g", "ctrl-d"); nil when any part names no key.
    public static func sequence(configText text: String) -> [Key]? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !parts.isEmpty else { return nil }
        var keys: [Key] = []
        for part in parts {
            guard let key = Key(configName: String(part)) else { return nil }
            keys.append(key)
        }
        return keys
    }

    public static func configText(of keys: [Key]) -> String {
        keys.map(\.configName).joined(separator: " ")
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 32 || $0 == 127 } ?? false }
}
