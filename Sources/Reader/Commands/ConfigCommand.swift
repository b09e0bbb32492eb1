import ArgumentParser
import Foundation
import ReaderText
import ReaderCore

/// `reader config`: the config file's default text, its path, and a check of it.
struct ConfigCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default config, where the config file is, or what is wrong with it.",
        discussion: "With no flag, checks the config file (as --check). 'reader help config' explains the file.")

    @Flag(name: .customLong("default"), help: "Print a complete, commented config with every default setting and key.")
    var printDefault = false

    @Flag(help: "Print the path of the config file in use.")
    var path = false

    @Flag(help: "Report every problem in the config file with its line; exit 65 when there is one.")
    var check = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if [printDefault, path, check].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --default, --path and --check")
        }
    }

    func run() throws {
        if printDefault {
            FileHandle.standardOutput.write(Data(DefaultConfig.text.utf8))
            return
        }
        let loaded = global.loadConfig()
        if path {
            print(loaded.path)
            return
        }
        for problem in loaded.problems { print(TextSanitizer.sanitize(problem.description, keepNewlines: false)) }
        if !loaded.problems.isEmpty { throw ExitCode(ExitStatus.dataError) }
        print(loaded.exists ? "\(loaded.path): no problems" : "\(loaded.path) does not exist: the defaults are used ('reader config --default' prints them)")
    }
}
