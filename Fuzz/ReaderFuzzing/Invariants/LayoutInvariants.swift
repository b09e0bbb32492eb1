import ReaderCore

/// What an article layout must satisfy: anchors and rows round-trip, moving stays inside the
/// article, and the offsets it reports are inside `plainText`.
public enum LayoutInvariants {
    public static func check(_ layout: ArticleLayout) -> [String] {
        var violations = Violations()
        let length = layout.article.plainTextLength
        var position = layout.firstRow
        // Every row from the top (a bounded walk: a layout that never reaches its end is a finding).
        for _ in 0..<100_000 {
            let anchor = layout.anchor(of: position)
            violations.expect(layout.position(of: anchor) == position,
                              "row \(position) → anchor \(anchor) → row \(layout.position(of: anchor))")
            let start = layout.plainTextOffset(atStartOf: position), end = layout.plainTextOffset(atEndOf: position)
            violations.expect(0 <= start && start <= end && end <= length,
                              "row \(position) covers \(start)..<\(end) of \(length)")
            violations.expect(layout.position(ofPlainTextOffset: start) <= position,
                              "offset \(start) maps to a row after \(position)")
            let next = layout.advance(position, by: 1)
            if next == position { break }
            violations.expect(next > position, "advancing from \(position) went back to \(next)")
            if next < position { break }
            position = next
        }
        violations.expect(position == layout.lastRow, "walking down stopped at \(position), not at the last row \(layout.lastRow)")
        violations.expect(layout.advance(layout.lastRow, by: -1_000_000) == layout.firstRow, "moving far up does not reach the first row")
        violations.expect(layout.bottomTop(height: 1) == layout.lastRow, "bottomTop(1) is not the last row")
        return violations.messages
    }
}
