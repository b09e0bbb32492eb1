import ArgumentParser
import Foundation
import ReaderCore

/// `--config PATH` and `--verbose`, on every command.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read settings from this file instead of $XDG_CONFIG_HOME/reader/config.toml.", valueName: "path"),
        completion: .file(extensions: ["toml"]))
    var config: String?

    @Flag(name: .long, help: "Log debug messages too (to $XDG_STATE_HOME/reader/reader.log).")
    var verbose = false

    init() {}

    /// The options as given, without ArgumentParser (`QuickArguments`).
    init(config: String?, verbose: Bool) {
        self.config = config
        self.verbose = verbose
    }

    /// Reads the config file and logs what is wrong with it; callers decide where else to show it.
    func loadConfig() -> ConfigFile.Loaded {
        let loaded = ConfigFile.load(explicitPath: config)
        ReaderLog.logger.debug("config file", metadata: ["path": "\(loaded.path)", "exists": "\(loaded.exists)"])
        if loaded.exists { ReaderLog.logger.info("config read", metadata: ["path": "\(loaded.path)", "problems": "\(loaded.problems.count)"]) }
        for problem in loaded.problems { ReaderLog.logger.warning("config: \(problem)") }
        return loaded
    }

    /// Reads the config file; its problems go to stderr (for commands without a status line).
    func loadConfigReportingProblems() -> ReaderConfig {
        let loaded = loadConfig()
        for problem in loaded.problems { Diagnostics.error(problem.description, log: false) }
        return loaded.config
    }
}

/// A command that carries the global options, so `main` can set up logging before it runs.
protocol HasGlobalOptions {
    var global: GlobalOptions { get }
}
