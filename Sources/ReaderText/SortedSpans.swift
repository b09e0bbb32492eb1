/// Finding the items of a sorted, non-overlapping list of spans that touch a range (a row of text).
public enum SortedSpans {
    /// Indices of the items overlapping `range`; `bounds` gives each item's start and end.
    public static func overlapping<Item>(_ items: [Item], _ range: Range<Int>, bounds: (Item) -> Range<Int>) -> Range<Int> {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if bounds(items[mid]).upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < items.count, bounds(items[end]).lowerBound < range.upperBound { end += 1 }
        return low..<end
    }
}
