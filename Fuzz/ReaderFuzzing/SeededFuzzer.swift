import ReaderEntities

/// A coverage-blind fuzzer for toolchains without libFuzzer, and for `swift test`: mutates corpus
/// entries with a seeded generator, so a run is repeated exactly by its seed, and input `n` of a
/// seed does not depend on the inputs before it.
public struct SeededFuzzer {
    public let target: FuzzTarget
    public let corpus: [[UInt8]]
    public let seed: UInt64
    public var maxLength = 4096

    public init(target: FuzzTarget, corpus: [[UInt8]], seed: UInt64) {
        self.target = target
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.seed = seed
    }

    public struct Finding {
        public var iteration: Int
        public var input: [UInt8]
        public var violations: [String]
    }

    /// Input number `iteration` of this seed.
    public func input(_ iteration: Int) -> [UInt8] {
        var random = SeededRandom(seed: seed ^ (UInt64(iteration) &* 0x9E37_79B9_7F4A_7C15))
        var bytes = corpus.randomElement(using: &random)!
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            bytes = mutate(bytes, random: &random)
        }
        return Array(bytes.prefix(maxLength))
    }

    /// Runs inputs until `shouldStop` says so or a target reports violations. `beforeEach` sees
    /// each input first (the command line keeps it for a crash report).
    public func run(
        from first: Int = 0, shouldStop: (Int) -> Bool, beforeEach: ([UInt8]) -> Void = { _ in }
    ) -> (executions: Int, finding: Finding?) {
        var iteration = first
        while !shouldStop(iteration - first) {
            let bytes = input(iteration)
            beforeEach(bytes)
            let violations = target.run(bytes)
            if !violations.isEmpty {
                return (iteration - first + 1, Finding(iteration: iteration, input: bytes, violations: violations))
            }
            iteration += 1
        }
        return (iteration - first, nil)
    }

    /// Byte strings that break parsers and terminals more often than random bytes do.
    static let tokens: [[UInt8]] = [
        "\u{1B}[2J", "\u{1B}]0;T\u{07}", "\u{1B}]52;c;aGk=\u{07}", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}P1$q\u{1B}\\",
        "\u{1B}_apc\u{1B}\\", "\u{202E}", "\u{2066}", "\u{200D}", "\u{301}", "中", "😀", "👨‍👩‍👧", "\u{AD}",
        "\n", "\n\n", "\r\n", "\t", " ", "By Jane Doe\n", "12 March 2024\n", "Advertisement\n", "# ",
    ].map { Array($0.utf8) } + [[0xC2, 0x9B], [0x9B], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0], [0xC3], [0xED, 0xA0, 0x80]]

    private func mutate(_ bytes: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var bytes = bytes
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0 where !bytes.isEmpty:
            let index = min(position, bytes.count - 1)
            bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] = UInt8.random(in: 0...255, using: &random)
        case 2 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange(min(position, end)..<end)
        case 3 where !bytes.isEmpty:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...256, using: &random))
            let chunk = Array(bytes[start..<end])
            for _ in 0..<Int.random(in: 1...8, using: &random) { bytes.insert(contentsOf: chunk, at: position) }
        case 4:
            let other = corpus.randomElement(using: &random)!
            bytes = Array(bytes.prefix(position)) + Array(other.dropFirst(Int.random(in: 0...other.count, using: &random)))
        default:
            bytes.insert(contentsOf: Self.tokens.randomElement(using: &random)!, at: position)
        }
        return bytes
    }
}
