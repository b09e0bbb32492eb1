import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore

/// Issue 19 target: a table of 1,000 rows scrolls at the same per-key cost as text.
enum TableBench {
    @MainActor static func run() {
        let size = Size(width: 160, height: 45)
        var markdown = "# A long table\n\nThe results of every constituency.\n\n| Constituency | Winner | Party | Votes | Share |\n|:--|:--|:--|--:|--:|\n"
        for row in 0..<1_000 {
            markdown += "| Constituency \(row) | Candidate \(row) with a longer name | Party \(row % 7) | \(10_000 + row * 13) | \(row % 60).\(row % 10)% |\n"
        }
        markdown += "\nAfter the table.\n"
        let table = MarkdownDocument.article(text: markdown, id: ArticleID("table"), sourcePath: "table.md", base: nil)
        var prose = "# The same text as prose\n\n"
        for row in 0..<1_000 { prose += "Constituency \(row): Candidate \(row) with a longer name, Party \(row % 7), \(10_000 + row * 13) votes.\n\n" }
        let text = MarkdownDocument.article(text: prose, id: ArticleID("prose"), sourcePath: "prose.md", base: nil)
        for (label, article) in [("1,000-row table", table), ("1,000 paragraphs", text)] {
            let opened = inMemory.after(ReaderState(articles: [article], size: size), .action(.openSelected))
            record("open + render (\(label))", measure(runs: 9) {
                _ = ScreenRenderer.render(inMemory.after(ReaderState(articles: [article], size: size), .action(.openSelected)))
            })
            var focused = opened
            focused.focus = .text
            for (name, key) in [("j", Key.character("j")), ("PgDn", Key.pageDown)] {
                record("keystroke \(name) + render (\(label))", perKeystroke(key, from: focused).milliseconds)
            }
        }
    }
}
