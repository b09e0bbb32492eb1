import Foundation

/// Reads the text constructs of feeds (titles, summaries, content) in whatever form the feed
/// chose: Atom 1.0's type="text", "html", "xhtml" or a MIME type (base64 for binary types),
/// Atom 0.3's mode="xml", "escaped" or "base64", and RSS's text that may or may not be HTML.
enum FeedTextConstruct {
    /// An Atom text construct (title, subtitle, summary, content, rights).
    static func atom(_ node: MarkupNode) -> FeedItem.Content? {
        let type = node["type"]?.trimmingWhitespace().lowercased() ?? ""
        let mode = node["mode"]?.trimmingWhitespace().lowercased()
        if mode == "base64" { return decoded(base64: node.textContent, type: type) }
        switch type {
        case "html", "text/html":
            return nonEmpty(node.textContent).map(html)
        case "xhtml", "application/xhtml+xml":
            return node.children.isEmpty ? nil : inline(node)
        case "" where mode == "escaped":
            // Atom 0.3: escaped content without a type is escaped HTML, as feeds write it.
            return nonEmpty(node.textContent).map(html)
        case "", "text", "text/plain":
            // Atom 0.3's default mode is "xml": markup inline, where there is any.
            if mode == nil || mode == "xml", node.children.contains(where: \.isElement) { return inline(node) }
            return nonEmpty(node.textContent).map { .text($0) }
        default:
            if type.hasPrefix("text/") { return nonEmpty(node.textContent).map { .text($0) } }
            if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return inline(node) }
            if mode == "escaped" || mode == "xml" { return nonEmpty(node.textContent).map { .text($0) } }
            return decoded(base64: node.textContent, type: type)
        }
    }

    /// An RSS element's text: HTML where it looks like HTML (feeds escape markup into titles and
    /// descriptions alike), else text; XHTML children (xhtml:body, xhtml:div) are markup.
    static func rss(_ node: MarkupNode) -> FeedItem.Content? {
        if node.children.contains(where: { $0.isElement && FeedVocabulary.of($0) == .xhtml }) { return inline(node) }
        guard let text = nonEmpty(node.textContent) else { return nil }
        return looksLikeHTML(text) ? html(text) : .text(text)
    }

    /// Markup inline: the element itself (its single <div> wrapper is dropped by the HTML path).
    private static func inline(_ node: MarkupNode) -> FeedItem.Content? {
        guard node.children.contains(where: \.isElement) else { return nonEmpty(node.textContent).map { .text($0) } }
        return .markup(node)
    }

    private static func decoded(base64 text: String, type: String) -> FeedItem.Content? {
        let compact = text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters) else {
            return nonEmpty(text).map { .text($0) }
        }
        let media = ["image/", "audio/", "video/"].contains { type.hasPrefix($0) }
        guard !media, let decodedText = String(validating: Array(data), as: UTF8.self) else {
            // An image or other file: its bytes are no text to show.
            return data.isEmpty ? nil : .text("[\(type.isEmpty ? "binary" : type) content]")
        }
        guard let value = nonEmpty(decodedText) else { return nil }
        switch type {
        case "html", "text/html", "xhtml", "application/xhtml+xml": return html(value)
        case "", "text", "text/plain": return looksLikeHTML(value) ? html(value) : .text(value)
        default: return .text(value)
        }
    }

    /// Escaped HTML, its references to C1 controls (`&#146;`) made the Windows-1252 characters
    /// their writers meant, as browsers read them.
    static func html(_ text: String) -> FeedItem.Content {
        guard text.contains("&#") else { return .html(text) }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "&#") {
            result += rest[..<start.lowerBound]
            let afterHash = rest[start.upperBound...]
            let isHex = afterHash.first == "x" || afterHash.first == "X"
            let digits = (isHex ? afterHash.dropFirst() : afterHash).prefix { $0.isHexDigit }
            let end = digits.endIndex
            if end < rest.endIndex, rest[end] == ";", let value = Int(digits, radix: isHex ? 16 : 10), (0x80...0x9F).contains(value) {
                result += "&#\(TextDecoding.windows1252C1[value - 0x80]);"
                rest = rest[rest.index(after: end)...]
            } else {
                result += "&#"
                rest = afterHash
            }
        }
        return .html(result + rest)
    }

    /// Whether text carries markup: a tag or an entity reference.
    static func looksLikeHTML(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z") || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
                    return true
                }
            } else if byte == UInt8(ascii: "&") {
                var end = index + 1
                while end < bytes.count, end - index <= 32, bytes[end] != UInt8(ascii: ";"),
                      bytes[end] == UInt8(ascii: "#") || (bytes[end] | 0x20) >= UInt8(ascii: "a") && (bytes[end] | 0x20) <= UInt8(ascii: "z")
                      || bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9") {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 { return true }
            }
            index += 1
        }
        return false
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.allSatisfy(\.isWhitespace) ? nil : text
    }
}
