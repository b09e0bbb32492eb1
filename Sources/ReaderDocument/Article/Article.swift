import Foundation
import ReaderEntities

/// Identifies an article within a reading session (for local files, the standardised path).
public struct ArticleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One block of an article's text as the reader shows it.
public struct TextBlock: Equatable, Sendable {
    public enum Kind: Hashable, Sendable, Codable {
        case title, byline, dateline, paragraph
        /// A section heading, level 1 to 6.
        case heading(level: Int)
        case quote
        /// A block quote inside others: depth 2 or more (`quote` is depth 1). A case of its own so
        /// articles stored before it still decode.
        case nestedQuote(depth: Int)
        /// A list item; its bullet or number is part of the text. Depth 0 is the outer list.
        case listItem(depth: Int)
        /// Preformatted text: its newlines are kept.
        case code
        /// A table: the text is its cells in reading order, the shape says where each cell is.
        case table(TableShape)

        /// Block quotes this block is in: 0 outside any.
        public var quoteDepth: Int {
            switch self {
            case .quote: return 1
            case .nestedQuote(let depth): return min(max(2, depth), 8)
            default: return 0
            }
        }

        /// The kind of a block quote's text at `depth` (1 or more).
        public static func quote(depth: Int) -> Kind { depth <= 1 ? .quote : .nestedQuote(depth: depth) }

        /// Whether the block is part of the body (not the title, byline or dateline).
        public var isBody: Bool {
            switch self {
            case .title, .byline, .dateline: return false
            default: return true
            }
        }
    }

    public var kind: Kind
    /// The block's text: a slice of the article's `plainText`, which keeps the text once.
    public var slice: Substring
    public var text: String {
        get { String(slice) }
        set { slice = Substring(newValue) }
    }
    /// Offset of the block's first scalar in the article's `plainText`.
    public var start: Int
    /// Length in Unicode scalars.
    public var length: Int

    public var end: Int { start + length }

    public init(kind: Kind, slice: Substring, start: Int, length: Int) {
        self.kind = kind
        self.slice = slice
        self.start = start
        self.length = length
    }
}

/// A parsed article: metadata, the blocks shown in the reading view, and the plain text they come from.
///
/// `plainText` is the blocks joined by blank lines; entity and annotation offsets are Unicode scalar
/// offsets into it, end exclusive.
public struct Article: Equatable, Sendable, Identifiable {
    public var id: ArticleID
    public var sourcePath: String
    public var title: String
    public var byline: String?
    public var dateline: Dateline?
    public var blocks: [TextBlock]
    public var plainText: String
    public var plainTextLength: Int
    /// Inline styles (emphasis, code, links…) over `plainText`, sorted by start.
    public var styles: [InlineStyle]
    /// The numbered links of an HTML or Markdown article; link `n` is `links[n - 1]`.
    public var links: [ArticleLink]
    /// What the status line says when the article opens: a page that is not an article, a feed
    /// item whose full text could not be fetched. Not part of the text.
    public var note: String?
    /// False for the beginning of a long file, shown while the rest is read: its blocks are the
    /// whole article's first blocks, so positions and offsets in them stay valid, but its end is
    /// not the article's.
    public var isComplete = true

    /// Builds the article and its plain text from title, header and paragraphs.
    public init(
        id: ArticleID, sourcePath: String, title: String, byline: String?, dateline: Dateline?,
        paragraphs: [String]
    ) {
        self.init(
            id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline,
            body: paragraphs.map { BodyBlock(kind: .paragraph, text: $0) }, links: [])
    }

    /// Builds a structured article: body blocks with their inline styles, and the links they number.
    public init(
        id: ArticleID, sourcePath: String, title: String, byline: String?, dateline: Dateline?,
        body: [BodyBlock], links: [ArticleLink]
    ) {
        var builder = ArticleTextBuilder(capacity: title.utf8.count + body.reduce(0) { $0 + $1.text.utf8.count + 2 } + 256)
        Self.appendHeader(to: &builder, title: title, byline: byline, dateline: dateline)
        for piece in body { builder.append(piece.kind, piece.text, styles: piece.styles) }
        self.init(id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline, builder: builder, links: links)
    }

    /// The title, byline and dateline blocks every article starts with.
    static func appendHeader(to builder: inout ArticleTextBuilder, title: String, byline: String?, dateline: Dateline?) {
        builder.append(.title, title)
        if let byline { builder.append(.byline, "By " + byline) }
        if let dateline { builder.append(.dateline, dateline.text) }
    }

    /// An article from text built a block at a time (the header first).
    init(
        id: ArticleID, sourcePath: String, title: String, byline: String?, dateline: Dateline?,
        builder: ArticleTextBuilder, links: [ArticleLink]
    ) {
        self.id = id
        self.sourcePath = sourcePath
        self.title = title
        self.byline = byline
        self.dateline = dateline
        self.links = links
        blocks = builder.blocks()
        styles = builder.styles
        plainText = builder.plainText
        plainTextLength = builder.length
    }

    /// The body as built: blocks after the header, with styles relative to each block.
    public var body: [BodyBlock] {
        var result: [BodyBlock] = []
        var styleIndex = 0
        for block in blocks {
            while styleIndex < styles.count, styles[styleIndex].start < block.start { styleIndex += 1 }
            var own: [InlineStyle] = []
            var index = styleIndex
            while index < styles.count, styles[index].start < block.end {
                let style = styles[index]
                own.append(InlineStyle(style.kind, start: style.start - block.start, end: min(style.end, block.end) - block.start))
                index += 1
            }
            if block.kind.isBody { result.append(BodyBlock(kind: block.kind, text: block.text, styles: own)) }
        }
        return result
    }

    /// Whether the article has more than plain paragraphs: structure worth storing.
    public var isStructured: Bool {
        !styles.isEmpty || !links.isEmpty || blocks.contains { $0.kind.isBody && $0.kind != .paragraph }
    }

    /// Unicode scalars in a string, counted from its UTF-8 bytes (every byte that does not continue a
    /// scalar starts one): much faster than walking `unicodeScalars` on megabytes of text.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var position = 0
            // Eight bytes at a time: a continuation byte has its top bit set and the next one clear.
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                let high: UInt64 = 0x8080_8080_8080_8080
                while position + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                    count += 8 - (word & ~(word << 1) & high).nonzeroBitCount
                    position += 8
                }
            }
            for byte in bytes[position...] where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// What the reader and `reader show` say of an article without text.
    public static let noTextMessage = "This article has no text."

    /// Whether there is any text after the title, byline and dateline.
    public var hasBodyText: Bool {
        blocks.contains { $0.kind.isBody && $0.length > 0 }
    }

    /// The body's blocks as text, without title, byline and dateline.
    public var paragraphs: [String] {
        blocks.filter(\.kind.isBody).map(\.text)
    }
}
