/// Builds an article's plain text and blocks one piece at a time, so a parser can hand over each
/// paragraph as it finds it instead of holding them all: the text is kept once, and every block's
/// text is a slice of it.
struct ArticleTextBuilder {
    private(set) var plainText = ""
    private var pieces: [(kind: TextBlock.Kind, utf8: Range<Int>, start: Int, length: Int)] = []
    private(set) var styles: [InlineStyle] = []
    private(set) var length = 0

    /// `capacity`: the UTF-8 bytes the text is expected to take, reserved once so that growing a
    /// long text never holds two copies of it.
    init(capacity: Int = 0) {
        if capacity > 0 { plainText.reserveCapacity(capacity) }
    }

    var isEmpty: Bool { pieces.isEmpty }

    /// Adds a block, after a blank line when it is not the first; its styles are relative to it.
    mutating func append(_ kind: TextBlock.Kind, _ text: String, styles blockStyles: [InlineStyle] = []) {
        if !pieces.isEmpty {
            plainText += "\n\n"
            length += 2
        }
        let utf8Start = plainText.utf8.count
        plainText += text
        let blockLength = Article.scalarCount(text)
        pieces.append((kind, utf8Start..<plainText.utf8.count, length, blockLength))
        for style in blockStyles where style.start < style.end && style.end <= blockLength {
            styles.append(InlineStyle(style.kind, start: length + style.start, end: length + style.end))
        }
        length += blockLength
    }

    /// The blocks, each a slice of the finished text (shared, not copied).
    func blocks() -> [TextBlock] {
        let utf8 = plainText.utf8
        return pieces.map { piece in
            let lower = utf8.index(utf8.startIndex, offsetBy: piece.utf8.lowerBound)
            let upper = utf8.index(lower, offsetBy: piece.utf8.count)
            return TextBlock(kind: piece.kind, slice: plainText[lower..<upper], start: piece.start, length: piece.length)
        }
    }
}
