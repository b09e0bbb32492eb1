import ArgumentParser
import Foundation
import ReaderLibrary

/// `reader sync` and `reader sync init [REMOTE]`: the library on several machines through a git
/// repository of plain JSON records. One command (not subcommands), so its help shows every option.
struct SyncCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync marks, highlights and notes with other machines through a git repository.",
        discussion: "'reader sync init [REMOTE]' creates the repository (beside the library, or --sync-dir); 'reader sync' exports what changed, commits, fetches, merges record by record, imports and pushes.")

    @Argument(help: ArgumentHelp("Nothing to sync, or 'init' and an optional git remote (ssh or https URL, or a bare repository's path).", valueName: "init [remote]"))
    var words: [String] = []
    @OptionGroup var sync: SyncOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let first = words.first, first != "init" { throw ValidationError("unknown action '\(first)': use 'reader sync' or 'reader sync init [REMOTE]'") }
        if words.count > 2 { throw ValidationError("'reader sync init' takes one remote") }
    }

    func run() throws {
        let run = try sync.run(library: library)
        do {
            if words.first == "init" {
                print(try run.initialize(remote: words.count > 1 ? words[1] : nil))
                print("Run 'reader sync' to export the library and sync it.")
                return
            }
            let report = try run.sync()
            ReaderLog.logger.info("sync", metadata: ["summary": "\(report.summary)"])
            print(report.summary)
        } catch {
            throw SyncFailure.exit(error)
        }
    }
}

/// `--sync-dir`, and the sync run of a library.
struct SyncOptions: ParsableArguments {
    @Option(name: .customLong("sync-dir"), help: ArgumentHelp("The sync repository (default: 'sync' beside the library).", valueName: "dir"))
    var syncDir: String?

    func directory(library: LibraryOptions) -> String {
        let path = syncDir ?? LibrarySyncRun.defaultDirectory(library: library.path)
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    func run(library: LibraryOptions) throws -> LibrarySyncRun {
        let git: ProcessGit
        do { git = try ProcessGit() } catch { throw SyncFailure.exit(error) }
        return LibrarySyncRun(store: try library.open(), directory: directory(library: library), git: git)
    }
}

enum SyncFailure {
    /// Says what went wrong and exits with its status (sysexits.h).
    static func exit(_ error: SyncError) -> ExitCode {
        Diagnostics.error(error.description)
        switch error {
        case .gitMissing: return ExitCode(69)
        case .notInitialized: return ExitCode(ExitStatus.noInput)
        case .alreadyInitialized: return ExitCode(73)
        case .busy, .remoteUnreachable, .remoteRefused: return ExitCode(75)
        default: return ExitCode(ExitStatus.software)
        }
    }
}
