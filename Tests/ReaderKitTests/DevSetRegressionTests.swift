import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument

/// The shipped model on ../shared/ner/dev must not fall below a floor near its measured F1.
@Suite struct DevSetRegressionTests {
    static let devFolder = Fixtures.sharedFolder.appendingPathComponent("ner/dev")
    static let available = FileManager.default.fileExists(atPath: devFolder.appendingPathComponent("docs.jsonl").path)
    /// Measured 2026-11-29 with Scripts/score-ner.sh; the floor leaves a little room for noise-free refactors only.
    static let floor = 0.80

    @Test(.enabled(if: available, "../shared/ner/dev is not beside the repository"))
    func devSetF1StaysAboveTheFloor() throws {
        let recognizer = try EntityResources.recognizer()
        let documents = try String(contentsOf: Self.devFolder.appendingPathComponent("docs.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try EntityJSONL.document(fromLine: $0) }
        var gold: [String: [(start: Int, end: Int, label: String)]] = [:]
        for line in try String(contentsOf: Self.devFolder.appendingPathComponent("gold.jsonl"), encoding: .utf8).split(separator: "\n") {
            let entity = try EntityJSONL.gold(fromLine: line)
            gold[entity.doc, default: []].append((entity.start, entity.end, entity.label))
        }
        var score = EntityScore()
        for document in documents {
            score.add(doc: document.id, predicted: recognizer.recognize(document.text), gold: gold[document.id] ?? [],
                      ignoring: ["CARDINAL", "ORDINAL", "QUANTITY"])
        }
        #expect(score.f1 >= Self.floor, "dev F1 \(score)")
    }
}
