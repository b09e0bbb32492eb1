import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// Libraries ("machines") that sync through one bare repository in a temporary folder, each with
/// the same article files imported.
final class SyncMachines {
    let root: URL
    let remote: String
    let articles: String
    private(set) var machines: [Machine] = []
    let git: CountingGit

    final class Machine {
        let name: String
        let store: LibraryStore
        let sync: LibrarySyncRun

        init(name: String, store: LibraryStore, sync: LibrarySyncRun) {
            self.name = name
            self.store = store
            self.sync = sync
        }

        func article(_ index: Int) throws -> (row: Int64, article: Article) {
            let entries = try store.entries().sorted { $0.summary.sourcePath < $1.summary.sourcePath }
            let row = entries[index].id
            return (row, try #require(try store.article(row)))
        }

        /// Highlights `quote` (its first occurrence) in article `index`.
        @discardableResult
        func highlight(_ quote: String, article index: Int, note: String? = nil, color: HighlightColor = .yellow) throws -> Highlight {
            let (row, article) = try article(index)
            let scalars = Array(article.plainText.unicodeScalars)
            let start = try #require(TextAnchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars).first)
            let highlight = article.highlight(start..<(start + quote.unicodeScalars.count), color: color, note: note, stamper: .system)
            try store.saveHighlight(highlight, rowID: row, articleTitle: article.title)
            return highlight
        }

        func editNote(_ id: String, _ note: String?) throws {
            var highlight = try #require(try store.allHighlights().first { $0.highlight.id == id }).highlight
            highlight.note = note
            highlight.modified = Date()
            try store.saveHighlight(highlight, rowID: highlight.articleID.flatMap(LibraryStore.rowID(of:)), articleTitle: "")
        }

        func setRead(_ index: Int, _ read: Bool) throws {
            let (row, _) = try article(index)
            var state = try store.readingState(row)
            state.isRead = read
            try store.saveReadingState(row, state)
        }

        func readingState(_ index: Int) throws -> StoredReadingState { try store.readingState(try article(index).row) }

        func notes() throws -> [String: String] {
            var notes: [String: String] = [:]
            for item in try store.allHighlights() { notes[item.highlight.id] = item.highlight.note ?? "" }
            return notes
        }

        /// What must agree between machines: each highlight's quote, colour and note, and each
        /// article's marks, by article key.
        func state() throws -> String {
            let snapshot = try store.syncSnapshot()
            var lines: [String] = []
            for key in snapshot.articles.keys.sorted() {
                let local = snapshot.articles[key]!
                for name in SyncMarkName.allCases {
                    if let mark = local.marks[name] { lines.append("\(key) \(name) \(mark.value.rendered().filter { !$0.isWhitespace })") }
                }
                for id in local.highlights.keys.sorted() {
                    let highlight = local.highlights[id]!
                    lines.append("\(key) \(id) \(highlight.quote.exact) \(highlight.color) \(highlight.note ?? "")")
                }
            }
            return lines.joined(separator: "\n")
        }

        @discardableResult
        func syncNow() throws -> SyncReport { try sync.sync() }
    }

    static let texts = [
        "The harbour wall\n\nThe council met on Monday. The harbour wall needs repair before winter storms arrive. Costs are rising fast.\n\nBoats wait in the bay.",
        "A new library opens\n\nThe town library opened its doors on Saturday. Children queued for an hour. The mayor cut a ribbon and gave a short speech.",
        "Rail fares go up\n\nFares rise by three percent in January. Commuters say the trains are late. The operator promises new carriages next year.",
    ]

    init(count: Int, texts: [String] = SyncMachines.texts) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("reader-sync-\(UUID().uuidString)")
        articles = root.appendingPathComponent("articles").path
        remote = root.appendingPathComponent("remote.git").path
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for (index, text) in texts.enumerated() {
            try text.write(toFile: articles + "/\(index).txt", atomically: true, encoding: .utf8)
        }
        git = try CountingGit()
        let made = try git.run(["init", "-q", "--bare", remote], in: root.path, input: nil)
        try #require(made.status == 0, "git init --bare: \(made.stderr)")
        for index in 0..<count { try add(name: ["laptop", "desktop", "server", "phone"][index % 4] + (index >= 4 ? "\(index)" : "")) }
    }

    @discardableResult
    func add(name: String, importArticles: Bool = true) throws -> Machine {
        let folder = root.appendingPathComponent(name).path
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        if importArticles { _ = try store.importPaths([articles], recognizer: nil) }
        let sync = LibrarySyncRun(store: store, directory: folder + "/sync", git: git)
        _ = try sync.initialize(remote: remote)
        let machine = Machine(name: name, store: store, sync: sync)
        machines.append(machine)
        return machine
    }

    subscript(index: Int) -> Machine { machines[index] }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// Git with a count of its calls and their time, to see what a sync costs.
final class CountingGit: GitRunning, @unchecked Sendable {
    let git: ProcessGit
    private let lock = NSLock()
    private(set) var calls: [String: (count: Int, seconds: Double)] = [:]

    init() throws { git = try ProcessGit() }

    func run(_ arguments: [String], in directory: String, input: Data?, holding descriptor: Int32?) throws(SyncError) -> GitOutput {
        let start = Date()
        let output = try git.run(arguments, in: directory, input: input, holding: descriptor)
        let elapsed = Date().timeIntervalSince(start)
        lock.lock()
        let name = arguments.first ?? ""
        calls[name] = ((calls[name]?.count ?? 0) + 1, (calls[name]?.seconds ?? 0) + elapsed)
        lock.unlock()
        return output
    }

    var total: Int { lock.lock(); defer { lock.unlock() }; return calls.values.reduce(0) { $0 + $1.count } }
}
