import Foundation
import Logging
import ReaderCore

/// The reader's log: $XDG_STATE_HOME/reader/reader.log (~/.local/state/reader/reader.log). Only
/// ever a file, so nothing is written over the interface; --verbose logs debug messages too.
enum ReaderLog {
    static let logger = Logger(label: "reader")

    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        ConfigFile.xdgHome("XDG_STATE_HOME", fallback: ".local/state", environment: environment) + "/reader/reader.log"
    }

    /// The log's path as a person would type it: the home folder as ~.
    static func shownPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let path = defaultPath(environment: environment)
        guard let home = environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Sets up logging once per process, before the first message.
    static func bootstrap(verbose: Bool, path: String = defaultPath()) {
        let file = LogFile(path: path)
        LoggingSystem.bootstrap { label in
            guard let file else { return SwiftLogNoOpLogHandler(label) }
            return FileLogHandler(label: label, file: file, logLevel: verbose ? .debug : .info)
        }
    }
}
