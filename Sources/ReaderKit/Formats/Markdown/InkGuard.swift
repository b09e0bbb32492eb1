/// Keeps Markdown away from Ink 0.6's traps and endless loops, and undoes the disguise in the
/// HTML it returns. Each guard hides a character behind a private-use stand-in, which Ink passes
/// through as text, so the reader shows what the author wrote.
enum InkGuard {
    /// Stands for "<": Ink loops for ever on some unclosed raw HTML ("<p" at the end), so raw HTML
    /// in Markdown is shown, not interpreted.
    static let lessThanStandIn: Unicode.Scalar = "\u{F8FF}"
    /// Stands for a "[" that cannot open a link: Ink's time grows exponentially with the number of
    /// nested open brackets ("[[[[…", or "[a [b [c …"), so a bracket that is never closed, or that
    /// would nest deeper than `maximumBracketDepth`, is kept out of its hands.
    static let bracketStandIn: Unicode.Scalar = "\u{F8FE}"
    /// Deep enough for an image inside a link: `[![alt](image)](url)`.
    static let maximumBracketDepth = 2

    /// The text as Ink may safely see it.
    ///
    /// Trailing white space is also removed from every line, and a final newline added: Ink
    /// traps (reads past the end) on a list followed by a line of only spaces at the end of the
    /// input. Only "two spaces" hard breaks are lost.
    static func prepare(_ text: String) -> String {
        var lines = ArticleParser.lines(of: text.replacingOccurrences(of: "\r\n", with: "\n"))
        while lines.last?.isEmpty == true { lines.removeLast() }
        var result = String.UnicodeScalarView()
        var paragraph: [Unicode.Scalar] = []
        for line in lines {
            if line.isEmpty {
                result.append(contentsOf: guardedBrackets(paragraph))
                result.append("\n")
                paragraph.removeAll(keepingCapacity: true)
                continue
            }
            paragraph.append(contentsOf: line.unicodeScalars.map { $0 == "<" ? lessThanStandIn : $0 })
            paragraph.append("\n")
        }
        result.append(contentsOf: guardedBrackets(paragraph))
        return String(result)
    }

    /// Ink's HTML with the stand-ins turned back into what they stood for.
    static func restore(_ html: String) -> String {
        html.replacingOccurrences(of: String(lessThanStandIn), with: "&lt;")
            .replacingOccurrences(of: String(bracketStandIn), with: "[")
    }

    /// A paragraph (links never cross a blank line) with every "[" that is never closed, or that
    /// opens deeper than `maximumBracketDepth`, replaced by its stand-in. Escaped brackets ("\[")
    /// are text already.
    static func guardedBrackets(_ paragraph: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = paragraph
        var open: [(index: Int, kept: Bool)] = []
        var keptDepth = 0
        for index in paragraph.indices where index == 0 || paragraph[index - 1] != "\\" {
            switch paragraph[index] {
            case "[":
                let kept = keptDepth < maximumBracketDepth
                if kept { keptDepth += 1 } else { result[index] = bracketStandIn }
                open.append((index, kept))
            case "]":
                if let closed = open.popLast(), closed.kept { keptDepth -= 1 }
            default:
                break
            }
        }
        for bracket in open { result[bracket.index] = bracketStandIn }
        return result
    }
}
