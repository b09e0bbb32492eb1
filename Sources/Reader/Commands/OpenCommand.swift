import ArgumentParser
import Foundation
import ReaderKit

/// `reader [PATH...]`: the interactive reader.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open articles in the interactive reader (the default command).")

    @Argument(help: "Article files or directories (.txt and .md are taken from directories). Default: the bundled samples.")
    var paths: [String] = []

    func run() throws {
        let loaded = try ArticleSet.load(paths: paths)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Diagnostics.error("the interactive reader needs a terminal; use 'reader show PATH' to print an article")
            throw ExitCode(1)
        }
        var state = ReaderState(articles: loaded.articles, size: Size(width: 80, height: 24))
        if loaded.articles.count == 1 && paths.count == 1 && !loaded.openedDirectory {
            state = Reducer.reduce(state, action: .openSelected)
        }
        if !loaded.problems.isEmpty {
            state.statusMessage = loaded.problems.map(\.description).joined(separator: "; ")
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        let status = ReaderSession(state: state, terminal: terminal).run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Articles gathered from the command line's paths, with the problems met on the way.
struct ArticleSet {
    var articles: [Article]
    var problems: [ArticleLoadError]
    var openedDirectory: Bool

    /// Loads the paths (or the samples). Problems go to stderr; none loaded at all means exit 66.
    static func load(paths: [String]) throws -> ArticleSet {
        var paths = paths
        if paths.isEmpty {
            switch BundledSamples.directory() {
            case .success(let folder): paths = [folder]
            case .failure(let missing):
                Diagnostics.error("\(missing)")
                throw ExitCode(ExitStatus.noInput)
            }
        }
        let result = ArticleLoader().loadAll(paths: paths)
        for problem in result.failures { Diagnostics.error(problem.description) }
        if result.articles.isEmpty {
            if result.failures.isEmpty { Diagnostics.error("no .txt or .md articles found in \(paths.joined(separator: ", "))") }
            throw ExitCode(ExitStatus.noInput)
        }
        let openedDirectory = paths.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return ArticleSet(articles: result.articles, problems: result.failures, openedDirectory: openedDirectory)
    }
}

enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("reader: \(TextSanitizer.sanitize(message, keepNewlines: false))\n".utf8))
    }
}
