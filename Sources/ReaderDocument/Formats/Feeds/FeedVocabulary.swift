/// The vocabularies feed elements come from, told apart by namespace (or, where a feed uses a
/// prefix it never declared, by the prefix everyone uses for it).
enum FeedVocabulary: Equatable {
    /// RSS (any version, with or without its namespace) or an element without a namespace.
    case core
    /// Atom 0.3 or 1.0 (the feed itself, or atom:link and friends inside RSS).
    case atom
    case dublinCore, dublinCoreTerms, content, media, itunes, xhtml, rdf
    case other

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"

    private static let namespaces: [String: FeedVocabulary] = [
        "http://purl.org/rss/1.0/": .core,
        "http://my.netscape.com/rdf/simple/0.9/": .core,
        "http://backend.userland.com/rss2": .core,
        "http://backend.userland.com/rss": .core,
        "http://blogs.law.harvard.edu/tech/rss": .core,
        "http://purl.org/net/rss1.1#": .core,
        atom10: .atom,
        atom03: .atom,
        "http://purl.org/dc/elements/1.1/": .dublinCore,
        "http://purl.org/dc/elements/1.0/": .dublinCore,
        "http://purl.org/dc/terms/": .dublinCoreTerms,
        "http://purl.org/rss/1.0/modules/content/": .content,
        "http://search.yahoo.com/mrss/": .media,
        "http://search.yahoo.com/mrss": .media,
        "http://www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "http://www.w3.org/1999/xhtml": .xhtml,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": .rdf,
    ]

    private static let prefixes: [String: FeedVocabulary] = [
        "atom": .atom, "dc": .dublinCore, "dcterms": .dublinCoreTerms, "content": .content, "media": .media,
        "itunes": .itunes, "xhtml": .xhtml, "rdf": .rdf,
    ]

    static func of(_ node: MarkupNode) -> FeedVocabulary {
        if let namespace = node.namespace {
            if let known = namespaces[namespace] { return known }
            // Podcast feeds spell the iTunes namespace in several cases.
            if namespace.lowercased() == "http://www.itunes.com/dtds/podcast-1.0.dtd" { return .itunes }
            return .other
        }
        if let prefix = node.prefix { return prefixes[prefix.lowercased()] ?? .other }
        return .core
    }
}

extension MarkupNode {
    /// The first child element with this local name from one of these vocabularies; names are
    /// matched without regard to case where no exact match exists (`<PubDate>`, `<TITLE>`).
    func child(_ name: String, in vocabularies: FeedVocabulary...) -> MarkupNode? {
        children.first { $0.kind == .element && $0.name == name && vocabularies.contains(FeedVocabulary.of($0)) }
            ?? children.first { $0.kind == .element && Self.sameIgnoringCase($0.name, name) && vocabularies.contains(FeedVocabulary.of($0)) }
    }

    /// Every child element with this local name (in any case) from one of these vocabularies.
    func children(_ name: String, in vocabularies: FeedVocabulary...) -> [MarkupNode] {
        children.filter { $0.kind == .element && Self.sameIgnoringCase($0.name, name) && vocabularies.contains(FeedVocabulary.of($0)) }
    }

    /// ASCII case-insensitive equality, without allocating.
    private static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return a.utf8.elementsEqual(b.utf8) { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= UInt8(ascii: "a") && (x | 0x20) <= UInt8(ascii: "z"))
        }
    }

    /// The element's text, trimmed; nil when empty.
    var trimmedText: String? {
        let value = textContent.trimmingWhitespace()
        return value.isEmpty ? nil : value
    }
}

extension MarkupNode {
    /// This tree with elements of `namespace` made namespace-less.
    func withoutNamespace(_ namespace: String?) -> MarkupNode {
        guard kind == .element else { return self }
        var copy = self
        if copy.namespace == namespace { copy.namespace = nil }
        copy.children = children.map { $0.withoutNamespace(namespace) }
        return copy
    }
}
