/// What a fetched web address holds, by its Content-Type and its first bytes: servers often
/// send a feed or a PDF as `application/octet-stream`, or a page with no type at all.
public enum WebDocumentKind: Equatable, Sendable {
    case html, plainText, markdown, pdf, image, feed
    /// Anything else, with its media type.
    case other(String)

    /// - Parameter path: the address's path: a `.md` file served as plain text is Markdown.
    public init(contentType: String?, bytes: [UInt8], path: String? = nil) {
        let start = Self.lowercasedStart(bytes)
        if start.hasPrefix("%pdf-") { self = .pdf; return }
        if Self.isImage(bytes) { self = .image; return }
        let type = contentType ?? ""
        switch type {
        case "application/pdf": self = .pdf; return
        case "text/markdown", "text/x-markdown": self = bytes.prefix(1024).contains(0) ? .other(type) : .markdown; return
        case _ where type.hasPrefix("image/"): self = .image; return
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json": self = .feed; return
        case "text/html", "application/xhtml+xml": self = Self.looksLikeFeed(start) && !Self.looksLikeHTML(start) ? .feed : .html; return
        default: break
        }
        // XML, plain text or no type: the bytes decide.
        if Self.looksLikeFeed(start) && !Self.looksLikeHTML(start) { self = .feed; return }
        if Self.looksLikeHTML(start) { self = .html; return }
        if type.isEmpty || type == "text/plain" {
            let text: WebDocumentKind = Self.isMarkdownPath(path) ? .markdown : .plainText
            self = bytes.prefix(1024).contains(0) ? .other(type.isEmpty ? "binary data" : type) : text
            return
        }
        self = type.hasPrefix("text/") && !bytes.prefix(1024).contains(0) ? .plainText : .other(type)
    }

    /// The first bytes as lower-case ASCII, without a byte order mark or leading white space.
    static func lowercasedStart(_ bytes: [UInt8]) -> String {
        var head = bytes.prefix(1024)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        return String(text.drop(while: { $0.isWhitespace }))
    }

    static func looksLikeFeed(_ start: String) -> Bool {
        start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf") || start.contains("<channel")
    }

    static func looksLikeHTML(_ start: String) -> Bool {
        start.hasPrefix("<!doctype html") || start.contains("<html") || start.contains("<head") || start.contains("<body")
    }

    static func isImage(_ bytes: [UInt8]) -> Bool {
        imageType(of: bytes) != nil
    }

    /// The media type of an image found by its first bytes, whatever the server said it was.
    public static func imageType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: Array("GIF8".utf8)) { return "image/gif" }
        if bytes.count > 12 && bytes.starts(with: Array("RIFF".utf8)) && Array(bytes[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        return nil
    }

    static func isMarkdownPath(_ path: String?) -> Bool {
        guard let path else { return false }
        let name = path.lowercased()
        return name.hasSuffix(".md") || name.hasSuffix(".markdown")
    }
}
