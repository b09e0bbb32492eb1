import Foundation
import ReaderText

/// A parsed news feed (RSS 0.9x, 2.0 and 1.0, Atom 0.3 and 1.0).
public struct Feed: Sendable {
    public var title: String?
    public var siteURL: String?
    public var updated: Date?
    public var author: String?
    public var items: [FeedItem]
    /// The document was not well-formed (or not in the charset it declared): what libxml2's
    /// recovery could read of it, without the items the damage reached.
    public var recovered = false
    /// The charset the document was read in.
    public var encoding = "utf-8"

    public init(title: String? = nil, siteURL: String? = nil, updated: Date? = nil, author: String? = nil, items: [FeedItem] = []) {
        self.title = title
        self.siteURL = siteURL
        self.updated = updated
        self.author = author
        self.items = items
    }
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
    /// The guid or id the feed gives, if any.
    public var id: String?
    public var title: String?
    /// Absolute, resolved against xml:base and the feed's address.
    public var link: String?
    /// "Name", "Name (email)" or "email".
    public var author: String?
    public var published: Date?
    public var updated: Date?
    public var summary: Content?
    public var content: Content?
    /// The address relative links in the summary and content are resolved against.
    public var base: String?
    public var enclosures: [FeedEnclosure] = []

    /// The date the reader shows: when it was published, else when it was last updated.
    public var date: Date? { published ?? updated }
}

/// A file attached to an item: a podcast's audio, a photo.
public struct FeedEnclosure: Sendable, Equatable {
    public var url: String
    public var type: String?
    public var length: Int?

    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }

    /// A length in bytes as people read it: "640 bytes", "2.5 KB", "12 MB" (units of 1024).
    static func size(_ bytes: Int) -> String? {
        guard bytes > 0 else { return nil }
        if bytes < 1024 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        var value = Double(bytes) / 1024
        var unit = "KB"
        for next in ["MB", "GB", "TB"] where value >= 1024 {
            value /= 1024
            unit = next
        }
        let rounded = value < 10 ? (value * 10).rounded() / 10 : value.rounded()
        let number = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(number) \(unit)"
    }
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
