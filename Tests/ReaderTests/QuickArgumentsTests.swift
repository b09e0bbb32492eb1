import ArgumentParser
import Testing
@testable import Reader

/// The quick reading of `--version` and the interactive command agrees with ArgumentParser's, and
/// leaves everything else to it.
struct QuickArgumentsTests {
    private func quick(_ arguments: [String]) -> QuickArguments? {
        QuickArguments.read(arguments, commandNames: ReaderCommand.commandNames)
    }

    @Test(arguments: [
        [], ["a.txt"], ["a.txt", "dir"], ["--verbose"], ["--library", "/tmp/l.sqlite"], ["--library=/tmp/l.sqlite", "x.md"],
        ["--config", "c.toml", "--verbose", "a.txt"], ["a.txt", "--config=c.toml", "b.txt", "--library", "l.sqlite"],
        ["é café.txt", "--verbose"],
    ])
    func openMatchesArgumentParser(_ arguments: [String]) throws {
        guard case .open(let paths, let library, let config, let verbose) = quick(arguments) else {
            Issue.record("\(arguments) was not read as the interactive command")
            return
        }
        let parsed = try #require(try ReaderCommand.parseAsRoot(arguments) as? OpenCommand)
        #expect(paths == parsed.paths)
        #expect(library == parsed.library.library)
        #expect(config == parsed.global.config)
        #expect(verbose == parsed.global.verbose)
        let built = OpenCommand(paths: paths, library: LibraryOptions(path: library), global: GlobalOptions(config: config, verbose: verbose))
        #expect(built.paths == parsed.paths && built.library.path == parsed.library.path && built.global.config == parsed.global.config)
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["show", "a.txt"], ["a.txt", "list"], ["help", "keys"], ["--library"], ["--library", "--verbose"],
        ["--library", "a", "--library", "b"], ["--config="], ["--unknown"], ["--", "-file.txt"], ["open", "a.txt"],
        ["--version", "a.txt"], ["-v"],
    ])
    func leavesTheRestToArgumentParser(_ arguments: [String]) {
        #expect(quick(arguments) == nil)
    }

    @Test func versionIsArgumentParsersVersion() {
        #expect(quick(["--version"]) == .version)
        var message = ""
        do { _ = try ReaderCommand.parseAsRoot(["--version"]) } catch { message = ReaderCommand.fullMessage(for: error) }
        #expect(message == ReaderVersion.current)
    }

    @Test func commandNamesAreTheSubcommandsOfTheTable() {
        let table = Set(ReaderCommand.configuration.subcommands.compactMap { $0.configuration.commandName })
        #expect(ReaderCommand.commandNames == table.union(["help"]))
    }
}
