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
        var lines = Self.lines(of: text)
        var cursor = 0
        while cursor < lines.count, lines[cursor].allSatisfy({ $0.isWhitespace }) { cursor += 1 }
        let title = cursor < lines.count ? Self.cleanTitle(lines[cursor]) : ""
        cursor += 1

        var byline: String?
        var dateline: Dateline?
        var headerLinesSeen = 0
        while cursor < lines.count, headerLinesSeen < headerLineLimit {
            let line = lines[cursor].trimmingWhitespace()
            if line.isEmpty { cursor += 1; continue }
            headerLinesSeen += 1
            if byline == nil, let name = Self.bylineName(in: line) {
                byline = name
            } else if dateline == nil, let found = DatelineParser.parse(line) {
                dateline = found
            } else if !furniture.isFurniture(line) {
                break
            }
            cursor += 1
        }
        lines.removeSubrange(0..<min(cursor, lines.count))

        var paragraphs = paragraphsFrom(lines: lines)
        if let lead = paragraphs.first, Self.repeatsTitle(lead, title: title) {
            paragraphs.removeFirst()
        }
        return Article(
            id: id, sourcePath: sourcePath, title: title, byline: byline, dateline: dateline,
            paragraphs: paragraphs)
    }

    /// The text's lines without trailing white space. Splits UTF-8 bytes: `String.split` breaks
    /// graphemes and costs more than the rest of parsing on large files.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            func addLine(upTo end: Int) {
                var trimmedEnd = end
                while trimmedEnd > start, [0x20, 0x09, 0x0B, 0x0C].contains(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<trimmedEnd]), as: UTF8.self)
                lines.append(line.trimmingTrailingWhitespace())
            }
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                addLine(upTo: index)
                start = index + 1
            }
            addLine(upTo: bytes.count)
            return lines
        }
    }

    private func paragraphsFrom(lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var group: [String] = []
        func flush() {
            for paragraph in Self.joinGroup(group) {
                let cleaned = furniture.removingTrailingFurniture(from: paragraph)
                if !cleaned.isEmpty { paragraphs.append(cleaned) }
            }
            group.removeAll()
        }
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                flush()
            } else if !furniture.isFurniture(trimmed) {
                group.append(trimmed)
            }
        }
        flush()
        return paragraphs
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
