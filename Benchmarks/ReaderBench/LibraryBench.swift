import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Library figures: importing the BBC corpus, starting on it, and a synthetic 100,000-article library.
@MainActor
enum LibraryBench {
    static func run(bbc: String, temp: URL, size: Size) {
        let bbcLibrary = temp.appendingPathComponent("bbc.sqlite").path
        guard let store = try? LibraryStore.open(path: bbcLibrary) else { return }
        let started = now()
        let report = try? store.importPaths([bbc], recognizer: nil, deferSearchIndex: true)
        record("import BBC, --no-entities (\(report?.added ?? 0) added)", milliseconds(now() - started))
        let catchUp = now()
        _ = try? store.search("economy")
        record("  first search after it (indexes 2,225)", milliseconds(now() - catchUp))
        let again = now()
        let unchanged = try? store.importPaths([bbc], recognizer: nil)
        record("re-import unchanged BBC (\(unchanged?.unchanged ?? 0) unchanged)", milliseconds(now() - again))
        if let recognizer = try? EntityResources.recognizer() {
            let withEntities = temp.appendingPathComponent("bbc-entities.sqlite").path
            if let entityStore = try? LibraryStore.open(path: withEntities) {
                let start = now()
                _ = try? entityStore.importPaths([bbc], recognizer: recognizer)
                record("import BBC with entities", milliseconds(now() - start))
            }
        }
        record("start on the BBC library (open, list, render)", measure(runs: 9) { _ = startScreen(path: bbcLibrary, size: size) })

        let bigLibrary = temp.appendingPathComponent("big.sqlite").path
        let generated = now()
        guard let big = generateLibrary(path: bigLibrary, count: 100_000, bbc: bbc) else { return }
        record("generate 100,000-article library (one-off)", milliseconds(now() - generated))
        var state: ReaderState?
        let library = ReducerDriver.library(big)
        record("start on 100,000 articles (open, list, render)", measure(runs: 5) { state = startScreen(path: bigLibrary, size: size) })
        if let peak = peakMemoryOfFreshStart(library: bigLibrary) {
            record("  peak memory, fresh process: start + open one, MiB", Double(peak), "MiB")
        }
        guard var listState = state else { return }
        let moves = now()
        for _ in 0..<1000 {
            listState = library.after(listState, .input(.key(.character("j"))))
            _ = ScreenRenderer.render(listState)
        }
        record("list move + render at 100,000", milliseconds(now() - moves) / 1000)
        record("open an article at 100,000 (read from SQLite, render)", measure(runs: 21) {
            let opened = library.after(listState, .input(.key(.enter)))
            _ = ScreenRenderer.render(opened)
        })
        for query in ["government minister", "economy"] {
            record("search '\(query)' at 100,000 (reader list, 500 ranked)", measure(runs: 9) {
                _ = try? big.searchIDs(query, limit: 500)
            })
            record("  with snippets (reader search, 100 results)", measure(runs: 9) {
                _ = try? big.search(query, limit: 100)
            })
        }
        _ = listState
    }

    /// A synthetic library of `count` articles made from BBC articles, one hour apart.
    static func generateLibrary(path: String, count: Int, bbc: String) -> LibraryStore? {
        guard let store = try? LibraryStore.open(path: path) else { return nil }
        let source = ArticleLoader().loadAll(paths: [bbc]).articles
        guard !source.isEmpty else { return nil }
        var batch: [Article] = []
        for index in 0..<count {
            let base = source[index % source.count]
            let date = Dateline(text: "2024-01-01", date: Date(timeIntervalSince1970: 1_600_000_000 + Double(index) * 3_600))
            batch.append(Article(
                id: ArticleID("synthetic-\(index)"), sourcePath: "/synthetic/\(index).txt", title: "\(base.title) #\(index)",
                byline: nil, dateline: date, paragraphs: base.paragraphs))
            if batch.count == 5_000 || index == count - 1 {
                try? store.add(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        return store
    }

    /// What the reader does before the first screen: open the library, list, render.
    static func startScreen(path: String, size: Size) -> ReaderState? {
        guard let store = try? LibraryStore.open(path: path), var state = try? ReaderState.library(store, size: size) else {
            return nil
        }
        state = ReducerDriver.library(store).after(state, .input(.resize(size)))
        _ = ScreenRenderer.render(state)
        return state
    }

    /// Runs this benchmark again as `--start-only LIBRARY`, which starts, opens an article and
    /// reports its peak resident memory: the figure a reader process would have.
    static func peakMemoryOfFreshStart(library: String) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["--start-only", library]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `--start-only LIBRARY`: start, open the first article, print peak memory in MiB.
    static func startOnly(library: String) {
        let size = Size(width: 160, height: 45)
        guard var state = startScreen(path: library, size: size), let store = try? LibraryStore.open(path: library) else { return }
        state = ReducerDriver.library(store).after(state, .input(.key(.enter)))
        _ = ScreenRenderer.render(state)
        print(residentMegabytes())
    }

    /// Peak resident memory of this process (VmHWM). Not getrusage's ru_maxrss: on Linux that
    /// keeps the parent's peak across a spawn's exec, which made a child look as big as the benchmark.
    static func residentMegabytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        return kilobytes / 1024
    }
}
