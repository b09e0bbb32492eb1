import Foundation

/// What a page says about its article, in order of trust: JSON-LD (`NewsArticle`, `Article`…),
/// then Dublin Core, OpenGraph and `article:*` meta, `<meta name=author>` and the like, and the
/// `<title>`. Site name, language and the page's canonical address come along.
public struct PageMetadata: Equatable, Sendable {
    public var title: String?
    public var byline: String?
    public var published: String?
    public var siteName: String?
    public var description: String?
    public var language: String?
    /// The page's own address: canonical link, og:url, or `<base href>`.
    public var address: String?
    /// The article text JSON-LD gives (`articleBody`), a hint for the content scoring.
    public var articleBody: String?

    public static func read(from tree: HTMLTree) -> PageMetadata {
        let structured = StructuredData.article(in: tree.structuredData, documentTitle: { DocumentTitle.title(in: tree) })
        var values: [String: String] = [:]
        var properties: [String: String] = [:]
        var canonical: String?
        var base: String?
        var language: String?
        var httpLanguage: String?
        // Pages put meta tags in the body too. A later tag with the same key wins, as in Readability.
        tree.walk { node in
            switch tree.tag(node) {
            case .html:
                language = tree.attribute("lang", of: node)
            case .base:
                if base == nil { base = tree.attribute("href", of: node) }
            case .link:
                if canonical == nil, tree.attribute("rel", of: node)?.lowercased() == "canonical" {
                    canonical = tree.attribute("href", of: node)
                }
            case .meta:
                guard let content = tree.attribute("content", of: node)?.trimmingWhitespace(), !content.isEmpty else { break }
                if let property = tree.attribute("property", of: node) {
                    for key in Self.propertyKeys(property) {
                        values[key] = content
                        properties[key] = content
                    }
                }
                if let name = tree.attribute("name", of: node) ?? tree.attribute("itemprop", of: node) {
                    let key = name.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ".", with: ":")
                    values[key] = content
                }
                if tree.attribute("http-equiv", of: node)?.lowercased() == "content-language" { httpLanguage = content }
            default:
                break
            }
            return true
        }
        func first(_ keys: String...) -> String? {
            keys.lazy.compactMap { values[$0] }.first
        }
        var metadata = PageMetadata()
        metadata.title = structured?.title ?? first(
            "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
            "twitter:title", "parsely-title")
        metadata.byline = structured?.author ?? first("dc:creator", "dcterm:creator", "author", "parsely-author")
            ?? properties["article:author"].flatMap { isAddress($0) ? nil : $0 }
        metadata.published = structured?.datePublished ?? first(
            "article:published_time", "parsely-pub-date", "og:published_time", "datepublished", "dc:date", "date")
        metadata.siteName = structured?.publisher ?? first("og:site_name", "application-name")
        metadata.description = structured?.description ?? first(
            "dc:description", "dcterm:description", "og:description", "weibo:article:description",
            "weibo:webpage:description", "description", "twitter:description")
        metadata.language = (language ?? httpLanguage ?? first("og:locale", "dc:language"))?.trimmingWhitespace()
        metadata.address = canonical ?? first("og:url") ?? base
        metadata.articleBody = structured?.articleBody
        metadata.title = metadata.title.map(EntityText.unescape)
        metadata.byline = metadata.byline.map(EntityText.unescape)
        metadata.siteName = metadata.siteName.map(EntityText.unescape)
        return metadata
    }

    /// A value that is a web address (article:author is often a profile page, not a name).
    static func isAddress(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }

    /// The keys a `property` attribute names: "og:title", "article:author"… A property may list
    /// several, space-separated.
    static func propertyKeys(_ property: String) -> [String] {
        let prefixes: Set<String> = ["article", "dc", "dcterm", "og", "twitter"]
        let names: Set<String> = ["author", "creator", "description", "published_time", "title", "site_name", "url", "locale"]
        // "og:article:author" names article:author, as Readability's unanchored pattern reads it.
        return property.lowercased().split(whereSeparator: { $0.isWhitespace }).compactMap { token in
            let parts = token.split(separator: ":")
            guard parts.count >= 2 else { return nil }
            let prefix = String(parts[parts.count - 2])
            let name = String(parts[parts.count - 1])
            guard prefixes.contains(prefix), names.contains(name) else { return nil }
            return prefix + ":" + name
        }
    }
}

/// Entities left escaped in attribute values ("&amp;amp;" pages), decoded once more.
enum EntityText {
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            if let decoded = decode(String(name)) {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func decode(_ name: String) -> String? {
        switch name {
        case "quot": return "\""
        case "amp": return "&"
        case "apos": return "'"
        case "lt": return "<"
        case "gt": return ">"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value else { return nil }
        return String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}")
    }
}
