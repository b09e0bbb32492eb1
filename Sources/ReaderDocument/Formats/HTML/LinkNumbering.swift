import Foundation
import ReaderText

/// Numbers the links of an article in order of first appearance; a repeated URL keeps its number.
struct LinkNumbering {
    private(set) var links: [ArticleLink] = []
    private var numbers: [String: Int] = [:]
    let base: URL?
    /// The base split once: scheme, "scheme://authority", and the path up to its last "/".
    private let parts: (scheme: String, origin: String, directory: String)?

    init(base: URL?, expectedLinks: Int = 0) {
        self.base = base
        parts = base.flatMap(Self.split)
        links.reserveCapacity(expectedLinks)
        numbers.reserveCapacity(expectedLinks)
    }

    /// The number of a link, resolved against the page's address; nil for in-page anchors.
    mutating func number(for href: String) -> Int? {
        let trimmed = href.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let resolved = resolve(trimmed)
        if let existing = numbers[resolved] { return existing }
        let number = links.count + 1
        links.append(ArticleLink(number: number, url: resolved))
        numbers[resolved] = number
        return number
    }

    /// An absolute URL where the href can be read as one; otherwise the href as written.
    func resolve(_ href: String) -> String {
        let cleaned = TextSanitizer.sanitize(href, keepNewlines: false)
        if let scheme = LinkPolicy.scheme(of: cleaned), !scheme.isEmpty { return cleaned }
        guard let base else { return cleaned }
        if let parts, let fast = Self.fastResolve(cleaned, parts: parts) { return fast }
        guard let url = URL(string: cleaned, relativeTo: base) else { return cleaned }
        return url.absoluteString
    }

    static func split(_ base: URL) -> (scheme: String, origin: String, directory: String)? {
        let absolute = base.absoluteString
        guard let scheme = base.scheme, let schemeEnd = absolute.range(of: "://") else { return nil }
        let afterScheme = absolute[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        let path = absolute[authorityEnd...].prefix { $0 != "?" && $0 != "#" }
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
        return (scheme, String(absolute[..<authorityEnd]), directory)
    }

    /// The common cases ("/path", "//host/path", "page.html") without Foundation's URL resolution,
    /// which costs microseconds per link on Linux; anything with dot segments, queries or odd
    /// characters takes the slow path.
    static func fastResolve(_ href: String, parts: (scheme: String, origin: String, directory: String)) -> String? {
        guard href.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") }),
              !href.contains("./"), !href.hasPrefix("?"), href != ".", href != ".." else { return nil }
        if href.hasPrefix("//") { return parts.scheme + ":" + href }
        if href.hasPrefix("/") { return parts.origin + href }
        return parts.origin + parts.directory + href
    }
}
