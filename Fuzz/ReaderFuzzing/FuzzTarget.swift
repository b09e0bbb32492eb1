/// One fuzz target: arbitrary bytes in, the invariants that broke out (empty when all held).
///
/// A crash or a trap inside the code under test is a finding too: libFuzzer saves the input.
/// To add a target, write a `static let` in an extension (see `Targets/`), add it to `all`, and
/// put a few seed files in `Fuzz/Corpus/<name>/`.
public struct FuzzTarget: Sendable {
    public let name: String
    public let summary: String
    public let run: @Sendable ([UInt8]) -> [String]

    public init(name: String, summary: String, run: @escaping @Sendable ([UInt8]) -> [String]) {
        self.name = name
        self.summary = summary
        self.run = run
    }

    /// Every target, in the order `Scripts/fuzz.sh` runs them.
    public static let all: [FuzzTarget] = [.textParser, .layout, .reducer, .html, .markdown, .feed, .config, .w3c]

    public static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}
