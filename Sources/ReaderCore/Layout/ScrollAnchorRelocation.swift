import ReaderDocument

/// Moves a reading position from an article's old text to its new text (after a feed refresh),
/// so the same words stay at the top of the screen: the passage at the position is found again
/// the way highlights are (TextAnchoring: in place, else nearest, else approximately).
public enum ScrollAnchorRelocation {
    /// Scalars of the passage looked for, and of context either side.
    static let passageLength = 32

    public static func relocate(_ anchor: ScrollAnchor, from old: Article, to new: Article) -> ScrollAnchor {
        guard !new.blocks.isEmpty else { return .top }
        guard old.blocks.indices.contains(anchor.block) else { return clamped(anchor, in: new) }
        let block = old.blocks[anchor.block]
        // An offset past the block's end is the gap after it: the block's own start is found, and
        // the gap after the block it became is kept.
        let pastEnd = anchor.offset >= block.length && anchor.offset > 0
        let oldOffset = block.start + (pastEnd ? 0 : max(0, anchor.offset))
        let oldText = Array(old.plainText.unicodeScalars)
        let end = min(block.end, oldOffset + passageLength)
        guard oldOffset < end else { return clamped(anchor, in: new) }
        let quote = TextQuote(
            exact: String(String.UnicodeScalarView(oldText[oldOffset..<end])),
            prefix: String(String.UnicodeScalarView(oldText[max(0, oldOffset - passageLength)..<oldOffset])),
            suffix: String(String.UnicodeScalarView(oldText[end..<min(oldText.count, end + passageLength)])))
        let newText = Array(new.plainText.unicodeScalars)
        let found: Int
        switch TextAnchoring.locate(quote, near: oldOffset, in: newText) {
        case .unchanged: found = oldOffset
        case .moved(let range), .approximate(let range): found = range.lowerBound
        case .orphaned: return clamped(anchor, in: new)
        }
        guard let index = new.blocks.lastIndex(where: { $0.start <= found }) else { return .top }
        let offset = min(found - new.blocks[index].start, new.blocks[index].length)
        return ScrollAnchor(block: index, offset: pastEnd ? new.blocks[index].length : offset)
    }

    /// The same block and offset, as far as the new text has them.
    static func clamped(_ anchor: ScrollAnchor, in article: Article) -> ScrollAnchor {
        let block = min(max(0, anchor.block), article.blocks.count - 1)
        return ScrollAnchor(block: block, offset: min(max(0, anchor.offset), article.blocks[block].length))
    }
}
