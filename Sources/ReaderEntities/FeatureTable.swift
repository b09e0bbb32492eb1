/// An open-addressing hash table from feature hash to a run of weights, stored as flat arrays so a
/// model file loads with a copy instead of rebuilding a dictionary.
public struct FeatureTable: Sendable {
    /// Slot keys; 0 marks an empty slot (a real key of 0 is stored as 1).
    var keys: [UInt64]
    var starts: [UInt32]
    var counts: [UInt8]

    var mask: Int { keys.count - 1 }

    init(keys: [UInt64], starts: [UInt32], counts: [UInt8]) {
        self.keys = keys
        self.starts = starts
        self.counts = counts
    }

    /// Builds a table for entries given as (key, start, count), at most two-thirds full.
    init(entries: [(key: UInt64, start: UInt32, count: UInt8)]) {
        var capacity = 16
        while capacity * 2 < entries.count * 3 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        starts = [UInt32](repeating: 0, count: capacity)
        counts = [UInt8](repeating: 0, count: capacity)
        for entry in entries {
            let key = Self.storedKey(entry.key)
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            starts[slot] = entry.start
            counts[slot] = entry.count
        }
    }

    @inline(__always)
    static func storedKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The weight run of a feature, if it has one.
    @inline(__always)
    func lookup(_ feature: UInt64) -> (start: Int, count: Int)? {
        let key = Self.storedKey(feature)
        let mask = self.mask
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return (Int(starts[slot]), Int(counts[slot])) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    public var entryCount: Int { keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }
}
