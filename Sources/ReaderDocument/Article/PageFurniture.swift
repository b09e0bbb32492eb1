import ReaderText

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

    public let rules: [Rule]
    private let foldedLines: Set<String>
    private let foldedPrefixes: [String]
    /// First words of all rules: a line starting with any other word is not furniture.
    private let firstWords: Set<String>
    /// Scalars in the longest whole-line rule: how far back a trailing furniture sentence can start.
    private let longestLineRule: Int
    /// Longer lines are never furniture; checked before any folding.
    private let maximumLength = 120

    public init(rules: [Rule]) {
        self.rules = rules
        var lines = Set<String>()
        var prefixes: [String] = []
        for rule in rules {
            switch rule {
            case .line(let text): lines.insert(Self.fold(text))
            case .prefix(let text): prefixes.append(Self.foldKeepingPunctuation(text))
            }
        }
        foldedLines = lines
        foldedPrefixes = prefixes
        firstWords = Set((Array(lines) + prefixes).compactMap { $0.split(separator: " ").first.map(String.init) })
        longestLineRule = lines.map(\.unicodeScalars.count).max() ?? 0
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
        .prefix("Read more:"), .prefix("Related:"), .prefix("Watch:"),
        .prefix("Follow us on"), .prefix("Sign up for"), .prefix("Image source,"),
        .prefix("Image caption,"), .prefix("Advertisement -"),
    ])

    /// Whether a whole line is furniture.
    public func isFurniture(_ line: Substring) -> Bool {
        guard line.utf8.count <= maximumLength * 4, line.unicodeScalars.count <= maximumLength else { return false }
        let firstWord = line.prefix { !$0.isWhitespace }.lowercased()
        guard firstWords.contains(firstWord) || firstWords.contains(Self.dropTrailingPunctuation(firstWord)) else {
            return false
        }
        let folded = Self.foldKeepingPunctuation(line)
        guard !folded.isEmpty else { return false }
        if foldedLines.contains(Self.dropTrailingPunctuation(folded)) { return true }
        return foldedPrefixes.contains { folded.hasPrefix($0) }
    }

    public func isFurniture(_ line: String) -> Bool {
        isFurniture(line[...])
    }

    /// The paragraph without furniture sentences at its end ("… Belarus. See more in the video below.").
    public func removingTrailingFurniture(from paragraph: String) -> String {
        var text = paragraph
        while let cut = trailingFurnitureStart(in: text) {
            text = String(text[..<cut]).trimmingTrailingWhitespace()
        }
        return text
    }

    /// Where a furniture sentence at the end of `text` starts: after ". ", "! ", "? " or a closing
    /// quote and a space. Only whole-line rules count here, so the search is short.
    private func trailingFurnitureStart(in text: String) -> String.Index? {
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        var walked = 0
        while index > scalars.startIndex, walked <= longestLineRule + 4 {
            index = scalars.index(before: index)
            walked += 1
            guard scalars[index] == " ", index > scalars.startIndex else { continue }
            let before = scalars[scalars.index(before: index)]
            guard ".!?\"”’".unicodeScalars.contains(before) else { continue }
            let tail = Self.fold(text[scalars.index(after: index)...])
            if foldedLines.contains(tail) { return index }
        }
        return nil
    }

    static func fold<S: StringProtocol>(_ text: S) -> String {
        dropTrailingPunctuation(foldKeepingPunctuation(text))
    }

    static func dropTrailingPunctuation(_ folded: String) -> String {
        var folded = folded
        while let last = folded.last, last == "." || last == "!" || last == ":" || last == "…" {
            folded.removeLast()
        }
        return folded
    }

    static func foldKeepingPunctuation<S: StringProtocol>(_ text: S) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension StringProtocol {
    func trimmingTrailingWhitespace() -> String {
        let scalars = Substring(self).unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let previous = scalars.index(before: end)
            guard scalars[previous].isWhitespaceFast else { break }
            end = previous
        }
        return String(scalars[..<end])
    }

    public func trimmingWhitespace() -> String {
        let scalars = Substring(self).unicodeScalars
        let start = scalars.firstIndex(where: { !$0.isWhitespaceFast }) ?? scalars.endIndex
        return String(scalars[start...]).trimmingTrailingWhitespace()
    }
}
