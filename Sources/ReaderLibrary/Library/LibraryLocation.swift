import Foundation

/// Where the library database lives: $XDG_DATA_HOME/reader/library.sqlite, else
/// ~/.local/share/reader/library.sqlite.
public enum LibraryLocation {
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/reader/library.sqlite"
    }
}
