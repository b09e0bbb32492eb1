/// Reads structured choices off the front of a fuzz input, so libFuzzer's mutations of a few
/// bytes change sizes and keys rather than only text. Past the end every read returns zero.
public struct FuzzInput {
    private let bytes: [UInt8]
    private var cursor = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { cursor >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard cursor < bytes.count else { return 0 }
        defer { cursor += 1 }
        return bytes[cursor]
    }

    /// A value in `range`, from one byte (ranges of up to 256 values are uniform).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(byte()) % (range.count)
    }

    /// Everything not read yet.
    public mutating func rest() -> [UInt8] {
        defer { cursor = bytes.count }
        return cursor < bytes.count ? Array(bytes[cursor...]) : []
    }
}
