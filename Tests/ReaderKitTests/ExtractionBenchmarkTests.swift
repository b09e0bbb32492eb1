import Foundation
import Testing
@testable import ReaderDocument

/// Extraction on Mozilla Readability's 130 test pages (../shared/extraction) must stay above
/// floors near its measured figures: body F1 by word 4-shingles as ../shared/tools/extraction_score.py
/// counts it, exact titles and exact bylines.
@Suite struct ExtractionBenchmarkTests {
    static let folder = Fixtures.sharedFolder.appendingPathComponent("extraction/readability-test-pages")
    static let available = FileManager.default.fileExists(atPath: folder.path)
    /// Measured 2026-12-02: body F1 0.989 here (0.989 by Scripts/score-extraction.sh), titles
    /// 128/130, bylines 69/76. The floors leave a little room for changes that trade one page
    /// against another.
    static let bodyF1Floor = 0.982
    static let titleFloor = 127
    static let bylineFloor = 68

    @Test(.enabled(if: available, "../shared/extraction/readability-test-pages is not beside the repository"))
    func readabilityTestPagesStayAboveTheFloors() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        var precision = 0.0, recall = 0.0, pages = 0, titles = 0, bylines = 0, withByline = 0
        for name in names {
            let page = Self.folder.appendingPathComponent(name)
            guard let source = FileManager.default.contents(atPath: page.appendingPathComponent("source.html").path),
                  let expected = FileManager.default.contents(atPath: page.appendingPathComponent("expected.html").path),
                  let metadata = try JSONSerialization.jsonObject(
                    with: Data(contentsOf: page.appendingPathComponent("expected-metadata.json"))) as? [String: Any]
            else { continue }
            let found = try? HTMLPage.extraction(bytes: [UInt8](source), id: ArticleID(name), sourcePath: name, base: nil).get()
            let expectedText = HTMLParser.parse([UInt8](expected)).map { $0.textContent(HTMLTree.root) } ?? ""
            let (p, r) = Self.shingleScores(expected: expectedText, got: found?.bodyText ?? "")
            precision += p
            recall += r
            pages += 1
            if (found?.article.title ?? "") == ((metadata["title"] as? String) ?? "").trimmingWhitespace() { titles += 1 }
            if let byline = (metadata["byline"] as? String)?.trimmingWhitespace(), !byline.isEmpty {
                withByline += 1
                if found?.bylineAsWritten == byline { bylines += 1 }
            }
        }
        precision /= Double(pages)
        recall /= Double(pages)
        let f1 = 2 * precision * recall / (precision + recall)
        print("extraction on \(pages) pages: body F1 \(f1), titles \(titles), bylines \(bylines)/\(withByline)")
        #expect(pages == 130)
        #expect(f1 >= Self.bodyF1Floor, "body F1 \(f1)")
        #expect(titles >= Self.titleFloor, "titles \(titles)")
        #expect(bylines >= Self.bylineFloor, "bylines \(bylines)/\(withByline)")
    }

    /// Precision and recall of word 4-shingles, counted with repeats.
    static func shingleScores(expected: String, got: String) -> (Double, Double) {
        var numbers: [Substring: Int] = [:]
        let e = shingles(expected, numbers: &numbers), g = shingles(got, numbers: &numbers)
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for (shingle, count) in g {
            let matched = min(count, e[shingle] ?? 0)
            truePositives += matched
            falsePositives += count - matched
        }
        for (shingle, count) in e { falseNegatives += max(0, count - (g[shingle] ?? 0)) }
        if falsePositives == 0, falseNegatives == 0 { return (1, 1) }
        let p = truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        let r = truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        return (p, r)
    }

    /// Word 4-shingles with their counts; words are numbered so a shingle is one integer.
    static func shingles(_ text: String, numbers: inout [Substring: Int]) -> [Int: Int] {
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map { word in
            if let known = numbers[word] { return known }
            numbers[word] = numbers.count
            return numbers.count - 1
        }
        var counts: [Int: Int] = [:]
        guard words.count >= 4 else {
            if !words.isEmpty { counts[words.reduce(17) { $0 &* 1_000_003 &+ $1 }, default: 0] += 1 }
            return counts
        }
        for start in 0...(words.count - 4) {
            let key = words[start..<start + 4].reduce(17) { $0 &* 1_000_003 &+ $1 }
            counts[key, default: 0] += 1
        }
        return counts
    }
}
