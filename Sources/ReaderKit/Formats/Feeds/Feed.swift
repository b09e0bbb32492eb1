import Foundation

/// A parsed news feed (RSS 2.0, RSS 1.0 or Atom 1.0).
public struct Feed: Sendable {
    public var title: String?
    public var siteURL: String?
    public var items: [FeedItem]
}

/// One item or entry of a feed.
public struct FeedItem: Sendable {
    /// What the item's body is written in.
    public enum Content: Sendable {
        case html(String)
        case text(String)
        /// Atom's type="xhtml": the markup itself.
        case markup(MarkupNode)
    }

    /// The item's identity: guid or id, else link, else a digest of title and date.
    public var key: String
    public var title: String?
    public var link: String?
    public var author: String?
    public var published: Date?
    public var content: Content?
}

/// Why a feed could not be read.
public struct FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The feed's URL or file, as the user knows it.
    public var feed: String
    public var reason: String

    public init(feed: String, reason: String) {
        self.feed = feed
        self.reason = reason
    }

    public var description: String {
        "\(TextSanitizer.sanitize(feed, keepNewlines: false)): \(TextSanitizer.sanitize(reason, keepNewlines: false))"
    }
}
