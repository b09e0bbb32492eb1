import ArgumentParser
import Foundation
import ReaderLibrary

/// `reader sync` and `reader sync init [REMOTE]`: the library on several machines through a git
/// repository of plain JSON records.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync marks, highlights and notes with other machines through a git repository.",
        discussion: "'reader sync init [REMOTE]' creates the repository (beside the library, or --sync-dir); 'reader sync' exports, merges, imports and pushes.",
        subcommands: [SyncRunCommand.self, SyncInitCommand.self],
        defaultSubcommand: SyncRunCommand.self)
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

struct SyncRunCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Export what changed, commit, fetch, merge record by record, import and push (the default).")

    @OptionGroup var sync: SyncOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let run = try sync.run(library: library)
        do {
            let report = try run.sync()
            ReaderLog.logger.info("sync", metadata: ["summary": "\(report.summary)"])
            print(report.summary)
        } catch {
            throw SyncFailure.exit(error)
        }
    }
}

struct SyncInitCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the sync repository, with REMOTE (a git URL or path) to push to and fetch from.")

    @Argument(help: "A git remote: an ssh or https URL, or the path of a bare repository.") var remote: String?
    @OptionGroup var sync: SyncOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let run = try sync.run(library: library)
        do {
            print(try run.initialize(remote: remote))
            print("Run 'reader sync' to export the library and sync it.")
        } catch {
            throw SyncFailure.exit(error)
        }
    }
}
