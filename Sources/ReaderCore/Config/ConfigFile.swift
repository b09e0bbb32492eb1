import Foundation

/// The config file on disk: where it is, and reading it (the only part of config handling that
/// touches the file system).
public enum ConfigFile {
    /// $XDG_CONFIG_HOME/reader/config.toml, else ~/.config/reader/config.toml.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        xdgHome("XDG_CONFIG_HOME", fallback: ".config", environment: environment) + "/reader/config.toml"
    }

    /// An XDG base directory: the variable when it is an absolute path, else ~/fallback.
    public static func xdgHome(_ variable: String, fallback: String, environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
    }

    public struct Loaded: Sendable {
        public var path: String
        /// Whether there was a file to read (the default file may simply not exist).
        public var exists: Bool
        public var config: ReaderConfig
        public var problems: [ConfigProblem]
    }

    /// Reads the file given with --config, else the default one. A missing default file means the
    /// defaults; a missing --config file, or one that cannot be read, is a problem.
    public static func load(explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Loaded {
        let path = explicitPath ?? defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            let problems = explicitPath == nil ? [] : [ConfigProblem(file: path, line: nil, message: "no such file; using the default settings")]
            return Loaded(path: path, exists: false, config: .defaults, problems: problems)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(path: path, exists: true, config: .defaults,
                          problems: [ConfigProblem(file: path, line: nil, message: "cannot be read; using the default settings")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return Loaded(path: path, exists: true, config: .defaults,
                          problems: [ConfigProblem(file: path, line: nil, message: "is not UTF-8 text; using the default settings")])
        }
        let outcome = ConfigParser.parse(text, file: path)
        return Loaded(path: path, exists: true, config: outcome.config, problems: outcome.problems)
    }
}
