import Foundation
import Testing
@testable import Reader

/// Issue 7 end to end: the config file in the real binary, pipes without a terminal, help
/// topics, completions and the log file.
@Suite("Terminal conventions: config, pipes, help, log", .serialized)
struct ConventionsTests {
    static let config = """
        [keys.global]
        quit = ["Q"]
        launch-rockets = ["r"]

        [colors.entities]
        people = "#ff8700"
        """

    func environment(home: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment.removeValue(forKey: "COLUMNS")
        return environment
    }

    func writeConfig(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("config.toml").path
        try Data(Self.config.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("reader --config FILE: the bad line in the status line, the rebinding works, q is unbound, Q quits", needsTmux)
    func configInTheInterface() async throws {
        let folder = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try writeConfig(in: folder)
        // The library (the samples, imported before the interface starts), so no background import
        // replaces the status line meanwhile.
        let session = try TmuxSession(try ReaderUnderTest.binary(), ["--config", config], width: 160, height: 40)
        defer { session.close() }

        var screen = try await session.waitUntil("the config problem in the status line") {
            $0.contains("Articles (6)") && $0.statusLine.contains("config.toml:3: unknown action 'launch-rockets'")
        }

        try session.sendKeys("q")
        screen = try await session.waitUntil("q is no longer bound") { $0.statusLine.contains("Unbound key q") }
        #expect(screen.statusLine.hasSuffix("Q quit"), "the key hints follow the rebinding: \(screen.statusLine)")

        try session.sendKeys("?")
        screen = try await session.waitUntil("the help lists Q for quit") { $0.lines.contains { $0.contains(" Q ") && $0.contains("Quit") } }
        try session.sendKeys("Escape")
        _ = try await session.waitUntil("help closed") { !$0.contains("Keys · Esc closes") }

        try session.sendKeys("Q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test("reader in a pipe: a message and a non-zero exit, no escape sequences")
    func noTerminal() throws {
        let home = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try ChildProcess.run(try ReaderUnderTest.binary(), [], environment: environment(home: home))
        #expect(result.status == 1, "stderr: \(result.error)")
        #expect(result.error.contains("needs a terminal"), "stderr: \(result.error)")
        #expect(result.output.isEmpty && !result.error.contains("\u{1B}"))
    }

    @Test("reader show: clean text at --width, else 80 in a pipe")
    func showWidths() throws {
        let home = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let binary = try ReaderUnderTest.binary()
        let narrow = try ChildProcess.run(binary, ["show", "--plain", "--width", "40", ReaderUnderTest.seedArticle], environment: environment(home: home))
        #expect(narrow.status == 0, "stderr: \(narrow.error)")
        let narrowLines = narrow.output.split(separator: "\n")
        #expect(narrowLines.allSatisfy { $0.count <= 40 })
        #expect(narrowLines.contains { $0.count > 30 })
        #expect(!narrow.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no escape sequences or controls")

        let piped = try ChildProcess.run(binary, ["show", "--plain", ReaderUnderTest.seedArticle], environment: environment(home: home))
        let pipedLines = piped.output.split(separator: "\n")
        #expect(pipedLines.allSatisfy { $0.count <= 80 })
        #expect(pipedLines.contains { $0.count > 60 }, "80 columns without a terminal")
    }

    @Test("reader config --check and reader help keys read the same file")
    func configCommands() throws {
        let folder = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try writeConfig(in: folder)
        let binary = try ReaderUnderTest.binary()
        let environment = environment(home: folder)

        let check = try ChildProcess.run(binary, ["config", "--check", "--config", config], environment: environment)
        #expect(check.status == 65)
        #expect(check.output == "\(config):3: unknown action 'launch-rockets' in [keys.global]; 'reader config --default' lists the actions\n")

        let keys = try ChildProcess.run(binary, ["help", "keys", "--config", config], environment: environment)
        #expect(keys.status == 0)
        #expect(keys.output.split(separator: "\n").contains { $0.hasPrefix("  Q ") && $0.hasSuffix("Quit") })
        #expect(keys.output.contains("Mouse"))

        let topic = try ChildProcess.run(binary, ["help", "config"], environment: environment)
        #expect(topic.status == 0 && topic.output.contains("reader config --default"))
        #expect(topic.output.contains("table-borders"), "help config names every [layout] setting")

        let defaults = try ChildProcess.run(binary, ["config", "--default"], environment: environment)
        let written = folder.appendingPathComponent("default.toml")
        try Data(defaults.output.utf8).write(to: written)
        let recheck = try ChildProcess.run(binary, ["config", "--check", "--config", written.path], environment: environment)
        #expect(recheck.status == 0 && recheck.output.hasSuffix("no problems\n"), "\(recheck.output)")

        let missing = try ChildProcess.run(binary, ["config", "--path"], environment: environment)
        #expect(missing.output == folder.appendingPathComponent("config/reader/config.toml").path + "\n")
    }

    @Test("Every command takes --config and --verbose, as the README says")
    func everyCommandTakesTheGlobalOptions() throws {
        let home = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let commands = ReaderCommand.commandNames.subtracting(["help", "feed"]).map { [$0] }
            + ["add", "set", "list", "remove", "import", "export", "parse"].map { ["feed", $0] }
        for command in commands {
            let result = try ChildProcess.run(try ReaderUnderTest.binary(), command + ["--help"], environment: environment(home: home))
            #expect(result.output.contains("--config <path>") && result.output.contains("--verbose"), "\(command.joined(separator: " ")):\n\(result.output)")
        }
    }

    @Test("Completion scripts for bash, zsh and fish")
    func completions() throws {
        let home = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        for shell in ["bash", "zsh", "fish"] {
            let result = try ChildProcess.run(try ReaderUnderTest.binary(), ["--generate-completion-script", shell], environment: environment(home: home))
            #expect(result.status == 0, "\(shell): \(result.error)")
            #expect(result.output.contains("config") && result.output.contains("show") && result.output.contains("verbose"), "\(shell)")
        }
    }

    @Test("The log is a private file under XDG_STATE_HOME; --verbose adds debug lines; stderr stays clean")
    func logFile() throws {
        let home = try ReaderUnderTest.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let binary = try ReaderUnderTest.binary()
        let library = home.appendingPathComponent("lib.sqlite").path
        let result = try ChildProcess.run(binary, ["import", "--no-entities", "--verbose", "--library", library, ReaderUnderTest.seedArticle],
                                          environment: environment(home: home))
        #expect(result.status == 0, "stderr: \(result.error)")
        #expect(result.error.isEmpty, "nothing but progress (none in a pipe) on stderr: \(result.error)")
        let log = home.appendingPathComponent("state/reader/reader.log").path
        let attributes = try FileManager.default.attributesOfItem(atPath: log)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: home.appendingPathComponent("state/reader").path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("info [reader] start"))
        #expect(text.contains("import finished: 1 added"))
        #expect(text.contains("library opened"))
        #expect(text.contains("debug [reader] config file"), "--verbose logs debug messages")

        let quiet = try ChildProcess.run(binary, ["import", "--no-entities", "--library", library, ReaderUnderTest.seedArticle],
                                         environment: environment(home: home))
        #expect(quiet.status == 0)
        let after = try String(contentsOfFile: log, encoding: .utf8)
        #expect(after.components(separatedBy: "debug [reader]").count == text.components(separatedBy: "debug [reader]").count,
                "no debug lines without --verbose")
        #expect(after.contains("1 unchanged"))
    }
}
