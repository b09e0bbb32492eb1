import ArgumentParser
import Foundation
import ReaderLibrary

/// `--library PATH`, shared by every command that uses the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library database.", valueName: "path"))
    var library: String?

    var path: String { library ?? LibraryLocation.defaultPath() }

    init() {}

    init(path: String?) {
        library = path
    }

    /// Opens the library or exits with a clear message.
    func open() throws -> LibraryStore {
        do {
            let store = try LibraryStore.open(path: path)
            ReaderLog.logger.info("library opened", metadata: ["path": "\(path)", "readOnly": "\(store.isReadOnly)"])
            return store
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
    }
}

/// Prints a progress bar on stderr when it is a terminal, and nothing in pipes.
struct ProgressBar {
    let label: String
    let enabled = isatty(STDERR_FILENO) == 1

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// `reader entities --library` with no path means the default library; ArgumentParser options
/// always take a value, so the default path is filled in before parsing.
enum ArgumentRewriting {
    static func fillingLibraryDefault(_ arguments: [String]) -> [String] {
        var arguments = arguments
        guard let index = arguments.firstIndex(of: "--library") else { return arguments }
        let next = index + 1 < arguments.count ? arguments[index + 1] : nil
        if next == nil || next?.hasPrefix("-") == true {
            arguments.insert(LibraryLocation.defaultPath(), at: index + 1)
        }
        return arguments
    }
}
