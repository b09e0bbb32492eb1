import Foundation

/// W3C Web Annotation JSON-LD for highlights: an AnnotationCollection to export, and annotations
/// read back. The colour travels as the target's `styleClass` with a stylesheet, as the model intends.
public enum W3CAnnotations {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    /// Who made the annotations and with what: the model's `creator` and `generator` (SHOULDs).
    public struct Agents: Equatable, Sendable {
        /// The person's name as the system knows them (a nickname, not an identity).
        public var creatorNickname: String?
        /// "Reader 1.2".
        public var generatorName: String

        public init(creatorNickname: String?, generatorName: String) {
            self.creatorNickname = creatorNickname
            self.generatorName = generatorName
        }

        var creator: [String: Any]? {
            creatorNickname.map { ["type": "Person", "nickname": $0] }
        }

        var generator: [String: Any] {
            ["type": "Software", "name": generatorName]
        }
    }

    /// The collection as a JSON object: its annotations in one embedded AnnotationPage, its `first`,
    /// as the model's section 5 has them. `id` names the collection; the same export gets the same one.
    /// `articles` adds a page note for each article with a note or tags (its target the article itself).
    public static func collection(
        _ highlights: [LibraryHighlight], articles: [AnnotatedArticle] = [], id: String? = nil, label: String = "Reader highlights",
        agents: Agents? = nil
    ) -> [String: Any] {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let pageNotes = articles.filter { !$0.tags.isEmpty || !($0.note ?? "").isEmpty }
        let collectionID = id ?? collectionID(naming: (highlights.map(\.highlight.id).sorted() + pageNotes.map(\.sourcePath).sorted()).joined(separator: " "))
        let items = highlights.map { annotation($0, formatter: formatter, agents: agents) }
            + pageNotes.map { pageNote($0, formatter: formatter, agents: agents) }
        var collection: [String: Any] = [
            "@context": context,
            "id": collectionID,
            "type": "AnnotationCollection",
            "label": label,
            "total": items.count,
        ]
        if let agents { collection["generator"] = agents.generator }
        if !items.isEmpty {
            collection["first"] = [
                "id": collectionID + "/page/1",
                "type": "AnnotationPage",
                "startIndex": 0,
                "partOf": ["id": collectionID, "type": "AnnotationCollection", "total": items.count] as [String: Any],
                "items": items,
            ] as [String: Any]
        }
        return collection
    }

    /// A stable `urn:uuid:` IRI for a collection, from what names it (a library and an article).
    public static func collectionID(naming name: String) -> String {
        // 128 bits: the digest of the name and of the name read backwards.
        let first = ContentHash.digest(of: name.utf8)
        let second = ContentHash.digest(of: name.utf8.reversed())
        let hex = String(first, radix: 16).leftPadded(to: 16) + String(second, radix: 16).leftPadded(to: 16)
        let digits = Array(hex)
        // Laid out as a UUID of version 8 (custom), variant 10.
        let parts = [String(digits[0..<8]), String(digits[8..<12]), "8" + String(digits[13..<16]),
                     "a" + String(digits[17..<20]), String(digits[20..<32])]
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    public static func annotation(_ item: LibraryHighlight, formatter: ISO8601DateFormatter, agents: Agents? = nil) -> [String: Any] {
        let highlight = item.highlight
        var target: [String: Any] = [
            // A feed item by its own link: the library's "feed:N:guid" changes when a feed is followed again.
            "source": item.articleLink ?? sourceIRI(highlight.sourcePath),
            "styleClass": highlight.color.rawValue,
            "selector": [
                ["type": "TextQuoteSelector", "exact": highlight.quote.exact, "prefix": highlight.quote.prefix, "suffix": highlight.quote.suffix],
                ["type": "TextPositionSelector", "start": highlight.start, "end": highlight.end],
            ] as [[String: Any]],
        ]
        if let guid = FeedItemArticle.key(inSourcePath: highlight.sourcePath) {
            // Kept for matching on import: links change more often than guids.
            var feedItem: [String: Any] = ["guid": guid]
            if let feed = item.feedURL { feedItem["feed"] = feed }
            target["feedItem"] = feedItem
        }
        var object: [String: Any] = [
            "@context": context,
            "id": "urn:uuid:" + highlight.id,
            "type": "Annotation",
            "created": formatter.string(from: highlight.created),
            "modified": formatter.string(from: highlight.modified),
            "motivation": highlight.hasNote ? "commenting" : "highlighting",
            "stylesheet": ["type": "CssStylesheet", "value": ".\(highlight.color.rawValue) { background-color: \(highlight.color.css) }"],
            "target": target,
        ]
        let bodies = self.bodies(note: highlight.note, tags: highlight.tags)
        if !bodies.isEmpty { object["body"] = bodies.count == 1 ? bodies[0] : bodies }
        addAgents(agents, to: &object)
        return object
    }

    /// A note on an article as a whole, with its tags: an annotation whose target is the article.
    public static func pageNote(_ article: AnnotatedArticle, formatter: ISO8601DateFormatter, agents: Agents? = nil) -> [String: Any] {
        let source = article.link ?? sourceIRI(article.sourcePath)
        let now = Date(timeIntervalSince1970: 0)
        var object: [String: Any] = [
            "@context": context,
            "id": collectionID(naming: "article-note:" + article.sourcePath),
            "type": "Annotation",
            "created": formatter.string(from: article.created ?? article.modified ?? now),
            "modified": formatter.string(from: article.modified ?? article.created ?? now),
            "motivation": (article.note ?? "").isEmpty ? "tagging" : "commenting",
        ]
        var target: [String: Any] = ["source": source, "type": "Text"]
        if let guid = FeedItemArticle.key(inSourcePath: article.sourcePath) {
            var feedItem: [String: Any] = ["guid": guid]
            if let feed = article.feedURL { feedItem["feed"] = feed }
            target["feedItem"] = feedItem
        }
        object["target"] = target
        let bodies = self.bodies(note: article.note, tags: article.tags)
        object["body"] = bodies.count == 1 ? bodies[0] : bodies
        addAgents(agents, to: &object)
        return object
    }

    /// The note as a commenting `TextualBody`, each tag as a tagging one.
    static func bodies(note: String?, tags: [String]) -> [[String: Any]] {
        var bodies: [[String: Any]] = []
        if let note, !note.isEmpty {
            bodies.append(["type": "TextualBody", "value": note, "format": "text/plain", "purpose": "commenting"])
        }
        for tag in tags { bodies.append(["type": "TextualBody", "value": tag, "purpose": "tagging"]) }
        return bodies
    }

    static func addAgents(_ agents: Agents?, to object: inout [String: Any]) {
        guard let agents else { return }
        if let creator = agents.creator { object["creator"] = creator }
        object["generator"] = agents.generator
    }

    /// The collection as indented JSON text. Written directly: JSONSerialization takes seconds
    /// for ten thousand annotations on Linux.
    public static func data(
        _ highlights: [LibraryHighlight], articles: [AnnotatedArticle] = [], collectionID: String? = nil, agents: Agents? = nil
    ) throws -> Data {
        Data(JSONText.render(collection(highlights, articles: articles, id: collectionID, agents: agents)).utf8)
    }

    /// A file path as a file: IRI; anything that already has a scheme is kept.
    public static func sourceIRI(_ sourcePath: String) -> String {
        if sourcePath.hasPrefix("/") { return URL(fileURLWithPath: sourcePath).absoluteString }
        return sourcePath
    }

    /// The source path an IRI names: the path of a file: IRI, else the IRI itself.
    public static func sourcePath(_ iri: String) -> String {
        if let url = URL(string: iri), url.isFileURL { return url.path }
        return iri
    }

    static func date(_ value: Any?) -> Date? {
        guard let text = value as? String else { return nil }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// One annotation read from JSON, before it is matched to an article.
    public struct Imported: Equatable, Sendable {
        public var id: String
        public var source: String
        /// A feed item's guid and feed, as exported beside its link.
        public var feedItem: FeedItemReference?
        public var quote: TextQuote
        public var position: Range<Int>?
        public var color: HighlightColor
        public var note: String?
        public var tags: [String] = []
        public var created: Date?
        public var modified: Date?
    }

    /// A note or tags on an article as a whole, read from JSON.
    public struct ImportedPageNote: Equatable, Sendable {
        public var source: String
        public var feedItem: FeedItemReference?
        public var note: String?
        public var tags: [String]
        public var created: Date?
        public var modified: Date?
    }

    /// Everything read from an annotation file.
    public struct Parsed: Equatable, Sendable {
        public var annotations: [Imported] = []
        public var pageNotes: [ImportedPageNote] = []
        public var skipped: [String] = []
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        /// Where the JSON goes wrong and what was expected there.
        case invalidJSON(JSONSyntaxError)
        /// Rejected by Foundation's parser for a reason the syntax check does not see (such as
        /// invalid UTF-8), with its own words.
        case notJSON(String)
        case noAnnotations

        public var description: String {
            switch self {
            case .invalidJSON(let error): return "not JSON: \(error)"
            case .notJSON(let reason): return "not JSON: \(reason)"
            case .noAnnotations: return "no annotations found (expected an AnnotationCollection, an Annotation or an array of them)"
            }
        }
    }

    /// Reads annotations from JSON: a collection (or a page with `items`), one annotation, or an
    /// array. Fields it does not know are ignored; an annotation without a quote is skipped with a reason.
    public static func parse(_ data: Data) throws(ParseError) -> (annotations: [Imported], skipped: [String]) {
        let parsed = try parseAll(data)
        return (parsed.annotations, parsed.skipped)
    }

    /// Reads annotations and page notes (an annotation whose target is a whole article, without
    /// selectors) from JSON, as `parse` does.
    public static func parseAll(_ data: Data) throws(ParseError) -> Parsed {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            if let syntax = JSONSyntax.firstError(in: [UInt8](data)) { throw .invalidJSON(syntax) }
            let details = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw .notJSON(details ?? (error as NSError).localizedDescription)
        }
        let items: [Any]
        if let array = json as? [Any] {
            items = array
        } else if let object = json as? [String: Any] {
            if let list = object["items"] as? [Any] {
                items = list
            } else if let first = object["first"] as? [String: Any], let list = first["items"] as? [Any] {
                items = list
            } else {
                items = [object]
            }
        } else {
            throw .noAnnotations
        }
        var parsed = Parsed()
        for (index, item) in items.enumerated() {
            if let pageNote = pageNote(item) {
                parsed.pageNotes.append(pageNote)
                continue
            }
            switch imported(item) {
            case .success(let annotation): parsed.annotations.append(annotation)
            case .failure(let reason): parsed.skipped.append("item \(index + 1): \(reason.text)")
            }
        }
        if parsed.annotations.isEmpty && parsed.pageNotes.isEmpty && parsed.skipped.isEmpty { throw .noAnnotations }
        return parsed
    }

    /// An annotation on a whole article: its target a source IRI, or an object with a source and
    /// no selector, and a note or tags in its bodies.
    static func pageNote(_ item: Any) -> ImportedPageNote? {
        guard let object = item as? [String: Any] else { return nil }
        let first = (object["target"] as? [Any])?.first ?? object["target"]
        let source: String
        var feedItem: FeedItemReference?
        if let iri = first as? String {
            source = iri
        } else if let target = first as? [String: Any], target["selector"] == nil, let iri = target["source"] as? String ?? target["id"] as? String {
            source = iri
            feedItem = (target["feedItem"] as? [String: Any]).flatMap { item in
                (item["guid"] as? String).map { FeedItemReference(guid: $0, feed: item["feed"] as? String) }
            }
        } else {
            return nil
        }
        let (note, tags) = noteAndTags(object)
        guard note != nil || !tags.isEmpty else { return nil }
        return ImportedPageNote(source: source, feedItem: feedItem, note: note, tags: tags, created: date(object["created"]), modified: date(object["modified"]))
    }

    /// The note (the first commenting or unmarked TextualBody) and the tags (tagging bodies, and
    /// the old `tags` list some tools write) of an annotation.
    static func noteAndTags(_ object: [String: Any]) -> (note: String?, tags: [String]) {
        let bodies = (object["body"] as? [[String: Any]]) ?? (object["body"] as? [String: Any]).map { [$0] } ?? []
        let textual = bodies.filter { ($0["type"] as? String ?? "TextualBody") == "TextualBody" }
        let note = textual.first { ($0["purpose"] as? String ?? "commenting") != "tagging" }?["value"] as? String
        var tags = textual.filter { ($0["purpose"] as? String) == "tagging" }.compactMap { $0["value"] as? String }
        tags += (object["tags"] as? [String]) ?? []
        return (note.flatMap { $0.isEmpty ? nil : $0 }, Tags.canonical(tags.compactMap(Tags.normalized)))
    }

    struct Reason: Error { let text: String }

    static func imported(_ item: Any) -> Result<Imported, Reason> {
        guard let object = item as? [String: Any] else { return .failure(Reason(text: "not an object")) }
        let target = (object["target"] as? [String: Any]) ?? (object["target"] as? [[String: Any]])?.first
        guard let target else { return .failure(Reason(text: "no target with selectors")) }
        guard let source = target["source"] as? String else { return .failure(Reason(text: "the target has no source")) }
        let selectors = (target["selector"] as? [[String: Any]]) ?? (target["selector"] as? [String: Any]).map { [$0] } ?? []
        var quote: TextQuote?
        var position: Range<Int>?
        for selector in selectors {
            switch selector["type"] as? String {
            case "TextQuoteSelector":
                if let exact = selector["exact"] as? String, !exact.isEmpty {
                    quote = TextQuote(exact: exact, prefix: selector["prefix"] as? String ?? "", suffix: selector["suffix"] as? String ?? "")
                }
            case "TextPositionSelector":
                if let start = selector["start"] as? Int, let end = selector["end"] as? Int, start >= 0, end >= start {
                    position = start..<end
                }
            default:
                continue
            }
        }
        guard let quote else { return .failure(Reason(text: "no TextQuoteSelector with an exact quote")) }
        let styleClass = (target["styleClass"] as? String).flatMap(HighlightColor.init(rawValue:))
        let (note, tags) = noteAndTags(object)
        var id = (object["id"] as? String) ?? UUID().uuidString.lowercased()
        if id.hasPrefix("urn:uuid:") { id = String(id.dropFirst("urn:uuid:".count)) }
        let feedItem = (target["feedItem"] as? [String: Any]).flatMap { item in
            (item["guid"] as? String).map { FeedItemReference(guid: $0, feed: item["feed"] as? String) }
        }
        return .success(Imported(
            id: id, source: source, feedItem: feedItem, quote: quote, position: position, color: styleClass ?? .yellow, note: note, tags: tags,
            created: date(object["created"]), modified: date(object["modified"])))
    }
}

/// A feed item as exports name it apart from its link: its guid (or id) and its feed's address.
public struct FeedItemReference: Equatable, Sendable {
    public var guid: String
    public var feed: String?

    public init(guid: String, feed: String?) {
        self.guid = guid
        self.feed = feed
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: Swift.max(0, length - count)) + self
    }
}
