/// Lines of web-page furniture ("Trending Now", "Advertisement", …) that are not part of an article.
///
/// One list, easy to extend: a rule matches a whole line, compared case-insensitively with runs of
/// white space folded and trailing punctuation ignored.
public struct PageFurniture: Sendable {
    public enum Rule: Hashable, Sendable {
        /// The whole line is this text.
        case line(String)
        /// The line starts with this text ("Read more: …").
        case prefix(String)
    }

    public var rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    public static let standard = PageFurniture(rules: [
        .line("Trending Now"), .line("Trending"), .line("Advertisement"), .line("Advert"),
        .line("Sponsored"), .line("Sponsored content"), .line("Skip advertisement"),
        .line("Story continues below advertisement"), .line("Continue reading"),
        .line("Continue reading below"), .line("See more in the video below"),
        .line("Watch the video below"), .line("Share this article"), .line("Share this story"),
        .line("Share this"), .line("Share"), .line("Related Articles"), .line("Related stories"),
        .line("Related"), .line("Most read"), .line("Most popular"), .line("Recommended"),
        .line("Click here to subscribe"), .line("Subscribe to our newsletter"),
        .line("Sign up for our newsletter"), .line("Sign up to our newsletter"),
        .line("Image caption"), .line("Media caption"), .line("Getty Images"),
        .line("Comments"), .line("Leave a comment"), .line("Print this article"),
        .prefix("Read more:"), .prefix("READ MORE:"), .prefix("Related:"), .prefix("Watch:"),
        .prefix("Follow us on"), .prefix("Sign up for"), .prefix("Image source,"),
        .prefix("Image caption,"), .prefix("Advertisement -"),
    ])

    /// Whether a whole line is furniture.
    public func isFurniture(_ line: String) -> Bool {
        let folded = Self.fold(line)
        guard !folded.isEmpty, folded.count <= 120 else { return false }
        for rule in rules {
            switch rule {
            case .line(let text):
                if folded == Self.fold(text) { return true }
            case .prefix(let text):
                if folded.hasPrefix(Self.foldKeepingPunctuation(text)) { return true }
            }
        }
        return false
    }

    /// The paragraph without furniture sentences at its end ("… Belarus. See more in the video below.").
    public func removingTrailingFurniture(from paragraph: String) -> String {
        var text = paragraph
        while let cut = trailingFurnitureStart(in: text) {
            text = String(text[..<cut]).trimmingTrailingWhitespace()
        }
        return text
    }

    private func trailingFurnitureStart(in text: String) -> String.Index? {
        var index = text.endIndex
        // Walk back over sentence boundaries: a space preceded by . ! ? or a closing quote.
        while index > text.startIndex {
            index = text.index(before: index)
            guard text[index] == " ", index > text.startIndex else { continue }
            let before = text[text.index(before: index)]
            guard ".!?\"”’".contains(before) else { continue }
            let tail = String(text[text.index(after: index)...])
            if tail.count > 120 { return nil }
            if isFurniture(tail) { return index }
        }
        return nil
    }

    static func fold(_ text: String) -> String {
        var folded = foldKeepingPunctuation(text)
        while let last = folded.last, last == "." || last == "!" || last == ":" || last == "…" {
            folded.removeLast()
        }
        return folded
    }

    static func foldKeepingPunctuation(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace {
            end = index(before: end)
        }
        return String(self[..<end])
    }

    func trimmingWhitespace() -> String {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        return String(self[start...]).trimmingTrailingWhitespace()
    }
}
