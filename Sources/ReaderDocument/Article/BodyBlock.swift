import ReaderEntities

/// A block of an article's body before offsets are assigned: its kind, text and inline styles
/// (offsets relative to the block, in Unicode scalars, end exclusive).
public struct BodyBlock: Equatable, Sendable, Codable {
    public var kind: TextBlock.Kind
    public var text: String
    public var styles: [InlineStyle]

    public init(kind: TextBlock.Kind, text: String, styles: [InlineStyle] = []) {
        self.kind = kind
        self.text = text
        self.styles = styles
    }
}

/// A styled range of text: emphasis, strong, code, strikethrough, a link's text or its "[n]" reference marker.
public struct InlineStyle: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case emphasis, strong, code
        /// Struck-out text (`~~gone~~`, `<del>`).
        case strikethrough
        case link
        /// The "[n]" marker after a link's text.
        case reference
    }

    public var kind: Kind
    public var start: Int
    public var end: Int

    public init(_ kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// A numbered link of an article: "[n]" in the text refers to it.
public struct ArticleLink: Hashable, Sendable, Codable {
    public var number: Int
    public var url: String

    public init(number: Int, url: String) {
        self.number = number
        self.url = url
    }
}
