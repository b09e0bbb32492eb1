import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore

// Foundation benchmarks: per-keystroke work on 5 KB and 5 MB articles, opening them, and opening
// the BBC corpus directory. Run with `swift run -c release reader-bench [--json FILE]`.

let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--start-only"), index + 1 < arguments.count {
    LibraryBench.startOnly(library: arguments[index + 1])
    exit(0)
}
let sharedRoot = ProcessInfo.processInfo.environment["READER_SHARED"] ?? "../shared"
if let index = arguments.firstIndex(of: "--generate-library"), index + 1 < arguments.count {
    let count = index + 2 < arguments.count ? Int(arguments[index + 2]) ?? 100_000 : 100_000
    exit(LibraryBench.generateLibrary(path: arguments[index + 1], count: count, bbc: sharedRoot + "/corpus/bbc") == nil ? 1 : 0)
}
let jsonPath = arguments.firstIndex(of: "--json").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }

nonisolated func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
nonisolated func milliseconds(_ nanos: UInt64) -> Double { Double(nanos) / 1_000_000 }

/// Median of `runs` timings of `body`, in milliseconds.
func measure(runs: Int, _ body: () -> Void) -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = now()
        body()
        samples.append(milliseconds(now() - start))
    }
    return samples.sorted()[samples.count / 2]
}

/// Paragraph text to build articles from: the BBC corpus when present, else generated sentences.
/// Milliseconds per key: the key reduced and the screen rendered, 2,000 times from `state`; the
/// state after the last key.
func perKeystroke(_ key: Key, from state: ReaderState, keystrokes: Int = 2000) -> (milliseconds: Double, state: ReaderState) {
    var state = state
    let start = now()
    for _ in 0..<keystrokes {
        state = inMemory.after(state, .input(.key(key)))
        _ = ScreenRenderer.render(state)
    }
    return (milliseconds(now() - start) / Double(keystrokes), state)
}

func sourceParagraphs() -> [String] {
    let folder = sharedRoot + "/corpus/bbc"
    let loaded = ArticleLoader().loadAll(paths: [folder]).articles
    let paragraphs = loaded.flatMap(\.paragraphs)
    if !paragraphs.isEmpty { return paragraphs }
    return (0..<500).map { "Paragraph \($0): " + String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 8) }
}

func writeArticle(bytes: Int, paragraphs: [String], to path: String) {
    var text = "A benchmark article of \(bytes) bytes\n\nBy Bench Mark\n\n2024-01-02\n\n"
    var index = 0
    while text.utf8.count < bytes {
        text += paragraphs[index % paragraphs.count] + "\n\n"
        index += 1
    }
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
}

var results: [(String, Double, String)] = []
@MainActor func record(_ name: String, _ value: Double, _ unit: String = "ms") {
    results.append((name, value, unit))
    print(String(format: "%-44@ %10.3f %@", name as NSString, value, unit as NSString))
}

if arguments.contains("--html-only") {
    let file = arguments.firstIndex(of: "--html-only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    FormatsBench.runHTML(runs: 51, file: file.flatMap { $0.hasPrefix("--") ? nil : $0 })
    exit(0)
}

if arguments.contains("--obsidian-only") {
    ObsidianBench.run(temp: FileManager.default.temporaryDirectory.appendingPathComponent("reader-bench-\(getpid())"))
    exit(0)
}

if arguments.contains("--markdown-only") {
    MarkdownBench.run(runs: 51)
    TableBench.run()
    exit(0)
}

if let index = arguments.firstIndex(of: "--extraction"), index + 1 < arguments.count {
    let rounds = arguments.firstIndex(of: "--rounds").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 5
    ExtractionBench.run(pages: arguments[index + 1], rounds: rounds)
    exit(0)
}

if let index = arguments.firstIndex(of: "--full-text") {
    let folder = index + 1 < arguments.count && !arguments[index + 1].hasPrefix("--") ? arguments[index + 1] : nil
    let temp = FileManager.default.temporaryDirectory.appendingPathComponent("reader-bench-full-text-\(getpid())")
    try? FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    FullTextBench.run(temp: temp, pages: folder ?? sharedRoot + "/extraction/readability-test-pages")
    try? FileManager.default.removeItem(at: temp)
    exit(0)
}

if arguments.contains("--formats-only") {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-bench-formats-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    FormatsBench.run(temp: folder)
    FullTextBench.run(temp: folder, pages: sharedRoot + "/extraction/readability-test-pages")
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}

let paragraphs = sourceParagraphs()
let temp = FileManager.default.temporaryDirectory.appendingPathComponent("reader-bench-\(getpid())")
try? FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: temp) }
let size = Size(width: 160, height: 45)

for (label, bytes) in [("5KB", 5_000), ("5MB", 5_000_000)] {
    let path = temp.appendingPathComponent("article-\(label).txt").path
    writeArticle(bytes: bytes, paragraphs: paragraphs, to: path)

    let open = measure(runs: 9) {
        guard case .success(let article) = ArticleLoader().load(path: path) else { fatalError("cannot load \(path)") }
        var state = ReaderState(articles: [article], size: size)
        state = inMemory.after(state, .action(.openSelected))
        _ = ScreenRenderer.render(state)
    }
    record("open \(label) article (load+parse+render)", open)
    if let bytes = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) {
        record("  decode \(label)", measure(runs: 9) { _ = try? TextDecoding.decode(bytes) })
        if let text = try? TextDecoding.decode(bytes).text {
            record("  parse \(label)", measure(runs: 9) { _ = ArticleParser().parse(text, id: ArticleID(path), sourcePath: path) })
        }
    }

    guard case .success(let article) = ArticleLoader().load(path: path) else { fatalError() }
    var opened = inMemory.after(ReaderState(articles: [article], size: size), .action(.openSelected))
    _ = ScreenRenderer.render(opened)

    let coldBottom = measure(runs: 9) {
        let fresh = inMemory.after(ReaderState(articles: [article], size: size), .action(.openSelected))
        let start = now()
        let atEnd = inMemory.after(fresh, .input(.key(.character("G"))))
        _ = ScreenRenderer.render(atEnd)
        _ = start
    }
    record("open + G + render, cold layout (\(label))", coldBottom)

    for (name, key) in [("j", Key.character("j")), ("PgDn", Key.pageDown), ("k", Key.character("k"))] {
        let run = perKeystroke(key, from: opened)
        record("keystroke \(name) + render (\(label))", run.milliseconds)
        if name == "PgDn" { opened = run.state }
    }
    var visual = inMemory.after(opened, .input(.key(.character("v"))))
    let caretMoves = now()
    for _ in 0..<500 {
        visual = inMemory.after(visual, .input(.key(.character("w"))))
        _ = ScreenRenderer.render(visual)
    }
    record("visual mode: caret w + render (\(label))", milliseconds(now() - caretMoves) / 500)
    var warm = opened
    let warmBottom = measure(runs: 50) {
        warm = inMemory.after(warm, .input(.key(.character("g"))))
        warm = inMemory.after(warm, .input(.key(.character("g"))))
        warm = inMemory.after(warm, .input(.key(.character("G"))))
        _ = ScreenRenderer.render(warm)
    }
    record("g g then G + render, warm (\(label))", warmBottom)
    let resize = measure(runs: 9) {
        var state = opened
        state = inMemory.after(state, .input(.resize(Size(width: 100 + Int.random(in: 0..<40), height: 40))))
        _ = ScreenRenderer.render(state)
    }
    record("resize + render (\(label))", resize)
}

let bbc = sharedRoot + "/corpus/bbc"
if FileManager.default.fileExists(atPath: bbc) {
    let listOpen = measure(runs: 9) {
        let loaded = ArticleLoader().loadSummaries(paths: [bbc])
        let state = ReaderState(summaries: loaded.summaries, size: size)
        _ = ScreenRenderer.render(state)
    }
    record("open BBC directory (2,225 files) to list", listOpen)
    let parseAll = measure(runs: 3) { _ = ArticleLoader().loadAll(paths: [bbc]) }
    record("  (for comparison: parse all 2,225 whole)", parseAll)
}

TableBench.run()

AnnotationBench.run(paragraphs: paragraphs, temp: temp)
ObsidianBench.run(temp: temp)

if FileManager.default.fileExists(atPath: bbc) && !arguments.contains("--skip-library") {
    LibraryBench.run(bbc: bbc, temp: temp, size: size)
}

FormatsBench.run(temp: temp)
FullTextBench.run(temp: temp, pages: sharedRoot + "/extraction/readability-test-pages")

if let jsonPath {
    let object: [String: Any] = [
        "date": ISO8601DateFormatter().string(from: Date()),
        "results": results.map { ["name": $0.0, "value": $0.1, "unit": $0.2] },
    ]
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) {
        try? data.write(to: URL(fileURLWithPath: jsonPath))
    }
}
