/// Terminal column widths with wcwidth semantics, independent of the process locale.
///
/// Widths follow glibc's `wcwidth()` (which ncurses 6 uses) for the Unicode
/// version recorded in `DisplayWidthTable.swift`: East Asian Wide/Fullwidth
/// scalars (CJK, Hangul syllables, emoji presentation) take 2 columns;
/// combining marks (Mn, Me), format controls (Cf) and Hangul medial/final jamo
/// take 0; everything else, including U+00AD SOFT HYPHEN, takes 1.
///
/// Control characters (Cc) report 1: callers replace them before layout.
/// Widths are per scalar, like `wcswidth()`; grapheme clusters are not
/// special-cased (an emoji ZWJ sequence counts each emoji, the ZWJs count 0).
public enum DisplayWidth {
    /// Columns one scalar occupies: 0, 1 or 2.
    @inlinable
    public static func columns(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Nothing below U+0300 is zero- or double-width (U+00AD is 1, as in
        // glibc), so Latin-1 and Latin Extended text skips the table search.
        if value < 0x300 { return 1 }
        return tableColumns(value)
    }

    /// Sum of `columns` over the string's scalars.
    @inlinable
    public static func columns<S: StringProtocol>(of text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total &+= columns(scalar)
        }
        return total
    }

    /// Table lookup for scalars at or above U+0300.
    @usableFromInline
    static func tableColumns(_ value: UInt32) -> Int {
        if contains(value, in: displayWidthZeroRanges) { return 0 }
        if contains(value, in: displayWidthDoubleRanges) { return 2 }
        return 1
    }

    /// Binary search over a flat, sorted `[start, end, start, end, ...]` array of
    /// inclusive ranges.
    private static func contains(_ value: UInt32, in ranges: [UInt32]) -> Bool {
        ranges.withUnsafeBufferPointer { buffer in
            let count = buffer.count / 2
            guard count > 0, value >= buffer[0], value <= buffer[buffer.count - 1] else {
                return false
            }
            // Branch-free search for the last range whose start is <= value.
            var base = 0
            var length = count
            while length > 1 {
                let half = length >> 1
                base = buffer[(base &+ half) &* 2] <= value ? base &+ half : base
                length &-= half
            }
            return value <= buffer[base &* 2 &+ 1]
        }
    }
}
