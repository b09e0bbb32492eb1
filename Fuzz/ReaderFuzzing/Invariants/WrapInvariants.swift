import ReaderText

/// What wrapping must satisfy: rows in order, inside the text, covering every visible scalar, and
/// no wider than the width (a single scalar or character wider than the whole width is the one exception).
public enum WrapInvariants {
    public static func check(_ scalars: [Unicode.Scalar], rows: [Range<Int>], width: Int) -> [String] {
        var violations = Violations()
        violations.expect(!rows.isEmpty, "no rows")
        var covered = 0
        for (index, row) in rows.enumerated() {
            violations.expect(row.lowerBound >= covered && row.upperBound <= scalars.count,
                              "row \(index) \(row) overlaps the previous row or leaves the text (\(scalars.count) scalars)")
            guard row.lowerBound >= covered, row.upperBound <= scalars.count else { break }
            // Only break spaces and newlines may fall between rows.
            let skipped = scalars[covered..<row.lowerBound].filter { $0 != " " && $0 != "\n" }
            violations.expect(skipped.isEmpty, "row \(index) skips visible scalars \(skipped.map { $0.value })")
            let columns = row.reduce(0) { $0 + TextWrapper.columns(scalars[$1]) }
            let spacing = row.filter { TextWrapper.columns(scalars[$0]) > 0 }.count
            // One character wider than the row (an emoji sequence) is kept whole past its edge.
            let oneCharacter = String(String.UnicodeScalarView(scalars[row])).count == 1
            violations.expect(columns <= width || spacing == 1 || oneCharacter,
                              "row \(index) is \(columns) columns wide at width \(width)")
            covered = row.upperBound
        }
        let tail = scalars[min(covered, scalars.count)...].filter { $0 != " " && $0 != "\n" }
        violations.expect(tail.isEmpty, "visible scalars after the last row: \(tail.map { $0.value })")
        return violations.messages
    }
}
