/// A token of text with its place in the text (Unicode scalar offsets, end exclusive).
public struct Token: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    /// White space (or the start of the text) comes right before the token.
    public var spaceBefore: Bool
    /// The token is the first on its line.
    public var lineStart: Bool

    public init(text: String, start: Int, end: Int, spaceBefore: Bool, lineStart: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.lineStart = lineStart
    }
}
