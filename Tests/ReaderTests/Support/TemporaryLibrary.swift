import Foundation
import Synchronization
@testable import Reader
@testable import ReaderEntities
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

    /// An empty library in a folder of its own.
    init(named name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// The bundled samples, imported as the first run of `reader` imports them, and with their
    /// entities found, as after they were first read: a session then reads the entities from the
    /// library before its first frame, instead of loading the model and recognising them in the
    /// background (which made frames depend on timing and kept the CPU busy after the session).
    static func samples(named name: String) throws -> TemporaryLibrary {
        let library = try TemporaryLibrary(named: name)
        do {
            try library.importFolder(try BundledSamples.directory().get())
            try library.storeEntities()
        } catch {
            library.remove()
            throw error
        }
        return library
    }

    /// Imports a folder's articles, as `reader import` would; any file skipped is an error.
    func importFolder(_ folder: String, config: ReaderConfig = .defaults) throws {
        let report = try store().importPaths([folder], recognizer: nil, loader: config.articleLoader)
        guard report.skipped.isEmpty else { throw LibraryImportProblem(skipped: report.skipped) }
    }

    /// Stores each article's entities as the reader does once it has found them. Each text is
    /// recognised once for all the tests.
    func storeEntities() throws {
        let store = try store()
        for entry in try store.entries() {
            guard let article = try store.article(entry.id) else { continue }
            try store.saveEntities(entry.id, spans: try Self.entities(of: article), foundIn: article)
        }
    }

    private static let recognizer = Result { try EntityResources.recognizer() }
    /// Entities found so far, by the text they were found in.
    private static let entitiesFound = Mutex<[String: [EntitySpan]]>([:])

    private static func entities(of article: Article) throws -> [EntitySpan] {
        let recognizer = try recognizer.get()
        return entitiesFound.withLock { found in
            if let spans = found[article.plainText] { return spans }
            let spans = article.withoutMarkup(recognizer.recognize(article.plainText))
            found[article.plainText] = spans
            return spans
        }
    }

    func store() throws -> LibraryStore {
        try LibraryStore.open(path: path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// One session over a sample library of its own, which goes when the session has ended.
    static func session(named name: String, _ script: [FakeTerminal.Step], size: Size = Size(width: 120, height: 30)) throws -> SessionRun {
        let library = try samples(named: name)
        defer { library.remove() }
        return try library.run(script, size: size)
    }

    /// Runs one session over the library to its end: the script played, then quit.
    func run(
        _ script: [FakeTerminal.Step], size: Size = Size(width: 120, height: 30), config: ReaderConfig = .defaults,
        environment: [String: String] = ["LANG": "C.UTF-8"], readOnly: Bool = false
    ) throws -> SessionRun {
        let store = try LibraryStore.open(path: path, readOnly: readOnly)
        let sync = LibrarySync(store: store)
        let listed = sync.restoreListSort(try ReaderState.library(store, size: Size(width: 80, height: 24)))
        let (state, startup) = OpenCommand.firstScreen(listed, sync: sync, config: config, environment: environment)
        let services = SessionServices(source: LibraryArticleSource(store: store), catalog: LibraryCatalog(store: store), library: sync)
        let terminal = FakeTerminal(script, size: size, quitKey: Self.quitKey(config.keymap))
        let session = ReaderSession(state: state, terminal: terminal, services: services, startup: startup, editor: config.editor,
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
