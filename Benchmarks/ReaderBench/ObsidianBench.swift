import Foundation
import ReaderDocument
import ReaderLibrary

/// The Obsidian export: 1,000 highlights with notes and tags over 200 articles into an empty
/// folder, again with nothing changed (no file written), and after one highlight more (one file).
@MainActor
enum ObsidianBench {
    static func run(temp: URL) {
        let folder = temp.appendingPathComponent("obsidian")
        let articles = folder.appendingPathComponent("articles")
        try? FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for number in 0..<200 {
            let text = "Article \(number): the harbour wall\n\n" + (0..<8).map { "Paragraph \($0) of article \(number) says something worth keeping. Another sentence follows it here." }.joined(separator: "\n\n")
            try? text.write(to: articles.appendingPathComponent("a\(number).txt"), atomically: true, encoding: .utf8)
        }
        guard let store = try? LibraryStore.open(path: folder.appendingPathComponent("library.sqlite").path),
              (try? store.importPaths([articles.path], recognizer: nil)) != nil, let entries = try? store.entries() else { return }
        var rows: [(Highlight, rowID: Int64?, articleTitle: String)] = []
        for entry in entries {
            guard let article = try? store.article(entry.id) else { continue }
            let units = TextUnits(article)
            var offset = article.blocks[1].start
            for index in 0..<5 {
                var highlight = article.highlight(units.sentence(at: offset), color: .green, note: "Note \(index) #idea", stamper: .system, scalars: units.scalars)
                highlight.tags = ["idea", "set/\(index)"]
                rows.append((highlight, entry.id, article.title))
                offset = units.nextSentence(after: offset)
            }
            try? store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, note: "About it", tags: ["harbour"], created: Date(), modified: Date()))
        }
        try? store.saveHighlights(rows)
        let vault = DirectoryVaultFiles(directory: folder.appendingPathComponent("vault"))
        var report = ObsidianVault.Report()
        let first = now()
        if let annotated = try? store.annotatedArticles() { report = (try? ObsidianVault.export(annotated, into: vault)) ?? report }
        record("Obsidian export: \(rows.count) highlights over \(entries.count) articles, \(report.written.count) files written", milliseconds(now() - first))
        let again = now()
        if let annotated = try? store.annotatedArticles() { report = (try? ObsidianVault.export(annotated, into: vault)) ?? report }
        record("  again, nothing changed (\(report.written.count) files written)", milliseconds(now() - again))
        if var extra = rows.last?.0 {
            extra.id = "bench-extra"
            extra.start = 0
            extra.end = 7
            extra.quote = TextQuote(exact: "Article")
            try? store.saveHighlight(extra, rowID: rows.last?.rowID, articleTitle: rows.last?.articleTitle ?? "")
        }
        let added = now()
        if let annotated = try? store.annotatedArticles() { report = (try? ObsidianVault.export(annotated, into: vault)) ?? report }
        record("  again after one highlight more (\(report.written.count) file written)", milliseconds(now() - added))
    }
}
