import Foundation

/// An author as feeds write one: an Atom person (name, email, uri), or RSS's free text in any of
/// "Name (email)", "email (Name)", "Name <email>", "email" and "Name".
public struct FeedAuthor: Equatable, Sendable {
    public var name: String?
    public var email: String?

    public init(name: String?, email: String?) {
        self.name = name
        self.email = email
    }

    /// "Name (email)", "Name" or "email": how the reader shows an author.
    public var display: String? {
        switch (name, email) {
        case let (name?, email?): return "\(name) (\(email))"
        case let (name?, nil): return name
        case let (nil, email?): return email
        case (nil, nil): return nil
        }
    }

    /// An Atom person construct.
    static func person(_ node: MarkupNode) -> FeedAuthor? {
        let name = node.child("name", in: .core, .atom).flatMap(\.trimmedText).flatMap { HTMLArticleExtractor.clean($0) }
        let email = node.child("email", in: .core, .atom).flatMap(\.trimmedText)
        if name == nil, email == nil { return node.trimmedText.flatMap(parse) }
        return FeedAuthor(name: name, email: email)
    }

    /// Free text naming an author, an email address or both.
    public static func parse(_ text: String) -> FeedAuthor? {
        // "Name <email>" is no tag: only entities are decoded.
        let decoded = text.contains("&") && !text.contains("<") ? FeedPlainText.htmlText(text) : text
        guard let line = HTMLArticleExtractor.clean(decoded) else { return nil }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let emailIndex = words.firstIndex(where: { isEmail(bare($0)) }) else {
            return FeedAuthor(name: line, email: nil)
        }
        var email = bare(words[emailIndex])
        if email.lowercased().hasPrefix("mailto:") { email = String(email.dropFirst(7)) }
        var rest = words
        rest.remove(at: emailIndex)
        var name = rest.joined(separator: " ").trimmingWhitespace()
        while let first = name.first, let last = name.last, "(<[".contains(first), ")>]".contains(last) {
            name = String(name.dropFirst().dropLast()).trimmingWhitespace()
        }
        name = name.trimmingCharacters(in: ["(", ")", "<", ">", "[", "]", " ", ","])
        return FeedAuthor(name: name.isEmpty ? nil : name, email: email)
    }

    private static func bare(_ word: Substring) -> String {
        String(word).trimmingCharacters(in: ["(", ")", "<", ">", "[", "]", ",", ";"])
    }

    private static func isEmail(_ word: String) -> Bool {
        guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
        let domain = word[word.index(after: at)...]
        return !domain.isEmpty && !domain.contains("@")
    }
}
