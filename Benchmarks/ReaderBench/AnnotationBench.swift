import Foundation
import ReaderDocument
import ReaderLibrary

/// Annotation figures: re-anchoring 1,000 highlights after the article changed, and exporting
/// 10,000 highlights as W3C JSON-LD and as Markdown.
@MainActor
enum AnnotationBench {
    static func run(paragraphs: [String], temp: URL) {
        let folder = temp.appendingPathComponent("annotations")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("long.txt")
        let body = paragraphs.prefix(120)
        try? ("A long article\n\n" + body.joined(separator: "\n\n")).write(to: file, atomically: true, encoding: .utf8)
        guard let store = try? LibraryStore.open(path: folder.appendingPathComponent("library.sqlite").path),
              (try? store.importPaths([file.path], recognizer: nil)) != nil,
              let row = try? store.entries().first?.id, let article = try? store.article(row) else { return }

        // 1,000 highlights: sentences spread through the article.
        let units = TextUnits(article)
        var highlights: [(Highlight, rowID: Int64?, articleTitle: String)] = []
        var offset = article.blocks[1].start
        while highlights.count < 1_000 {
            let sentence = units.sentence(at: offset)
            if sentence.count > 8 {
                highlights.append((article.highlight(sentence, color: .yellow, note: nil, stamper: .system, scalars: units.scalars), row, article.title))
            }
            offset = units.nextSentence(after: offset)
            if offset >= units.scalars.count - 1 { offset = article.blocks[1].start + highlights.count % 50 }
        }
        try? store.saveHighlights(highlights)

        // Edit the text: a new first paragraph (everything moves) and a typo in every tenth paragraph.
        var changed = Array(body)
        for index in stride(from: 0, to: changed.count, by: 10) { changed[index] = changed[index].replacingOccurrences(of: " the ", with: " teh ") }
        let newText = "A long article\n\nA new first paragraph pushes everything down.\n\n" + changed.joined(separator: "\n\n")
        try? newText.write(to: file, atomically: true, encoding: .utf8)
        let newArticle = ArticleParser().parse(newText, id: ArticleID(file.path), sourcePath: file.path)
        let newScalars = Array(newArticle.plainText.unicodeScalars)
        let locate = now()
        var outcomes: [String: Int] = [:]
        for outcome in TextAnchoring.locateAll(highlights.map { ($0.0.quote, $0.0.start) }, in: newScalars) {
            switch outcome {
            case .unchanged: outcomes["unchanged", default: 0] += 1
            case .moved: outcomes["moved", default: 0] += 1
            case .approximate: outcomes["approximate", default: 0] += 1
            case .orphaned: outcomes["orphaned", default: 0] += 1
            }
        }
        record("re-anchor 1,000 highlights (\(outcomes["moved"] ?? 0) moved, \(outcomes["approximate"] ?? 0) approximate)", milliseconds(now() - locate))
        let reimport = now()
        _ = try? store.importPaths([file.path], recognizer: nil)
        record("  re-import with them (parse, re-anchor, store)", milliseconds(now() - reimport))

        // 10,000 highlights to export: ten copies of the thousand with new identifiers.
        var many: [(Highlight, rowID: Int64?, articleTitle: String)] = []
        for copy in 0..<10 {
            for (index, item) in highlights.enumerated() {
                var highlight = item.0
                highlight.id = "bench-\(copy)-\(index)"
                highlight.note = index % 3 == 0 ? "A note on this passage, number \(index)." : nil
                many.append((highlight, item.rowID, item.articleTitle))
            }
        }
        try? store.saveHighlights(many)
        record("export 11,000 highlights as W3C JSON-LD", measure(runs: 3) {
            _ = try? W3CAnnotations.data(store.allHighlights())
        })
        record("export 11,000 highlights as Markdown", measure(runs: 3) {
            _ = try? MarkdownExport.render(store.allHighlights())
        })
    }
}
