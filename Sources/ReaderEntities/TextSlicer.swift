/// Cuts strings out of a text by scalar offsets quickly: keeps the UTF-8 bytes and where each scalar
/// starts, so a slice is one validated copy instead of scalar-by-scalar appends.
public struct TextSlicer: Sendable {
    private let utf8: [UInt8]
    /// Byte offset of each scalar, plus one past the end.
    private let byteOffsets: [Int32]

    public init(scalars: [Unicode.Scalar]) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count + scalars.count / 4)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            offsets.append(Int32(utf8.count))
            let value = scalar.value
            if value < 0x80 {
                utf8.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { utf8.append($0) }
            }
        }
        offsets.append(Int32(utf8.count))
        self.utf8 = utf8
        byteOffsets = offsets
    }

    /// The text of scalars `start..<end`.
    public func text(_ start: Int, _ end: Int) -> String {
        let from = Int(byteOffsets[start])
        let to = Int(byteOffsets[end])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
    }
}
