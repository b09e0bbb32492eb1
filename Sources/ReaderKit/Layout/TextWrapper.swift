/// Greedy word wrapping by display width.
///
/// Works on arrays of scalars and returns scalar ranges, so rows map straight back to offsets in the
/// article's text. Breaks after spaces, after hyphens and around double-width (CJK) characters; a word
/// longer than the width is broken where it overflows.
public enum TextWrapper {
    /// Columns a scalar takes on screen after sanitising (placeholders are one column, hidden none).
    @inline(__always)
    public static func columns(_ scalar: Unicode.Scalar) -> Int {
        switch TextSanitizer.glyph(for: scalar) {
        case .keep:
            return scalar == "\t" ? 1 : DisplayWidth.columns(scalar)
        case .replace(let placeholder):
            return DisplayWidth.columns(placeholder)
        case .hide:
            return 0
        }
    }

    /// The rows of `scalars` wrapped to `width` columns. An empty text has one empty row.
    /// Row ranges exclude the spaces at a break; the next row starts after them.
    public static func wrap(_ scalars: [Unicode.Scalar], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var rows: [Range<Int>] = []
        var rowStart = 0
        var column = 0
        var breakAt: Int? = nil
        var index = 0
        let count = scalars.count

        func endRow(at end: Int, nextStart: Int) {
            var trimmedEnd = end
            while trimmedEnd > rowStart, scalars[trimmedEnd - 1] == " " { trimmedEnd -= 1 }
            rows.append(rowStart..<trimmedEnd)
            var next = nextStart
            while next < count, scalars[next] == " " { next += 1 }
            rowStart = next
            column = 0
            breakAt = nil
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                endRow(at: index, nextStart: index + 1)
                index = rowStart
                continue
            }
            let scalarWidth = columns(scalar)
            if scalar == " " {
                if column + 1 > width {
                    endRow(at: index, nextStart: index)
                    index = rowStart
                    continue
                }
                column += 1
                breakAt = index + 1
                index += 1
                continue
            }
            if scalarWidth == 2 && column > 0 { breakAt = index }
            if column + scalarWidth > width && column > 0 {
                if let breakPoint = breakAt, breakPoint > rowStart, breakPoint <= index {
                    endRow(at: breakPoint, nextStart: breakPoint)
                    index = rowStart
                } else {
                    endRow(at: index, nextStart: index)
                    index = rowStart
                }
                continue
            }
            column += scalarWidth
            if scalarWidth == 2 || (scalar == "-" && index > rowStart) { breakAt = index + 1 }
            index += 1
        }
        if rowStart < count || rows.isEmpty || scalars.last == "\n" {
            rows.append(rowStart..<count)
        }
        return rows
    }
}
