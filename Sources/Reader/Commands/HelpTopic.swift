import Foundation
import ReaderCore

/// `reader help keys` and `reader help config`: pages about the interactive reader, which
/// ArgumentParser's help (about commands and options) cannot hold.
enum HelpTopic: String, CaseIterable {
    case keys, config

    var summary: String {
        switch self {
        case .keys: return "the keys and mouse actions in effect, after the config file"
        case .config: return "the config file: where it is, what it sets, how mistakes are reported"
        }
    }

    /// The topic `reader help TOPIC [--config PATH]` asks for, if the arguments are that.
    static func requested(in arguments: [String]) -> (topic: HelpTopic, configPath: String?)? {
        guard arguments.first == "help", arguments.count >= 2, let topic = HelpTopic(rawValue: arguments[1]) else { return nil }
        let rest = Array(arguments.dropFirst(2))
        if rest.isEmpty { return (topic, nil) }
        if rest.count == 2, rest[0] == "--config" { return (topic, rest[1]) }
        if rest.count == 1, rest[0].hasPrefix("--config=") { return (topic, String(rest[0].dropFirst("--config=".count))) }
        return nil
    }

    func text(config: ConfigFile.Loaded) -> String {
        switch self {
        case .keys:
            var lines = ["Keys of the interactive reader, with \(config.exists ? config.path : "the default settings"):", ""]
            lines += HelpView.lines(keymap: config.config.keymap, mouse: config.config.mouse)
            lines += ["", "Change them in the config file's [keys.*] tables: 'reader help config'."]
            return lines.joined(separator: "\n") + "\n"
        case .config:
            return """
                The config file

                Reader reads $XDG_CONFIG_HOME/reader/config.toml (~/.config/reader/config.toml when
                XDG_CONFIG_HOME is unset), or the file given with --config PATH. It is TOML. Without a file,
                everything has its default.

                  reader config --default > ~/.config/reader/config.toml   # start from the complete default
                  reader config --check                                     # report mistakes, with their line
                  reader config --path                                      # which file is in use

                It sets: key bindings ([keys.global], [keys.list], [keys.text], [keys.entities], [keys.visual],
                [keys.notes], [keys.all-notes], [keys.help]: action = ["key", "g g", "ctrl-d"]); colours of entity
                categories and highlights ([colors]: names, bright-NAME, 0-255, "#rrggbb"); which entity
                categories are highlighted at start and when an article counts as read ([reading]); pane
                widths, the text width and table borders, table-borders = "auto", "unicode" or "ascii"
                ([layout]); page-furniture lines to drop ([articles]); whether feeds show the full article
                their items link to, full-text = true ([feeds]; a feed's own setting wins); the editor
                and browser commands and the mouse (top level).

                A mistake (bad TOML, an unknown key or action, a bad key name or colour) is reported as
                FILE:LINE: what was expected, on stderr and in the status line, and that part keeps its
                default; the rest of the file is used.

                Colours adapt to the terminal: true colour where terminfo has it (TERM=xterm-direct), else the
                nearest of 256, 16 or 8 colours; with no colour (or NO_COLOR set) underline and reverse video
                mark entities, highlights and matches.

                The log is $XDG_STATE_HOME/reader/reader.log (~/.local/state/reader/reader.log); --verbose
                adds debug messages.

                """
        }
    }
}
