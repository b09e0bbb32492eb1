import Foundation
import ReaderDocument
import ReaderCore

/// Issue 19 target: a 1 MB Markdown file rendered (bytes → article → first screen) in ≤ 30 ms;
/// the reader shows the first screen from the file's beginning and parses the whole meanwhile.
enum MarkdownBench {
    @MainActor static func run(runs: Int) {
        let bytes = document(bytes: 1_000_000)
        var blocks = 0
        let parse = measure(runs: runs) {
            guard case .success(let article) = ArticleLoader().parse(bytes: bytes, path: "/bench/notes.md") else {
                fatalError("the Markdown did not parse")
            }
            blocks = article.blocks.count
        }
        record("parse 1 MB Markdown (\(blocks) blocks)", parse)
        // CPU time beside the wall clock: on a machine shared with other work, time spent waiting
        // for a core is not the parser's.
        record("  CPU time", cpuTime(runs: runs) {
            _ = ArticleLoader().parse(bytes: bytes, path: "/bench/notes.md")
        })
        let text = String(decoding: bytes, as: UTF8.self)
        recordWithCPUTime("  cmark-gfm's parse alone, every extension", runs: runs) { _ = MarkdownDocument.syntaxTreeNodeCount(text) }
        recordWithCPUTime("  the walk into blocks alone", runs: runs) { _ = MarkdownDocument.walkBlockCount(text) }
        recordWithCPUTime("  before: cmark-gfm's HTML read by libxml2", runs: runs) { _ = MarkdownDocument.htmlRouteBlockCount(text) }
        record("  of which decoding the bytes", measure(runs: runs) {
            _ = try? TextDecoding.decode(bytes)
        })
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reader-bench-\(getpid()).md").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        record("first screen of a 1 MB Markdown file (its beginning: read, cut, parse, render)", measure(runs: runs) {
            guard case .success(let beginning)? = ArticleLoader().loadBeginning(path: path) else { fatalError("no beginning") }
            let state = inMemory.after(ReaderState(articles: [beginning], size: Size(width: 160, height: 45)), .action(.openSelected))
            _ = ScreenRenderer.render(state)
        })
        record("open 1 MB Markdown whole (parse+render)", measure(runs: runs) {
            guard case .success(let article) = ArticleLoader().parse(bytes: bytes, path: "/bench/notes.md") else { return }
            let state = inMemory.after(ReaderState(articles: [article], size: Size(width: 160, height: 45)), .action(.openSelected))
            _ = ScreenRenderer.render(state)
        })
    }

    /// Median of `runs` measures of the thread's CPU time in `body`, in milliseconds.
    /// The wall-clock figure, then the CPU time of the same work.
    @MainActor static func recordWithCPUTime(_ name: String, runs: Int, _ body: () -> Void) {
        record(name, measure(runs: runs, body))
        record("  CPU time", cpuTime(runs: runs, body))
    }

    static func cpuTime(runs: Int, _ body: () -> Void) -> Double {
        func cpuNow() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
        }
        let samples = (0..<runs).map { _ in
            let start = cpuNow()
            body()
            return cpuNow() - start
        }.sorted()
        return samples[samples.count / 2]
    }

    /// About `bytes` of Markdown: front matter, headings, emphasis, inline and reference links,
    /// lists, quotes, code, entities and a GFM table every so often.
    static func document(bytes: Int) -> [UInt8] {
        var markdown = "---\ntitle: A long Markdown file\nauthor: Bench Mark\ndate: 2024-01-02\n---\n\n"
        var index = 0
        while markdown.utf8.count < bytes - 300 {
            if index % 20 == 0 { markdown += "## Section \(index / 20)\n\n" }
            markdown += "Paragraph \(index): the *harbour* council met on **Tuesday** to discuss [the ferry "
            markdown += "timetable](https://example.org/story/\(index)) &amp; the lighthouse repairs, which cost "
            markdown += "&euro;1.2 million. Residents asked `questions` for two hours before [the vote][v].\n\n"
            if index % 50 == 0 {
                markdown += "- One point\n- Another point\n  - nested\n\n> A quote.\n\n```\nlet x = 1\n```\n\n"
                markdown += "| Party | Seats | Share |\n|:--|--:|:-:|\n| Labour | 412 | 33.7% |\n| Reform | 5 | 14.3% |\n\n"
            }
            index += 1
        }
        markdown += "[v]: https://example.org/vote\n"
        return Array(markdown.utf8)
    }
}
