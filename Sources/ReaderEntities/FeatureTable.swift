/// An open-addressing hash table from feature hash to a run of weights, stored as flat arrays so a
/// model file loads with a copy instead of rebuilding a dictionary.
public struct FeatureTable: Sendable {
    /// Key and weight run of each slot side by side: a found key's run is then in the cache line
    /// the probe brought in, not in two more arrays (recognition spends a quarter of its time here).
    let slots: [Slot]
    /// Slot keys; 0 marks an empty slot (a real key of 0 is stored as 1).
    var keys: [UInt64] { slots.map(\.key) }
    var starts: [UInt32] { slots.map(\.start) }
    var counts: [UInt8] { slots.map(\.count) }

    struct Slot: Sendable {
        var key: UInt64
        var start: UInt32
        var count: UInt8
    }

    var mask: Int { slots.count - 1 }

    init(keys: [UInt64], starts: [UInt32], counts: [UInt8]) {
        slots = keys.indices.map { Slot(key: keys[$0], start: starts[$0], count: counts[$0]) }
    }

    /// Builds a table for entries given as (key, start, count), at most two-thirds full.
    init(entries: [(key: UInt64, start: UInt32, count: UInt8)]) {
        var capacity = 16
        while capacity * 2 < entries.count * 3 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var starts = [UInt32](repeating: 0, count: capacity)
        var counts = [UInt8](repeating: 0, count: capacity)
        for entry in entries {
            let key = Self.storedKey(entry.key)
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            starts[slot] = entry.start
            counts[slot] = entry.count
        }
        self.init(keys: keys, starts: starts, counts: counts)
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
            let found = slots[slot]
            if found.key == key { return (Int(found.start), Int(found.count)) }
            if found.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    public var entryCount: Int { slots.reduce(0) { $0 + ($1.key == 0 ? 0 : 1) } }
}
