/// Words, sentences and paragraphs of an article's plain text, as scalar ranges: what a visual
/// selection moves by and what "highlight the sentence" takes.
public struct TextUnits: Sendable {
    public let scalars: [Unicode.Scalar]
    /// Paragraph ranges in text order: each block, and each cell (and caption) of a table, so a
    /// sentence or paragraph never crosses a cell boundary.
    public let blocks: [Range<Int>]

    public init(_ article: Article) {
        scalars = Array(article.plainText.unicodeScalars)
        blocks = article.blocks.flatMap { block -> [Range<Int>] in
            guard case .table(let shape) = block.kind else { return [block.start..<block.end] }
            let cells = ([shape.caption].compactMap { $0 } + shape.rows.joined().map(\.range))
                .filter { !$0.isEmpty && $0.upperBound <= block.length }
                .map { (block.start + $0.lowerBound)..<(block.start + $0.upperBound) }
                .sorted { $0.lowerBound < $1.lowerBound }
            return cells.isEmpty ? [block.start..<block.end] : cells
        }
    }

    /// The block containing `offset`, or the nearest one after it.
    public func block(at offset: Int) -> Range<Int> {
        blocks.first { $0.upperBound > offset } ?? blocks.last ?? 0..<0
    }

    /// The sentence containing `offset`: from after the previous sentence end (or the block's start)
    /// through its own end mark and closing quotes (or the block's end), without surrounding spaces.
    public func sentence(at offset: Int) -> Range<Int> {
        let block = block(at: offset)
        guard !block.isEmpty else { return block }
        let position = min(max(offset, block.lowerBound), block.upperBound - 1)
        var start = position
        while start > block.lowerBound, !endsSentence(before: start, in: block) { start -= 1 }
        while start < block.upperBound, scalars[start].properties.isWhitespace { start += 1 }
        var end = max(position, start)
        while end < block.upperBound, !endsSentence(before: end, in: block) { end += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start..<max(end, start)
    }

    /// True when a sentence ends just before `index`: an end mark (and closing quotes or brackets)
    /// followed by a space, or the end of the block.
    func endsSentence(before index: Int, in block: Range<Int>) -> Bool {
        if index >= block.upperBound { return true }
        guard index > block.lowerBound, scalars[index].properties.isWhitespace else { return false }
        var mark = index - 1
        while mark > block.lowerBound, "\"'”’)]".unicodeScalars.contains(scalars[mark]) { mark -= 1 }
        guard ".!?…".unicodeScalars.contains(scalars[mark]) else { return false }
        // "Mr. Smith", "U.S. officials": a single capital or a title before the dot is not an end.
        let wordStart = (block.lowerBound..<mark).last { !isWordScalar(scalars[$0]) && scalars[$0] != "." }.map { $0 + 1 } ?? block.lowerBound
        let word = String(String.UnicodeScalarView(scalars[wordStart..<mark]))
        return !Self.abbreviations.contains(word) && !(word.count == 1 && word.first?.isUppercase == true)
    }

    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "Jr", "Sr", "vs", "etc", "e.g", "i.e", "U.S", "U.K"]

    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'" || scalar == "’"
    }

    /// Start of the next word after `offset` (or the text's end).
    public func nextWord(after offset: Int) -> Int {
        var index = offset
        while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
        while index < scalars.count, !isWordScalar(scalars[index]) { index += 1 }
        return min(index, max(0, scalars.count - 1))
    }

    /// Start of the word before `offset` (or 0).
    public func previousWord(before offset: Int) -> Int {
        var index = offset
        while index > 0, !isWordScalar(scalars[index - 1]) { index -= 1 }
        while index > 0, isWordScalar(scalars[index - 1]) { index -= 1 }
        return index
    }

    /// Start of the next sentence (or the last scalar).
    public func nextSentence(after offset: Int) -> Int {
        let current = sentence(at: offset)
        var index = current.upperBound
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return min(index, max(0, scalars.count - 1))
    }

    /// Start of this sentence, or of the previous one when already at its start.
    public func previousSentence(before offset: Int) -> Int {
        let current = sentence(at: offset)
        if current.lowerBound < offset { return current.lowerBound }
        var index = current.lowerBound - 1
        while index > 0, scalars[index].properties.isWhitespace { index -= 1 }
        return index <= 0 ? 0 : sentence(at: index).lowerBound
    }

    public func nextParagraph(after offset: Int) -> Int {
        blocks.first { $0.lowerBound > offset }?.lowerBound ?? max(0, scalars.count - 1)
    }

    public func previousParagraph(before offset: Int) -> Int {
        let current = block(at: offset)
        if current.lowerBound < offset { return current.lowerBound }
        return blocks.last { $0.lowerBound < offset }?.lowerBound ?? 0
    }

    /// The first word start at or after `offset`.
    public func wordStart(atOrAfter offset: Int) -> Int {
        var index = offset
        while index < scalars.count, !isWordScalar(scalars[index]) { index += 1 }
        return min(index, max(0, scalars.count - 1))
    }

    /// The range without leading and trailing white space.
    public func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start..<end
    }
}
