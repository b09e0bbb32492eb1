import ReaderDocument

/// An article whose own note or tags are being edited: its id in the list and the source path
/// they are kept by.
public struct ArticleTarget: Hashable, Sendable {
    public var id: ArticleID
    public var sourcePath: String

    public init(id: ArticleID, sourcePath: String) {
        self.id = id
        self.sourcePath = sourcePath
    }
}

/// What the tag prompt gives tags to.
public enum TagTarget: Hashable, Sendable {
    case highlight(id: String)
    case article(ArticleTarget)
}
