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

    /// `expected` is where the passage probably is now (its old place shifted as the previous
    /// highlight's was): when the quote is there, only occurrences nearer the old place need a look.
    public static func locate(_ quote: TextQuote, near oldStart: Int, in text: [Unicode.Scalar], expected: Int? = nil) -> Outcome {
        let exact = Array(quote.exact.unicodeScalars)
        guard !exact.isEmpty, exact.count <= text.count else { return .orphaned }
        if matches(exact, at: oldStart, in: text) { return .unchanged }
        var searched = 0..<text.count
        if let expected, matches(exact, at: expected, in: text) {
            let distance = abs(expected - oldStart)
            searched = max(0, oldStart - distance)..<min(text.count, oldStart + distance + 1)
        }
        let occurrences = occurrences(of: exact, in: text, within: searched)
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
        guard exact.count >= shortestFuzzyQuote else { return .orphaned }
        // Small edits near where the passage should be are found in a narrow band first.
        if let expected {
            let slack = exact.count / 8 + 2
            let band = max(0, expected - slack)..<min(text.count, expected + exact.count + slack)
            if exact.count <= 64, let range = bestMatch(exact, in: text, within: band, near: expected) { return .approximate(range) }
        }
        guard let range = approximate(exact, near: expected ?? oldStart, in: text) else { return .orphaned }
        return .approximate(range)
    }

    /// Locates many passages of one text, in text order, each expected where the previous one's
    /// shift would put it: after an insertion most are confirmed by a single comparison.
    public static func locateAll(_ passages: [(quote: TextQuote, start: Int)], in text: [Unicode.Scalar]) -> [Outcome] {
        var outcomes = [Outcome](repeating: .orphaned, count: passages.count)
        var shift = 0
        for index in passages.indices.sorted(by: { passages[$0].start < passages[$1].start }) {
            let (quote, start) = passages[index]
            let outcome = locate(quote, near: start, in: text, expected: shift == 0 ? nil : start + shift)
            switch outcome {
            case .unchanged: shift = 0
            case .moved(let range), .approximate(let range): shift = range.lowerBound - start
            case .orphaned: break
            }
            outcomes[index] = outcome
        }
        return outcomes
    }

    static func matches(_ needle: [Unicode.Scalar], at start: Int, in text: [Unicode.Scalar]) -> Bool {
        start >= 0 && start + needle.count <= text.count && text[start..<(start + needle.count)].elementsEqual(needle)
    }

    /// Start offsets of every occurrence of `needle` (starting within `within`, when given).
    public static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar], within: Range<Int>? = nil) -> [Int] {
        var found: [Int] = []
        let first = needle[0]
        var index = within?.lowerBound ?? 0
        let last = min(text.count - needle.count, (within?.upperBound ?? text.count) - 1)
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
