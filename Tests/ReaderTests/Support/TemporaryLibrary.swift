import Foundation
@testable import Reader
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// A library in a temporary folder, and reader sessions over it on a `FakeTerminal`, each started
/// the way `reader` without paths starts (`OpenCommand.run`): the list from the library in its
/// stored sort, the config applied, then the article open at the last quit at its position, else
/// the selected one. `remove()` takes the folder away.
struct TemporaryLibrary {
    let root: URL
    var path: String { root.appendingPathComponent("library.sqlite").path }

    /// Writes each text to `articles/NAME.txt` and imports the folder, as `reader import` would.
    init(named name: String, texts: [String: String], config: ReaderConfig = .defaults) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        let articles = root.appendingPathComponent("articles")
        do {
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
            for (name, text) in texts {
                try text.write(to: articles.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            }
            try Self.importFolder(articles.path, into: path, config: config)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    /// The bundled samples, imported as the first run of `reader` imports them.
    static func samples(named name: String) throws -> TemporaryLibrary {
        let folder = try BundledSamples.directory().get()
        let library = try TemporaryLibrary(named: name, texts: [:])
        try importFolder(folder, into: library.path, config: .defaults)
        return library
    }

    private static func importFolder(_ folder: String, into path: String, config: ReaderConfig) throws {
        let report = try LibraryStore.open(path: path).importPaths([folder], recognizer: nil, loader: config.articleLoader)
        guard report.skipped.isEmpty else { throw LibraryImportProblem(skipped: report.skipped) }
    }

    func store() throws -> LibraryStore {
        try LibraryStore.open(path: path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs one session over the library to its end: the script played, then quit.
    func run(
        _ script: [FakeTerminal.Step], size: Size = Size(width: 120, height: 30), config: ReaderConfig = .defaults,
        environment: [String: String] = ["LANG": "C.UTF-8"]
    ) throws -> SessionRun {
        let store = try store()
        let sync = LibrarySync(store: store)
        var state = sync.restoreListSort(try ReaderState.library(store, size: Size(width: 80, height: 24)))
        state = config.apply(to: state)
        state.tableBorders = config.tableBorders(environment: environment)
        state = sync.restoreLastSession(state)
        if state.openArticle == nil {
            state = sync.restoreAnchor(Reducer.showSelectedIfNothingOpen(state))
        }
        let terminal = FakeTerminal(script, size: size, quitKey: Self.quitKey(config.keymap))
        let session = ReaderSession(state: state, terminal: terminal, library: sync, editor: config.editor,
                                    browser: config.browser, environment: environment)
        let started = ContinuousClock.now
        let status = session.run()
        return SessionRun(status: status, terminal: terminal, elapsed: ContinuousClock.now - started)
    }

    /// The single key that quits, as the config binds it.
    static func quitKey(_ keymap: Keymap) -> Key {
        keymap.bindings(in: .global).first { $0.action == .quit && $0.keys.count == 1 }?.keys[0] ?? .character("q")
    }
}

/// One session's end: its exit status, its terminal (the frames it painted) and how long it ran.
struct SessionRun {
    let status: Int32
    let terminal: FakeTerminal
    let elapsed: Duration

    /// The last frame painted; an empty one when the session painted nothing.
    var lastFrame: Frame { terminal.lastFrame ?? Frame(size: terminal.size) }
}

struct LibraryImportProblem: Error, CustomStringConvertible {
    let skipped: [ArticleLoadError]
    var description: String { "files skipped on import: \(skipped.map(\.description))" }
}
