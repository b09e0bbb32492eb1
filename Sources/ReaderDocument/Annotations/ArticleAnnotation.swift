import Foundation

/// A note and tags on an article as a whole (a page note), kept by the article's source path so
/// that they outlive its removal and come back with it, as its highlights do.
public struct ArticleAnnotation: Hashable, Sendable {
    public var sourcePath: String
    public var note: String?
    public var tags: [String]
    public var created: Date
    public var modified: Date

    public init(sourcePath: String, note: String? = nil, tags: [String] = [], created: Date, modified: Date) {
        self.sourcePath = sourcePath
        self.note = note
        self.tags = tags
        self.created = created
        self.modified = modified
    }

    public var hasNote: Bool { !(note ?? "").isEmpty }
    /// Nothing to keep: no note and no tags.
    public var isEmpty: Bool { !hasNote && tags.isEmpty }
}

/// An article's annotations for an export: what names it, its note and tags, and its highlights in
/// text order (those not found in its text last).
public struct AnnotatedArticle: Equatable, Sendable {
    /// The library's number for it (`reader list`), nil when the article is no longer there.
    public var readerID: Int64?
    public var sourcePath: String
    /// A feed item's or web page's own link, and the feed's address.
    public var link: String?
    public var feedURL: String?
    public var title: String
    public var byline: String?
    public var date: Date?
    public var tags: [String]
    public var note: String?
    public var highlights: [Highlight]
    public var created: Date?
    public var modified: Date?

    public init(
        readerID: Int64?, sourcePath: String, link: String? = nil, feedURL: String? = nil, title: String, byline: String? = nil,
        date: Date? = nil, tags: [String] = [], note: String? = nil, highlights: [Highlight] = [], created: Date? = nil, modified: Date? = nil
    ) {
        self.readerID = readerID
        self.sourcePath = sourcePath
        self.link = link
        self.feedURL = feedURL
        self.title = title
        self.byline = byline
        self.date = date
        self.tags = tags
        self.note = note
        self.highlights = highlights
        self.created = created
        self.modified = modified
    }

    /// What names the article outside this library: its link, else its source path.
    public var source: String { link ?? sourcePath }

    /// Highlights grouped by article in the order their articles first appear, each article's in
    /// text order; `annotations` adds notes and tags (by source path), and articles with no highlight.
    public static func grouping(_ highlights: [LibraryHighlight], annotations: [ArticleAnnotation] = []) -> [AnnotatedArticle] {
        var order: [String] = []
        var groups: [String: AnnotatedArticle] = [:]
        for item in highlights {
            let key = item.highlight.sourcePath
            if groups[key] == nil {
                order.append(key)
                groups[key] = AnnotatedArticle(
                    readerID: nil, sourcePath: key, link: item.articleLink, feedURL: item.feedURL, title: item.articleTitle,
                    date: item.articleDate)
            }
            groups[key]?.highlights.append(item.highlight)
        }
        for annotation in annotations {
            let key = annotation.sourcePath
            if groups[key] == nil {
                order.append(key)
                groups[key] = AnnotatedArticle(readerID: nil, sourcePath: key, title: (key as NSString).lastPathComponent)
            }
            groups[key]?.note = annotation.hasNote ? annotation.note : nil
            groups[key]?.tags = annotation.tags
            groups[key]?.created = annotation.created
            groups[key]?.modified = annotation.modified
        }
        return order.compactMap { key in
            groups[key].map { article in
                var article = article
                article.highlights = textOrder(article.highlights)
                return article
            }
        }
    }

    /// Text order, highlights not found in the text last.
    public static func textOrder(_ highlights: [Highlight]) -> [Highlight] {
        highlights.sorted {
            ($0.isOrphaned ? 1 : 0, $0.start, $0.end, $0.id) < ($1.isOrphaned ? 1 : 0, $1.start, $1.end, $1.id)
        }
    }
}
