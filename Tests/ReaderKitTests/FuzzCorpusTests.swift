import Foundation
import ReaderFuzzing
import Testing

/// Every seed in `Fuzz/Corpus/<target>` and every input a fuzzer once broke, kept in
/// `Fuzz/Regressions/<target>`, through its fuzz target: no crash, no broken invariant.
@Suite struct FuzzCorpusTests {
    static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(of target: FuzzTarget, in folder: String) -> [(name: String, bytes: [UInt8])] {
        let directory = fuzzDirectory.appendingPathComponent(folder).appendingPathComponent(target.name)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
        }
    }

    @Test("Seed corpus", arguments: FuzzTarget.all.map(\.name))
    func seedCorpus(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let seeds = Self.inputs(of: target, in: "Corpus")
        #expect(seeds.count >= 3, "Fuzz/Corpus/\(name) has \(seeds.count) seeds")
        for seed in seeds {
            let violations = target.run(seed.bytes)
            #expect(violations.isEmpty, "Corpus/\(name)/\(seed.name):\n\(violations.joined(separator: "\n"))")
        }
    }

    @Test("Inputs that once broke a target", arguments: FuzzTarget.all.map(\.name))
    func regressions(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        for input in Self.inputs(of: target, in: "Regressions") {
            let violations = target.run(input.bytes)
            #expect(violations.isEmpty, "Regressions/\(name)/\(input.name):\n\(violations.joined(separator: "\n"))")
        }
    }
}
