import Foundation

/// Numbers the links of an article in order of first appearance; a repeated URL keeps its number.
struct LinkNumbering {
    private(set) var links: [ArticleLink] = []
    private var numbers: [String: Int] = [:]

    /// The number of a link, resolved against the page's address; nil for in-page anchors.
    mutating func number(for href: String, base: URL?) -> Int? {
        let trimmed = href.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let resolved = Self.resolve(trimmed, base: base)
        if let existing = numbers[resolved] { return existing }
        let number = links.count + 1
        links.append(ArticleLink(number: number, url: resolved))
        numbers[resolved] = number
        return number
    }

    /// An absolute URL where the href can be read as one; otherwise the href as written.
    static func resolve(_ href: String, base: URL?) -> String {
        let cleaned = TextSanitizer.sanitize(href, keepNewlines: false)
        if let scheme = LinkPolicy.scheme(of: cleaned), !scheme.isEmpty { return cleaned }
        guard let base, let url = URL(string: cleaned, relativeTo: base) else { return cleaned }
        return url.absoluteString
    }
}
