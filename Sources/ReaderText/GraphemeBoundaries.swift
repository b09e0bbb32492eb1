/// Where a run of scalars may be cut without splitting a user-perceived character (a flag's two
/// regional indicators, a Devanagari consonant and its vowel sign, an emoji sequence), by Swift's
/// own extended grapheme clusters. Text of scalars that join nothing is cut anywhere, unasked.
public struct GraphemeBoundaries {
    /// Per position (0...count), whether a cluster starts there; nil when every position is one.
    private let starts: [Bool]?

    public init(_ scalars: [Unicode.Scalar]) {
        guard scalars.contains(where: Self.mayJoin) else {
            starts = nil
            return
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var starts = [Bool](repeating: false, count: scalars.count + 1)
        var offset = 0
        for character in String(view) {
            starts[offset] = true
            offset += character.unicodeScalars.count
        }
        starts[scalars.count] = true
        self.starts = starts
    }

    /// Whether a scalar may be part of a cluster of several: not ASCII, Latin-1, news text's
    /// dashes, quotes and ellipses, or currency signs.
    static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case ..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: return false
        default: return true
        }
    }

    public func isBoundary(_ position: Int) -> Bool {
        guard let starts, position >= 0, position < starts.count else { return true }
        return starts[position]
    }
}
