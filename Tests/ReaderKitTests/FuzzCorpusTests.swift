import Foundation
import ReaderFuzzing
import Testing

/// Every seed in `Fuzz/Corpus/<target>` and every input a fuzzer once broke, kept in
/// `Fuzz/Regressions/<target>`, through its fuzz target: no crash, no broken invariant.
///
/// Every target has a corpus; only targets a fuzzer has broken have a regressions folder, and
/// each such folder names a target and holds at least one input, so none is replayed as nothing.
@Suite struct FuzzCorpusTests {
    static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    struct MissingInput: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read \(path)" }
    }

    /// The files of `Fuzz/<folder>/<target>`, sorted by name; throws when the folder or a file cannot be read.
    static func inputs(of target: FuzzTarget, in folder: String) throws -> [(name: String, bytes: [UInt8])] {
        let directory = fuzzDirectory.appendingPathComponent(folder).appendingPathComponent(target.name)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return try names.sorted().map { name in
            let path = directory.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { throw MissingInput(path: path) }
            return (name, [UInt8](data))
        }
    }

    /// The folders of `Fuzz/Regressions`: the targets a fuzzer has broken. A folder that cannot be
    /// listed shows as a name no target has, so the test over it fails instead of vanishing.
    static let regressionFolders: [String] = {
        let path = fuzzDirectory.appendingPathComponent("Regressions").path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return ["<unreadable \(path)>"] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test("Seed corpus", arguments: FuzzTarget.all.map(\.name))
    func seedCorpus(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let seeds = try Self.inputs(of: target, in: "Corpus")
        #expect(seeds.count >= 3, "Fuzz/Corpus/\(name) has \(seeds.count) seeds")
        for seed in seeds {
            let violations = target.run(seed.bytes)
            #expect(violations.isEmpty, "Corpus/\(name)/\(seed.name):\n\(violations.joined(separator: "\n"))")
        }
    }

    @Test("Inputs that once broke a target", arguments: regressionFolders)
    func regressions(_ folder: String) throws {
        let target = try #require(FuzzTarget.named(folder), "Fuzz/Regressions/\(folder) names no fuzz target")
        let inputs = try Self.inputs(of: target, in: "Regressions")
        #expect(!inputs.isEmpty, "Fuzz/Regressions/\(folder) holds no input; remove it or add the input that broke \(folder)")
        for input in inputs {
            let violations = target.run(input.bytes)
            #expect(violations.isEmpty, "Regressions/\(folder)/\(input.name):\n\(violations.joined(separator: "\n"))")
        }
    }

    /// The regressions kept today; a folder that disappears (or is renamed) would otherwise take
    /// its inputs out of the run without a word.
    @Test func theRegressionFoldersAreThoseOfTheTargetsOnceBroken() {
        #expect(Set(["config", "html", "markdown", "reducer"]).isSubset(of: Self.regressionFolders), "\(Self.regressionFolders)")
    }
}
