/// BIO tags over entity types: tag 0 is O, then B-type and I-type for each type in order.
public struct TagSet: Hashable, Sendable {
    /// The entity types the tags cover, as label names ("PERSON", …, and "MISC" for CoNLL training).
    public let types: [String]

    public init(types: [String]) {
        self.types = types
    }

    public static let standard = TagSet(types: EntityLabel.allCases.map(\.rawValue) + ["MISC"])

    public var count: Int { 1 + 2 * types.count }
    public static let outside = 0
    public func begin(_ type: Int) -> Int { 1 + 2 * type }
    public func inside(_ type: Int) -> Int { 2 + 2 * type }
    public func type(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 2 }
    public func isBegin(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 0 }
    public func isInside(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 1 }

    public func typeIndex(of name: String) -> Int? { types.firstIndex(of: name) }

    /// Whether `next` may follow `previous` (I-X only after B-X or I-X). `previous` nil: sentence start.
    public func allows(_ previous: Int?, _ next: Int) -> Bool {
        guard isInside(next) else { return true }
        guard let previous, previous != 0 else { return false }
        return type(of: previous) == type(of: next)
    }
}
