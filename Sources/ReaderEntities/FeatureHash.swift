/// 64-bit FNV-1a hashing for features: stable across runs and platforms, unlike `Hasher`.
public enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    public static func hash(_ text: String) -> UInt64 {
        var hash = offset
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// Combines a template number with one or two value hashes.
    @inline(__always)
    public static func combine(_ template: UInt64, _ value: UInt64, _ other: UInt64 = 0) -> UInt64 {
        var hash = (offset ^ template) &* prime
        hash = (hash ^ value) &* prime
        hash ^= hash >> 29
        hash = (hash ^ other) &* prime
        return hash ^ (hash >> 32)
    }
}
