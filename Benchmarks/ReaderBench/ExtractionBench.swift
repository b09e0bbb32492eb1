import Foundation
import ReaderDocument

/// Extraction speed on a folder of pages (Readability's test pages: one folder per page with its
/// source.html): pages per second for the whole extraction (charset, parse, scoring, cleaning,
/// conversion) in this one process, against libxml2's own parse of the same pages.
enum ExtractionBench {
    @MainActor static func run(pages folder: String, rounds: Int) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let pages: [[UInt8]] = names.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name + "/source.html").map { [UInt8]($0) }
        }
        guard !pages.isEmpty else {
            print("no pages under \(folder)")
            return
        }
        let bytes = pages.reduce(0) { $0 + $1.count }
        print("\(pages.count) pages, \(bytes / 1024) KB")
        var bodies = 0
        let extraction = best(of: rounds) {
            bodies = 0
            for page in pages {
                if case .success(let found) = HTMLPage.extraction(bytes: page, id: ArticleID("page"), sourcePath: "page.html", base: nil) {
                    bodies += found.bodyText.isEmpty ? 0 : 1
                }
            }
        }
        if ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
            let slowest = zip(names, pages).map { name, page in
                (name, page.count, best(of: 1) { _ = HTMLPage.extraction(bytes: page, id: ArticleID("page"), sourcePath: "page.html", base: nil) })
            }.sorted { $0.2 > $1.2 }
            for (name, size, time) in slowest.prefix(8) { print(String(format: "  %-40@ %8d bytes %8.2f ms", name as NSString, size, time)) }
        }
        // The same on every core, as `reader` loads a folder of pages.
        let parallel = best(of: rounds) {
            DispatchQueue.concurrentPerform(iterations: pages.count) { index in
                _ = HTMLPage.extraction(bytes: pages[index], id: ArticleID("page"), sourcePath: "page.html", base: nil).map(\.bodyText)
            }
        }
        let floor = best(of: rounds) { for page in pages { LibXML2Floor.parse(page) } }
        let treeOnly = best(of: rounds) { for page in pages { _ = HTMLParser.parse(page) } }
        record("extraction, pages per second (\(bodies) bodies)", Double(pages.count) / (extraction / 1000), "pages/s")
        record("  extraction on \(ProcessInfo.processInfo.activeProcessorCount) cores, pages per second", Double(pages.count) / (parallel / 1000), "pages/s")
        record("  libxml2's own parse, pages per second", Double(pages.count) / (floor / 1000), "pages/s")
        record("  libxml2 into the reader's tree, pages per second", Double(pages.count) / (treeOnly / 1000), "pages/s")
        record("  extraction, ms per page", extraction / Double(pages.count))
    }

    /// The fastest of `rounds` timings, in milliseconds: the host's other load only slows a round.
    static func best(of rounds: Int, _ body: () -> Void) -> Double {
        (0..<max(1, rounds)).map { _ in
            let start = now()
            body()
            return milliseconds(now() - start)
        }.min() ?? 0
    }
}
