import Foundation

/// Identifies an article within a reading session (for local files, the standardised path).
public struct ArticleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One block of an article's text as the reader shows it.
public struct TextBlock: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case title, byline, dateline, paragraph }

    public var kind: Kind
    public var text: String
    /// Offset of the block's first scalar in the article's `plainText`.
    public var start: Int
    /// Length in Unicode scalars.
    public var length: Int

    public var end: Int { start + length }
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

    /// Builds the article and its plain text from title, header and paragraphs.
    public init(
        id: ArticleID, sourcePath: String, title: String, byline: String?, dateline: Dateline?,
        paragraphs: [String]
    ) {
        self.id = id
        self.sourcePath = sourcePath
        self.title = title
        self.byline = byline
        self.dateline = dateline

        var pieces: [(TextBlock.Kind, String)] = [(.title, title)]
        if let byline { pieces.append((.byline, "By " + byline)) }
        if let dateline { pieces.append((.dateline, dateline.text)) }
        pieces += paragraphs.map { (.paragraph, $0) }

        var blocks: [TextBlock] = []
        var offset = 0
        let separator = "\n\n"
        for (kind, text) in pieces {
            if !blocks.isEmpty { offset += separator.unicodeScalars.count }
            let length = Self.scalarCount(text)
            blocks.append(TextBlock(kind: kind, text: text, start: offset, length: length))
            offset += length
        }
        self.blocks = blocks
        self.plainText = pieces.map(\.1).joined(separator: separator)
        self.plainTextLength = offset
    }

    /// Unicode scalars in a string, counted from its UTF-8 bytes (every byte that does not continue a
    /// scalar starts one): much faster than walking `unicodeScalars` on megabytes of text.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The body paragraphs, without title, byline and dateline.
    public var paragraphs: [String] {
        blocks.filter { $0.kind == .paragraph }.map(\.text)
    }
}
