import Foundation

/// The colours a highlight can have, drawn as backgrounds (entities use foreground colours).
public enum HighlightColor: String, CaseIterable, Hashable, Sendable {
    case yellow, green, blue, pink

    /// For the W3C stylesheet of an export.
    public var css: String {
        switch self {
        case .yellow: return "#fff59d"
        case .green: return "#c5e1a5"
        case .blue: return "#b3e5fc"
        case .pink: return "#f8bbd0"
        }
    }
}

/// The W3C TextQuoteSelector of a highlight: the quoted text and some context either side.
public struct TextQuote: Hashable, Sendable {
    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    /// Characters of context kept either side.
    public static let contextLength = 32

    /// The quote of `range` in `scalars`, with up to 32 scalars of context either side.
    public init(range: Range<Int>, in scalars: [Unicode.Scalar]) {
        let before = max(0, range.lowerBound - Self.contextLength)
        let after = min(scalars.count, range.upperBound + Self.contextLength)
        self.init(
            exact: Self.string(scalars[range]), prefix: Self.string(scalars[before..<range.lowerBound]),
            suffix: Self.string(scalars[range.upperBound..<after]))
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}

/// A highlighted passage of an article, with an optional note.
///
/// `start` and `end` are Unicode scalar offsets into the article's plain text (end exclusive): the
/// TextPositionSelector. `quote` is the TextQuoteSelector that finds the passage again when the
/// text changes. An orphaned highlight could not be found in the current text; it is kept.
public struct Highlight: Hashable, Sendable, Identifiable {
    public var id: String
    public var articleID: ArticleID?
    public var sourcePath: String
    public var start: Int
    public var end: Int
    public var quote: TextQuote
    public var color: HighlightColor
    public var note: String?
    /// Tags, in `Tags.canonical` form.
    public var tags: [String]
    public var created: Date
    public var modified: Date
    public var isOrphaned: Bool

    public init(
        id: String, articleID: ArticleID?, sourcePath: String, start: Int, end: Int, quote: TextQuote,
        color: HighlightColor, note: String?, created: Date, modified: Date, isOrphaned: Bool = false, tags: [String] = []
    ) {
        self.id = id
        self.articleID = articleID
        self.sourcePath = sourcePath
        self.start = start
        self.end = end
        self.quote = quote
        self.color = color
        self.note = note
        self.created = created
        self.modified = modified
        self.isOrphaned = isOrphaned
        self.tags = tags
    }

    public var range: Range<Int> { start..<end }
    public var hasNote: Bool { !(note ?? "").isEmpty }
}

/// Makes identifiers and timestamps for new highlights; tests replace it with a fixed one.
public struct HighlightStamper: Sendable {
    public var makeID: @Sendable () -> String
    public var now: @Sendable () -> Date

    public init(makeID: @escaping @Sendable () -> String, now: @escaping @Sendable () -> Date) {
        self.makeID = makeID
        self.now = now
    }

    public static let system = HighlightStamper(makeID: { UUID().uuidString.lowercased() }, now: { Date() })
}

extension Article {
    /// Highlights `range` of this article's plain text.
    public func highlight(
        _ range: Range<Int>, color: HighlightColor, note: String?, stamper: HighlightStamper, scalars: [Unicode.Scalar]? = nil
    ) -> Highlight {
        let scalars = scalars ?? Array(plainText.unicodeScalars)
        let now = stamper.now()
        return Highlight(
            id: stamper.makeID(), articleID: id, sourcePath: sourcePath, start: range.lowerBound, end: range.upperBound,
            quote: TextQuote(range: range, in: scalars), color: color, note: note, created: now, modified: now)
    }
}
