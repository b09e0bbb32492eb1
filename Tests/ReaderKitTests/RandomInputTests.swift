import Foundation
import ReaderFuzzing
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Seeded random input through decoding, parsing, recognition and layout: nothing crashes, offsets
/// stay in range, and no control character reaches a frame.
@Suite struct RandomInputTests {
    /// Bytes weighted towards what breaks parsers: controls, ESC, NUL late in the file, UTF-8 fragments.
    func randomBytes(_ random: inout SeededRandom, count: Int) -> [UInt8] {
        let alphabet: [UInt8] = Array("aZ 9.\n\n\t\r-'\"$%".utf8) + [0x1B, 0x9B, 0x07, 0x7F, 0xC3, 0xA9, 0xE2, 0x80, 0xAE, 0xF0, 0x9F, 0x98, 0x80, 0xFF]
        return (0..<count).map { index in
            index < 8192 && alphabet.randomElement(using: &random) == 0 ? 0x20 : alphabet.randomElement(using: &random)!
        }
    }

    @Test func randomFilesParseAndRenderSafely() throws {
        var random = SeededRandom(seed: 99)
        let recognizer = try EntityResources.recognizer()
        for round in 0..<60 {
            let bytes = randomBytes(&random, count: Int.random(in: 0...1500, using: &random))
            // The alphabet has no NUL and no input of this seed is blank: each must load as an article.
            let loaded = ArticleLoader().parse(bytes: bytes, path: "/random/\(round).txt")
            guard case .success(let article) = loaded else {
                Issue.record("round \(round) (\(bytes.count) bytes) did not load: \(loaded)")
                continue
            }
            #expect(article.plainTextLength == article.plainText.unicodeScalars.count)
            for block in article.blocks { #expect(block.end <= article.plainTextLength) }
            var state = ReaderState(articles: [article], size: Size(width: Int.random(in: 1...140, using: &random), height: Int.random(in: 1...40, using: &random)))
            state = Reducer.reduce(state, action: .openSelected)
            let spans = recognizer.recognize(article.plainText)
            for span in spans { #expect(span.start >= 0 && span.start < span.end && span.end <= article.plainTextLength) }
            state = Reducer.entitiesRecognised(state, article: article.id, entities: ArticleEntities(spans: spans))
            for key in [Key.character("G"), .pageUp, .character("j"), .tab] {
                state = Reducer.reduce(state, event: .key(key))
                let frame = ScreenRenderer.render(state)
                for cell in frame.cells {
                    #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                }
            }
        }
    }
}

/// The fuzz targets' invariants over a fixed set of seeded mutations of their corpora, so every
/// `swift test` fuzzes a little and a broken invariant names the seed and input that show it.
@Suite struct SeededFuzzTests {
    @Test("Seeded mutations keep every fuzz target's invariants", arguments: FuzzTarget.all.map(\.name))
    func seededMutations(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let corpus = try FuzzCorpusTests.inputs(of: target, in: "Corpus").map(\.bytes)
        let fuzzer = SeededFuzzer(target: target, corpus: corpus, seed: 20_240_312)
        let runs = name == "reducer" ? 40 : 300
        let (executions, finding) = fuzzer.run(shouldStop: { $0 >= runs })
        #expect(executions == runs)
        if let finding {
            Issue.record("input \(finding.iteration) of seed \(fuzzer.seed) (\(finding.input.count) bytes):\n\(finding.violations.joined(separator: "\n"))")
        }
    }
}
