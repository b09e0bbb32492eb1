/// Finds a highlight's passage again in changed text (W3C selectors): the old position if the
/// quote is still there; else the occurrence nearest the old position, prefix and suffix breaking
/// ties; else an approximate match tolerating small edits; else nothing (the highlight is orphaned).
public enum TextAnchoring {
    public enum Outcome: Equatable, Sendable {
        case unchanged
        case moved(Range<Int>)
        case approximate(Range<Int>)
        case orphaned
    }

    /// Quotes shorter than this are only matched exactly: a fuzzy "the" matches anything.
    static let shortestFuzzyQuote = 8

    public static func locate(_ quote: TextQuote, near oldStart: Int, in text: [Unicode.Scalar]) -> Outcome {
        let exact = Array(quote.exact.unicodeScalars)
        guard !exact.isEmpty, exact.count <= text.count else { return .orphaned }
        if oldStart >= 0, oldStart + exact.count <= text.count, text[oldStart..<(oldStart + exact.count)].elementsEqual(exact) {
            return .unchanged
        }
        let occurrences = occurrences(of: exact, in: text)
        if !occurrences.isEmpty {
            let prefix = Array(quote.prefix.unicodeScalars)
            let suffix = Array(quote.suffix.unicodeScalars)
            let best = occurrences.min { left, right in
                let leftDistance = abs(left - oldStart), rightDistance = abs(right - oldStart)
                if leftDistance != rightDistance { return leftDistance < rightDistance }
                return context(at: left, length: exact.count, prefix: prefix, suffix: suffix, in: text)
                    > context(at: right, length: exact.count, prefix: prefix, suffix: suffix, in: text)
            }!
            return .moved(best..<(best + exact.count))
        }
        guard exact.count >= shortestFuzzyQuote, let range = approximate(exact, near: oldStart, in: text) else { return .orphaned }
        return .approximate(range)
    }

    /// Start offsets of every occurrence of `needle`.
    public static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        let first = needle[0]
        var index = 0
        let last = text.count - needle.count
        while index <= last {
            if text[index] == first, text[index..<(index + needle.count)].elementsEqual(needle) { found.append(index) }
            index += 1
        }
        return found
    }

    /// How many scalars of the stored prefix and suffix agree with the text around an occurrence.
    static func context(at start: Int, length: Int, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int {
        var score = 0
        while score < prefix.count, start - score - 1 >= 0, text[start - score - 1] == prefix[prefix.count - score - 1] { score += 1 }
        var after = 0
        while after < suffix.count, start + length + after < text.count, text[start + length + after] == suffix[after] { after += 1 }
        return score + after
    }

    /// An approximate occurrence: near the old position first, then anywhere. Long quotes are found
    /// by their first and last 32 scalars, which keeps the work small.
    static func approximate(_ quote: [Unicode.Scalar], near oldStart: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        let window = max(0, oldStart - 4 * quote.count - 500)..<min(text.count, oldStart + 5 * quote.count + 500)
        for searched in [window, 0..<text.count] {
            if quote.count <= 64 {
                if let match = bestMatch(quote, in: text, within: searched, near: oldStart) { return match }
            } else if let head = bestMatch(Array(quote.prefix(32)), in: text, within: searched, near: oldStart),
                      let tail = bestMatch(Array(quote.suffix(32)), in: text, within: head.lowerBound..<min(text.count, head.lowerBound + quote.count * 2), near: head.lowerBound + quote.count - 32) {
                let length = tail.upperBound - head.lowerBound
                if length >= quote.count * 3 / 4 && length <= quote.count * 5 / 4 { return head.lowerBound..<tail.upperBound }
            }
            if searched == 0..<text.count { break }
        }
        return nil
    }

    /// The substring of `text[within]` with the fewest edits from `pattern` (at most one in eight
    /// scalars), nearest `near` among equals: Sellers' dynamic programme, keeping each cell's start.
    static func bestMatch(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], within: Range<Int>, near: Int) -> Range<Int>? {
        let limit = max(1, pattern.count / 8)
        let m = pattern.count
        var cost = Array(0...m)
        var start = [Int](repeating: within.lowerBound, count: m + 1)
        var best: (range: Range<Int>, cost: Int)?
        for position in within {
            var diagonalCost = cost[0], diagonalStart = start[0]
            cost[0] = 0
            start[0] = position + 1
            for row in 1...m {
                let aboveCost = cost[row], aboveStart = start[row]
                let substitution = diagonalCost + (pattern[row - 1] == text[position] ? 0 : 1)
                let deletion = cost[row - 1] + 1
                let insertion = aboveCost + 1
                if substitution <= deletion && substitution <= insertion {
                    cost[row] = substitution
                    start[row] = row == 1 ? position : diagonalStart
                } else if deletion <= insertion {
                    cost[row] = deletion
                    start[row] = start[row - 1]
                } else {
                    cost[row] = insertion
                    start[row] = aboveStart
                }
                diagonalCost = aboveCost
                diagonalStart = aboveStart
            }
            guard cost[m] <= limit else { continue }
            let range = start[m]..<(position + 1)
            if let current = best {
                if cost[m] < current.cost || (cost[m] == current.cost && abs(range.lowerBound - near) < abs(current.range.lowerBound - near)) {
                    best = (range, cost[m])
                }
            } else {
                best = (range, cost[m])
            }
        }
        return best?.range
    }
}
