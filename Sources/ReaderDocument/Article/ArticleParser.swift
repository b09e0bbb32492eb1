/// Turns the text of a web-article dump into an `Article`.
///
/// Title is the first non-empty line; a "Written by X" / "By X" line near the top becomes the byline
/// and a date line the dateline; paragraphs are separated by blank lines (single newlines between
/// long lines also separate paragraphs); page furniture and a lead that only repeats the title are
/// left out.
public struct ArticleParser: Sendable {
    public var furniture: PageFurniture
    /// How many non-empty lines after the title may hold the byline and dateline.
    public var headerLineLimit = 6

    public init(furniture: PageFurniture = .standard) {
        self.furniture = furniture
    }

    public func parse(_ text: String, id: ArticleID, sourcePath: String) -> Article {
        var text = text
        return text.withUTF8 { bytes in
            var lines = LineReader(bytes: bytes)
            var line = lines.next()
            while let current = line, current.allSatisfy({ $0.isWhitespace }) { line = lines.next() }
            let title = line.map(Self.cleanTitle) ?? ""
            line = lines.next()

            var byline: String?
            var dateline: Dateline?
            var headerLinesSeen = 0
            while let current = line, headerLinesSeen < headerLineLimit {
                let trimmed = current.trimmingWhitespace()
                if trimmed.isEmpty { line = lines.next(); continue }
                headerLinesSeen += 1
                if byline == nil, let name = Self.bylineName(in: trimmed) {
                    byline = name
                } else if dateline == nil, let found = DatelineParser.parse(trimmed) {
                    dateline = found
                } else if !furniture.isFurniture(trimmed) {
                    break
                }
                line = lines.next()
            }

            // Paragraphs go into the text as they are found, so a long file is never held as lines.
            var builder = ArticleTextBuilder(capacity: bytes.count + 256)
            Article.appendHeader(to: &builder, title: title, byline: byline, dateline: dateline)
            var isLead = true
            var group: [String] = []
            func flush() {
                for paragraph in Self.joinGroup(group) {
                    let cleaned = furniture.removingTrailingFurniture(from: paragraph)
                    if cleaned.isEmpty { continue }
                    defer { isLead = false }
                    if isLead, Self.repeatsTitle(cleaned, title: title) { continue }
                    builder.append(.paragraph, cleaned)
                }
                group.removeAll()
            }
            while let current = line {
                let trimmed = current.trimmingWhitespace()
                if trimmed.isEmpty {
                    flush()
                } else if !furniture.isFurniture(trimmed) {
                    group.append(trimmed)
                }
                line = lines.next()
            }
            flush()
            return Article(id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline, builder: builder, links: [])
        }
    }

    /// The lines of UTF-8 text one at a time, without trailing white space. Splits bytes:
    /// `String.split` breaks graphemes and costs more than the rest of parsing on large files.
    struct LineReader {
        let bytes: UnsafeBufferPointer<UInt8>
        private var start = 0
        private var done = false

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func next() -> String? {
            guard !done else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end == bytes.count { done = true }
            var trimmedEnd = end
            while trimmedEnd > start, [0x20, 0x09, 0x0B, 0x0C].contains(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<trimmedEnd]), as: UTF8.self)
            start = end + 1
            return line.trimmingTrailingWhitespace()
        }
    }

    /// Lines between blank lines: hard-wrapped lines of one paragraph are joined; otherwise each
    /// line is a paragraph of its own (dumps with single newlines between paragraphs).
    static func joinGroup(_ group: [String]) -> [String] {
        guard group.count > 1 else { return group }
        let lengths = group.map(\.unicodeScalars.count)
        let longest = lengths.max() ?? 0
        let hardWrapped = longest <= 100 && lengths.dropLast().allSatisfy { $0 * 10 >= longest * 6 }
        return hardWrapped ? [group.joined(separator: " ")] : group
    }

    static func cleanTitle(_ line: String) -> String {
        var title = line.trimmingWhitespace()
        // A Markdown heading marker is not part of the title.
        if title.hasPrefix("#") {
            title = String(title.drop(while: { $0 == "#" })).trimmingWhitespace()
        }
        return title
    }

    /// The name in a byline line such as "Written by Henrik Rothen" or "By Ana Souza, Lisbon".
    static func bylineName(in line: String) -> String? {
        // A byline is one line: text with a line break in it is body text.
        guard !line.contains("\n") else { return nil }
        let lowered = line.lowercased()
        let prefixes = ["written by ", "words by ", "reported by ", "story by ", "by ", "author: ", "by: "]
        guard let prefix = prefixes.first(where: { lowered.hasPrefix($0) }) else { return nil }
        let name = String(line.dropFirst(prefix.count)).trimmingWhitespace()
        guard let first = name.first, first.isUppercase || first.isLetter && !first.isLowercase,
            name.count <= 80, name.split(separator: " ").count <= 10,
            !name.hasSuffix(".") || name.split(separator: " ").last?.count ?? 0 <= 3
        else { return nil }
        return name
    }

    /// Whether a lead paragraph only repeats the title ("Breaking: X" followed by "X.").
    static func repeatsTitle(_ lead: String, title: String) -> Bool {
        let leadWords = normalisedWords(lead)
        let titleWords = normalisedWords(title)
        guard leadWords.count >= 3 else { return leadWords == titleWords && !leadWords.isEmpty }
        if leadWords == titleWords { return true }
        if titleWords.count > leadWords.count, Array(titleWords.suffix(leadWords.count)) == leadWords {
            return true
        }
        return leadWords.count > titleWords.count && titleWords.count >= 3
            && Array(leadWords.suffix(titleWords.count)) == titleWords && leadWords.count - titleWords.count <= 2
    }

    static func normalisedWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
