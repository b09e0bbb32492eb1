import ReaderText
import ReaderEntities

extension Article {
    /// Parts of the plain text that Reader added, not the author: "[n]" link markers and the link
    /// list at the end. Sorted, not overlapping.
    public var markupRanges: [Range<Int>] {
        var ranges = styles.filter { $0.kind == .reference }.map { $0.start..<$0.end }
        if !links.isEmpty, let heading = blocks.lastIndex(where: { $0.kind == .heading(level: 2) && $0.text == "Links" }) {
            ranges.append(blocks[heading].start..<plainTextLength)
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Entity spans without those that fall on Reader's own markup ("[1]" is no number in the text).
    public func withoutMarkup(_ spans: [EntitySpan]) -> [EntitySpan] {
        let ranges = markupRanges
        guard !ranges.isEmpty else { return spans }
        return spans.filter { SortedSpans.overlapping(ranges, $0.start..<$0.end) { $0 }.isEmpty }
    }
}
