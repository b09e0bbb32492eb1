import Foundation
import ReaderText

/// What Reader reads of a feed, as `reader feed parse --json` prints it: text fields as the
/// reader shows them (HTML converted and sanitised), dates in ISO 8601 UTC, links absolute.
public struct FeedReport: Encodable, Equatable, Sendable {
    public struct Channel: Encodable, Equatable, Sendable {
        public var title: String?
        public var link: String?
        public var updated: String?
        public var author: String?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(title, forKey: .title)
            try container.encode(link, forKey: .link)
            try container.encode(updated, forKey: .updated)
            try container.encode(author, forKey: .author)
        }

        enum Keys: String, CodingKey { case title, link, updated, author }
    }

    public struct Item: Encodable, Equatable, Sendable {
        public var id: String?
        public var title: String?
        public var link: String?
        public var published: String?
        public var updated: String?
        public var author: String?
        public var summary: String?
        public var content: String?
        public var enclosures: [Enclosure]

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(link, forKey: .link)
            try container.encode(published, forKey: .published)
            try container.encode(updated, forKey: .updated)
            try container.encode(author, forKey: .author)
            try container.encode(summary, forKey: .summary)
            try container.encode(content, forKey: .content)
            try container.encode(enclosures, forKey: .enclosures)
        }

        enum Keys: String, CodingKey { case id, title, link, published, updated, author, summary, content, enclosures }
    }

    public struct Enclosure: Encodable, Equatable, Sendable {
        public var url: String
        public var type: String?
        public var length: Int?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(url, forKey: .url)
            try container.encode(type, forKey: .type)
            try container.encode(length, forKey: .length)
        }

        enum Keys: String, CodingKey { case url, type, length }
    }

    public var feed: Channel
    /// Whether the document had to be mended or read in recovery mode (see `Feed.recovered`).
    public var recovered: Bool
    /// The charset the document was read in.
    public var encoding: String
    public var items: [Item]

    public init(_ parsed: Feed) {
        feed = Channel(title: parsed.title, link: parsed.siteURL, updated: parsed.updated.map(Self.date), author: parsed.author)
        recovered = parsed.recovered
        encoding = parsed.encoding
        items = parsed.items.map { item in
            let base = (item.base ?? item.link).flatMap { URL(string: $0) }
            return Item(
                id: item.id, title: item.title, link: item.link, published: item.published.map(Self.date),
                updated: item.updated.map(Self.date), author: item.author.flatMap { HTMLArticleExtractor.clean($0) },
                summary: item.summary.map { FeedPlainText.body($0, base: base) },
                content: item.content.map { FeedPlainText.body($0, base: base) },
                enclosures: item.enclosures.map { Enclosure(url: $0.url, type: $0.type, length: $0.length) })
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(feed, forKey: .feed)
        try container.encode(recovered, forKey: .recovered)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(items, forKey: .items)
    }

    enum Keys: String, CodingKey { case feed, recovered, encoding, items }

    /// Pretty-printed JSON, keys sorted.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func date(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilCalendar.days(of: date, utcOffset: 0)
        let secondOfDay = seconds - day * 86_400
        let (year, month, dayOfMonth) = CivilCalendar.date(fromDays: day)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, dayOfMonth, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }
}
