import ReaderText
import ReaderEntities

extension Article {
    /// Parts of the plain text that Reader added, not the author: "[n]" link markers, the numbers
    /// of ordered list items ("1. ") and the link list at the end. Sorted, not overlapping.
    public var markupRanges: [Range<Int>] {
        var ranges = styles.filter { $0.kind == .reference }.map { $0.start..<$0.end }
        for block in blocks {
            guard case .listItem = block.kind, let marker = Self.orderedMarkerLength(block.text) else { continue }
            ranges.append(block.start..<(block.start + marker))
        }
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

    /// The scalars of an ordered item's number and its "." or ")" ("12." is 3); nil for a bullet.
    static func orderedMarkerLength(_ text: String) -> Int? {
        var count = 0
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if ("0"..."9").contains(scalar) {
                count += 1
                continue
            }
            return count > 0 && count <= 9 && (scalar == "." || scalar == ")") && scalars.next() == " " ? count + 1 : nil
        }
        return nil
    }
}
