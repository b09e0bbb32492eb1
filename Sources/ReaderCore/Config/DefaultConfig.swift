import Foundation
import ReaderEntities
import ReaderDocument

/// The commented config file `reader config --default` prints: every setting at its default, and
/// every key binding, generated from the same tables the reader uses so it cannot fall behind.
public enum DefaultConfig {
    public static var text: String {
        var lines = [
            "# Reader configuration: $XDG_CONFIG_HOME/reader/config.toml (~/.config/reader/config.toml),",
            "# or the file given with --config. Everything here is the default: delete what you do not change.",
            "# 'reader config --check' reports mistakes with their line; the reader uses the defaults for those parts.",
            "",
            "# Report clicks and the wheel to the reader (click to select or focus, wheel to scroll, drag to select).",
            "mouse = true",
            "# Command for editing notes (E), run with the note file as its argument, never through a shell.",
            "# Empty: $VISUAL, then $EDITOR, then vi.",
            "editor = \"\"",
            "# Command for opening links. Empty: $BROWSER.",
            "browser = \"\"",
            "",
            "[layout]",
            "# Columns of the article list beside the text (from 80 columns), 16 to 80; 0: what the side pane and a",
            "# full text column leave, at least 28% of the screen (30% with two panes) and at most 100.",
            "list-width = 0",
            "# Columns of the entity or notes pane, 16 to 80; 0: 20% of the screen (30% with two panes), 24 to 40.",
            "side-width = 0",
            "# The widest the text grows; wider panes get margins.",
            "max-text-width = \(PaneWidths.standard.maxTextWidth)",
            "# Table borders: \"unicode\" (box drawing), \"ascii\" (+-|), or \"auto\": unicode in a UTF-8 locale.",
            "table-borders = \"auto\"",
            "",
            "[reading]",
            "# When an article counts as read: \"at-end\" once its end has been on screen, \"on-open\" when opened,",
            "# \"manual\" only with toggle-read (m).",
            "mark-read = \"\(ReadRule.atEnd.rawValue)\"",
            "# Page down (Space) at the end of an article, once its end is on screen, opens the next one.",
            "next-at-end = \(ReaderConfig.defaults.nextArticleAtEnd)",
            "# Entity categories highlighted at start (the toggle-category keys switch them); also \"other\":",
            "# numbers, ordinals, money, percentages, laws, works of art and the like.",
            "highlight = [\(EntityCategory.ordered(EntityCategory.highlightedByDefault).map { "\"\($0.configName)\"" }.joined(separator: ", "))]",
            "",
            "[articles]",
            "# Lines of web-page furniture dropped from articles, compared ignoring case, extra spaces and",
            "# trailing punctuation. false drops only the lines listed below.",
            "standard-furniture = true",
            "# Whole lines to drop, e.g. [\"Subscribe now\"].",
            "furniture-lines = []",
            "# Lines starting with these are dropped, e.g. [\"Listen to this article\"].",
            "furniture-prefixes = []",
            "",
            "[feeds]",
            "# Show feed items with the full article their link points to (fetched on refresh), for the feeds",
            "# without a setting of their own ('reader feed set FEED full-text on|off', 'feed add --full-text').",
            "full-text = \(ReaderConfig.defaults.feedFullText)",
            "",
            "# Colours: black, red, green, yellow, blue, magenta, cyan, white; bright-red and so on;",
            "# a number from 0 to 255; \"#rrggbb\" (shown exactly where the terminal has true colour, e.g.",
            "# TERM=xterm-direct, else the nearest it has); \"default\" for the terminal's own colour.",
            "# Terminals without colour (and NO_COLOR) use underline and reverse video instead.",
            "[colors]",
            "# Text on highlights and search matches.",
            "highlight-text = \(quoted(Theme.standard.markedText))",
            "# Background of search matches.",
            "search-match = \(quoted(Theme.standard.searchMatch))",
            "# Background of the current match (n/N), which is also bold and underlined.",
            "current-match = \(quoted(Theme.standard.currentMatch))",
            "",
            "# Entity mentions and the entity pane's headings; \"default\" is underlined instead.",
            "[colors.entities]",
        ]
        lines += EntityCategory.allCases.map { "\($0.configName) = \(quoted(Theme.standard.color(of: $0)))" }
        lines += ["", "# Highlight backgrounds, by the name highlights are stored with.", "[colors.highlights]"]
        lines += HighlightColor.allCases.map { "\($0.rawValue) = \(quoted(Theme.standard.background(of: $0)))" }
        lines += [
            "",
            "# Key bindings: action = [keys]. A key is a character (\"j\", \"G\", \"?\"), \"ctrl-\" and a letter, or one of",
            "# space, enter, tab, shift-tab, esc, backspace, up, down, left, right, page-up, page-down, home, end;",
            "# a sequence is keys separated by spaces (\"g g\").",
            "# An action listed here gets exactly these keys in that table; [] unbinds it. A key given to",
            "# another action leaves the one it had. Tables other than [keys.global] win over it where they apply.",
        ]
        for scope in KeyScope.allCases {
            lines += ["", "[keys.\(scope.configName)]  # \(scope.rawValue)"]
            lines += bindingLines(Keymap.standard, scope: scope)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One `action = [keys]  # summary` line per action bound in the scope, in key-table order.
    static func bindingLines(_ keymap: Keymap, scope: KeyScope) -> [String] {
        var order: [Action] = []
        var keys: [Action: [String]] = [:]
        for binding in keymap.bindings where binding.scope == scope {
            if keys[binding.action] == nil { order.append(binding.action) }
            keys[binding.action, default: []].append(Key.configText(of: binding.keys))
        }
        let entries = order.map { action in
            (action, "\(tomlKey(action.configName)) = [\((keys[action] ?? []).map(tomlString).joined(separator: ", "))]")
        }
        let width = entries.map(\.1.count).max() ?? 0
        return entries.map { action, line in
            line.padding(toLength: width, withPad: " ", startingAt: 0) + "  # " + action.summary(in: scope)
        }
    }

    /// Names with a dot are quoted: unquoted, TOML reads them as a table and a key.
    static func tomlKey(_ name: String) -> String {
        name.contains(".") ? "\"\(name)\"" : name
    }

    static func quoted(_ color: Color?) -> String {
        "\"\(color?.configText ?? "default")\""
    }

    /// A TOML basic string: quotes and backslashes escaped.
    static func tomlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
