/// A 64-bit FNV-1a digest of file contents, to tell changed files from unchanged ones.
public enum ContentHash {
    public static func hex(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return String(hash, radix: 16) + "-" + String(bytes.count)
    }
}
