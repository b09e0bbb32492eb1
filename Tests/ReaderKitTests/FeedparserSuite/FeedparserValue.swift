import Foundation
@testable import ReaderDocument

/// A value while an expectation is evaluated: Python's scalars and containers, and feedparser's
/// result dictionaries built from what Reader read (`FeedReport`).
indirect enum FeedparserValue {
    /// How a string from Reader compares with one the expectation writes.
    enum TextKind { case raw, line, body, url }

    case string(String, TextKind)
    case integer(Int)
    case real(Double)
    case bool(Bool)
    case none
    case tuple([FeedparserValue])
    case list([FeedparserValue])
    /// A feedparser dictionary: `kind` names it in unmapped-kind messages, `mapped` lists the keys
    /// Reader has an answer for (absent ones read as None).
    case object(kind: String, fields: [String: FeedparserValue], mapped: Set<String>)
    case pythonDict([(FeedparserValue, FeedparserValue)])
    /// feedparser's `encoding`: compared by whether both charsets read the document to the same text.
    case encoding(String)

    var isTruthy: Bool {
        switch self {
        case .string(let value, _): return !value.isEmpty
        case .integer(let value): return value != 0
        case .real(let value): return value != 0
        case .bool(let value): return value
        case .none: return false
        case .tuple(let items), .list(let items): return !items.isEmpty
        case .object: return true
        case .pythonDict(let pairs): return !pairs.isEmpty
        case .encoding: return true
        }
    }
}

/// feedparser's result for one document, from Reader's report.
enum FeedparserResult {
    static let feedKeys: Set<String> = ["title", "title_detail", "link", "updated_parsed", "modified_parsed", "author", "author_detail"]
    static let entryKeys: Set<String> = [
        "title", "title_detail", "link", "id", "guid", "published_parsed", "issued_parsed", "updated_parsed", "modified_parsed",
        "author", "author_detail", "description", "summary", "summary_detail", "content", "enclosures",
    ]

    static func root(_ report: FeedReport) -> FeedparserValue {
        let feed = report.feed
        var feedFields: [String: FeedparserValue] = [:]
        feedFields["title"] = feed.title.map { .string($0, .line) }
        feedFields["title_detail"] = feed.title.map(detail(line:))
        feedFields["link"] = feed.link.map { .string($0, .url) }
        feedFields["updated_parsed"] = feed.updated.map(timeTuple)
        feedFields["modified_parsed"] = feedFields["updated_parsed"]
        feedFields["author"] = feed.author.map { .string($0, .line) }
        feedFields["author_detail"] = feed.author.map(authorDetail)
        let entries = report.items.map(entry)
        return .object(kind: "result", fields: [
            "bozo": .bool(report.recovered), "encoding": .encoding(report.encoding),
            "feed": .object(kind: "feed", fields: feedFields, mapped: feedKeys), "entries": .list(entries),
        ], mapped: ["bozo", "encoding", "feed", "entries"])
    }

    static func entry(_ item: FeedReport.Item) -> FeedparserValue {
        var fields: [String: FeedparserValue] = [:]
        fields["title"] = item.title.map { .string($0, .line) }
        fields["title_detail"] = item.title.map(detail(line:))
        fields["link"] = item.link.map { .string($0, .url) }
        fields["id"] = item.id.map { .string($0, .url) }
        fields["guid"] = fields["id"]
        fields["published_parsed"] = item.published.map(timeTuple)
        fields["issued_parsed"] = fields["published_parsed"]
        fields["updated_parsed"] = item.updated.map(timeTuple)
        fields["modified_parsed"] = fields["updated_parsed"]
        fields["author"] = item.author.map { .string($0, .line) }
        fields["author_detail"] = item.author.map(authorDetail)
        // feedparser gives an entry with content but no summary the content as its summary.
        if let summary = item.summary ?? item.content {
            fields["summary"] = .string(summary, .body)
            fields["description"] = fields["summary"]
            fields["summary_detail"] = .object(kind: "detail", fields: ["value": .string(summary, .body)], mapped: ["value"])
        }
        if let content = item.content {
            fields["content"] = .list([.object(kind: "content", fields: ["value": .string(content, .body)], mapped: ["value"])])
        }
        fields["enclosures"] = .list(item.enclosures.map { enclosure in
            var values: [String: FeedparserValue] = ["href": .string(enclosure.url, .url)]
            values["type"] = enclosure.type.map { .string($0, .raw) }
            values["length"] = enclosure.length.map { .string(String($0), .raw) }
            return .object(kind: "enclosure", fields: values, mapped: ["href", "type", "length"])
        })
        return .object(kind: "entry", fields: fields, mapped: entryKeys)
    }

    static func detail(line: String) -> FeedparserValue {
        .object(kind: "detail", fields: ["value": .string(line, .line)], mapped: ["value"])
    }

    /// Reader's "Name (email)" split back into feedparser's author_detail.
    static func authorDetail(_ author: String) -> FeedparserValue {
        var fields: [String: FeedparserValue] = [:]
        if let parsed = FeedAuthor.parse(author) {
            fields["name"] = parsed.name.map { .string($0, .line) }
            fields["email"] = parsed.email.map { .string($0, .raw) }
        }
        return .object(kind: "author_detail", fields: fields, mapped: ["name", "email"])
    }

    /// time.struct_time as a tuple: year, month, day, hour, minute, second, weekday (Monday 0),
    /// day of the year, DST flag (0).
    static func timeTuple(_ iso: String) -> FeedparserValue {
        let parts = iso.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int($0) }
        guard parts.count == 6, let date = FeedDate.parse(iso) else { return .none }
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let weekday = ((days % 7) + 7 + 3) % 7
        let startOfYear = FeedDate.makeDate(year: parts[0], month: 1, day: 1, hour: 0, minute: 0, second: 0, offset: 0)!
        let yearDay = Int((date.timeIntervalSince(startOfYear) / 86_400).rounded(.down)) + 1
        return .tuple((parts + [weekday, yearDay, 0]).map { .integer($0) })
    }
}
