/// Greedy word wrapping by display width.
///
/// Works on arrays of scalars and returns scalar ranges, so rows map straight back to offsets in the
/// article's text. Breaks after spaces, after hyphens and around double-width (CJK) characters (not
/// before closing punctuation nor after an opening bracket, `LineBreakPunctuation`); a word
/// longer than the width is broken where it overflows. Never inside a joined sequence (👨‍👩‍👧, 👍🏽) where
/// it can be helped, and never at a hyphen of a URL, so a URL can be copied whole.
public enum TextWrapper {
    /// What to do with a URL wider than a whole row (one that fits moves to the next row whole).
    public enum LongURLs: Sendable {
        /// Start it where it is and continue it on the next row at the edge (a pane cannot overflow).
        case split
        /// Leave it whole, the row wider than the width (printed text, so it can be copied).
        case overflow
    }

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

    /// Columns a run of scalars takes on screen after sanitising.
    @inlinable
    public static func columns<S: Sequence<Unicode.Scalar>>(of scalars: S) -> Int {
        scalars.reduce(0) { $0 + columns($1) }
    }

    /// The rows of `scalars` wrapped to `width` columns. An empty text has one empty row.
    /// Row ranges exclude the spaces at a break; the next row starts after them. Each of `keptWhole`
    /// (with the word it is part of) is never broken: it moves to the next row whole, and one wider
    /// than a row is left whole on a row of its own, wider than the width (printed markup).
    /// Rows after the first are `hangingIndent` columns narrower (a list item's text under its bullet).
    public static func wrap(
        _ scalars: [Unicode.Scalar], width firstWidth: Int, longURLs: LongURLs = .split, keptWhole: [Range<Int>] = [],
        hangingIndent: Int = 0
    ) -> [Range<Int>] {
        var width = max(1, firstWidth)
        let inURL = urlScalars(scalars)
        let whole = wholeRuns(keptWhole, in: scalars)
        let clusters = GraphemeBoundaries(scalars)
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
            width = max(1, firstWidth - hangingIndent)
        }

        /// Whether a row may end before `position` without splitting a joined sequence.
        func canBreak(before position: Int) -> Bool {
            guard position > 0, position < count else { return true }
            return columns(scalars[position]) > 0 && scalars[position - 1] != zeroWidthJoiner && clusters.isBoundary(position)
                && !isEmojiModifier(scalars[position]) && !whole.isInside(position)
                && !LineBreakPunctuation.mayNotStartRow(scalars[position]) && !LineBreakPunctuation.mayNotEndRow(scalars[position - 1])
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                endRow(at: index, nextStart: index + 1)
                index = rowStart
                continue
            }
            let scalarWidth = columns(scalar)
            if column + scalarWidth > width && column > 0, let run = whole.run(containing: index) {
                // Moved to the next row whole; at a row's start, left whole however wide.
                let end = run.lowerBound > rowStart ? run.lowerBound : run.upperBound
                endRow(at: end, nextStart: end)
                index = rowStart
                continue
            }
            if scalar == " " && !whole.isInside(index) {
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
            if scalarWidth == 2 && column > 0 && canBreak(before: index) { breakAt = index }
            if column + scalarWidth > width && column > 0 {
                // A URL that fits no row starts where it is: split at the edge, or left whole.
                let url = inURL[index] ? urlRun(around: index, in: inURL) : nil
                let urlFitsNoRow = url.map { range in range.reduce(0) { $0 + columns(scalars[$1]) } > width } ?? false
                if urlFitsNoRow, longURLs == .overflow, let url {
                    endRow(at: url.upperBound, nextStart: url.upperBound)
                } else if !urlFitsNoRow, let breakPoint = breakAt, breakPoint > rowStart, breakPoint <= index {
                    endRow(at: breakPoint, nextStart: breakPoint)
                } else {
                    var end = index
                    while end > rowStart + 1, !canBreak(before: end) { end -= 1 }
                    if !canBreak(before: end) {
                        // Punctuation rules give way first; one character wider than the row stays
                        // whole, past the edge.
                        end = index
                        while end > rowStart + 1, !clusters.isBoundary(end) { end -= 1 }
                        if !clusters.isBoundary(end) {
                            end = index
                            while end < count, !clusters.isBoundary(end) { end += 1 }
                        }
                    }
                    endRow(at: end, nextStart: end)
                }
                index = rowStart
                continue
            }
            column += scalarWidth
            if scalarWidth == 2 && canBreak(before: index + 1) { breakAt = index + 1 }
            if scalar == "-" && index > rowStart && !inURL[index] && !whole.isInside(index + 1) && clusters.isBoundary(index + 1) {
                breakAt = index + 1
            }
            if whole.isInside(breakAt ?? 0) { breakAt = nil }
            index += 1
        }
        if rowStart < count || rows.isEmpty || scalars.last == "\n" {
            rows.append(rowStart..<count)
        }
        return rows
    }

    /// The rows of preformatted text (code): a row per line, a line wider than `width` continued
    /// on the next row at the edge. Nothing is trimmed, so indentation keeps its shape.
    public static func wrapPreformatted(_ scalars: [Unicode.Scalar], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        let clusters = GraphemeBoundaries(scalars)
        var rows: [Range<Int>] = []
        var rowStart = 0
        var column = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                rows.append(rowStart..<index)
                index += 1
                rowStart = index
                column = 0
                continue
            }
            let scalarWidth = columns(scalar)
            if column + scalarWidth > width, column > 0, scalarWidth > 0, scalars[index - 1] != zeroWidthJoiner,
               !isEmojiModifier(scalar), clusters.isBoundary(index) {
                rows.append(rowStart..<index)
                rowStart = index
                column = 0
            }
            column += scalarWidth
            index += 1
        }
        rows.append(rowStart..<scalars.count)
        return rows
    }

    public static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    /// Runs never broken: each given range widened to the spaces around it.
    struct WholeRuns {
        var runs: [Range<Int>] = []
        /// For each scalar, the index in `runs` of the run it is in, or -1.
        var runOf: [Int] = []

        func run(containing index: Int) -> Range<Int>? {
            guard !runs.isEmpty, index < runOf.count, runOf[index] >= 0 else { return nil }
            return runs[runOf[index]]
        }

        /// Whether `position` is strictly inside a run, so no row may end before it.
        func isInside(_ position: Int) -> Bool {
            guard let run = run(containing: position) else { return false }
            return position > run.lowerBound
        }
    }

    static func wholeRuns(_ ranges: [Range<Int>], in scalars: [Unicode.Scalar]) -> WholeRuns {
        guard !ranges.isEmpty else { return WholeRuns() }
        var result = WholeRuns(runOf: [Int](repeating: -1, count: scalars.count))
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            var start = max(0, min(range.lowerBound, scalars.count))
            var end = max(start, min(range.upperBound, scalars.count))
            while start > 0, !isSpace(scalars[start - 1]) { start -= 1 }
            while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
            if let last = result.runs.last, start < last.upperBound {
                start = last.lowerBound
                result.runs.removeLast()
            }
            result.runs.append(start..<end)
            for position in start..<end { result.runOf[position] = result.runs.count - 1 }
        }
        return result
    }

    /// Skin-tone modifiers (U+1F3FB–U+1F3FF) belong to the emoji before them.
    static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// The whole URL that the scalar at `index` is part of.
    static func urlRun(around index: Int, in inURL: [Bool]) -> Range<Int> {
        var start = index, end = index
        while start > 0, inURL[start - 1] { start -= 1 }
        while end < inURL.count, inURL[end] { end += 1 }
        return start..<end
    }

    /// For each scalar, whether it is part of a URL: a run without spaces that contains "://" or
    /// starts with "www.".
    public static func urlScalars(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var marks = [Bool](repeating: false, count: scalars.count)
        var start = 0
        while start < scalars.count {
            guard !isSpace(scalars[start]) else { start += 1; continue }
            var end = start
            var hasScheme = false
            while end < scalars.count, !isSpace(scalars[end]) {
                if scalars[end] == ":", end + 2 < scalars.count, scalars[end + 1] == "/", scalars[end + 2] == "/" { hasScheme = true }
                end += 1
            }
            let startsWithWWW = end - start > 4 && scalars[start..<(start + 4)].elementsEqual("www.".unicodeScalars)
            if hasScheme || startsWithWWW {
                for position in start..<end { marks[position] = true }
            }
            start = end
        }
        return marks
    }

    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t"
    }
}
