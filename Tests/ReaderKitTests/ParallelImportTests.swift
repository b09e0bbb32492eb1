import Foundation
import GRDB
import Testing
@testable import ReaderEntities
@testable import ReaderLibrary
import ReaderResources

/// Importing on all cores writes the same library as importing one file at a time.
@Suite struct ParallelImportTests {
    /// Articles of different lengths, more than one write chunk of them, some with entities.
    private func writeArticles(in folder: URL) throws -> String {
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let samples = try #require(try? ResourceLocator.folder("Samples").get())
        let texts = try FileManager.default.contentsOfDirectory(atPath: samples).sorted().filter { $0.hasSuffix(".txt") }
            .map { try String(contentsOfFile: samples + "/" + $0, encoding: .utf8) }
        for index in 0..<150 {
            var text = texts[index % texts.count]
            // Lengths and names vary from file to file, so the workers finish out of order.
            for _ in 0..<(index % 4) { text += "\n\nVladimir Putin met Angela Merkel in Berlin on 3 March 2019, article \(index)." }
            try text.write(to: articles.appendingPathComponent(String(format: "%03d.txt", index)), atomically: true, encoding: .utf8)
        }
        try "broken \u{0} bytes".write(to: articles.appendingPathComponent("binary.txt"), atomically: true, encoding: .utf8)
        return articles.path
    }

    /// Every stored row of the tables an import writes, in row order; the import time left out.
    private func rows(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var lines: [String] = []
            for (table, columns) in [
                ("article", "id, sourcePath, contentHash, title, byline, datelineText, date, paragraphsJSON, bodyJSON, feedId"),
                ("articleSearch", "rowid, title, byline, body"),
                ("entityRun", "articleId, recognizerVersion"),
                ("entityMention", "*"),
            ] {
                for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY rowid") {
                    lines.append("\(table): \(row.description)")
                }
            }
            return lines
        }
    }

    @Test func parallelImportStoresWhatASequentialOneDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-parallel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = try writeArticles(in: folder)
        let recognizer = try EntityResources.recognizer()
        var reports: [ImportReport] = []
        var libraries: [[String]] = []
        for parallel in [false, true] {
            let path = folder.appendingPathComponent(parallel ? "parallel.sqlite" : "sequential.sqlite").path
            do {
                let store = try LibraryStore.open(path: path)
                reports.append(try store.importPaths([articles], recognizer: recognizer, parallel: parallel))
            }
            libraries.append(try rows(path))
        }
        #expect(reports[0] == reports[1])
        #expect(reports[0].added == 150 && reports[0].skipped.count == 1)
        #expect(libraries[0].contains { $0.hasPrefix("entityMention:") && $0.contains("Angela Merkel") })
        #expect(libraries[0].count == libraries[1].count)
        for (sequential, parallel) in zip(libraries[0], libraries[1]) where sequential != parallel {
            Issue.record("sequential \(sequential)\nparallel   \(parallel)")
            break
        }
    }
}
