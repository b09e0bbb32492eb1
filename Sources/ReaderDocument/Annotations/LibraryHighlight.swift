import Foundation

/// A highlight with the title of its article, for lists and exports across the library.
public struct LibraryHighlight: Equatable, Sendable {
    public var highlight: Highlight
    public var articleTitle: String
    public var articleDate: Date?
    /// A feed item's own link, and the feed's address (nil for files).
    public var articleLink: String?
    public var feedURL: String?

    public init(highlight: Highlight, articleTitle: String, articleDate: Date? = nil, articleLink: String? = nil, feedURL: String? = nil) {
        self.highlight = highlight
        self.articleTitle = articleTitle
        self.articleDate = articleDate
        self.articleLink = articleLink
        self.feedURL = feedURL
    }

    /// What names the article outside this library: a feed item's link, else its source path.
    public var source: String { articleLink ?? highlight.sourcePath }
}
