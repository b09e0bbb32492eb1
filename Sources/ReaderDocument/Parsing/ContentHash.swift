/// A 64-bit FNV-1a digest of file contents, to tell changed files from unchanged ones.
public enum ContentHash {
    public static func hex(of bytes: [UInt8]) -> String {
        String(digest(of: bytes), radix: 16) + "-" + String(bytes.count)
    }

    /// The FNV-1a digest itself.
    public static func digest<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
