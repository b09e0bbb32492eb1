/// The article's title from the page's `<title>`, as Readability reads it: the site's name after
/// a separator ("Headline | Site", "Headline - Site") or before a colon is dropped, unless that
/// leaves too few words; a title too short or too long gives way to the page's only `<h1>`.
enum DocumentTitle {
    static func title(in tree: HTMLTree) -> String {
        let original = collapse(tree.first(.title).map(tree.textContent) ?? "")
        var title = original
        var hadHierarchicalSeparator = false
        let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
        let hierarchical: Set<Character> = ["\\", "/", ">", "»"]
        if let separator = lastSeparator(in: original, from: separators) {
            hadHierarchicalSeparator = firstSeparator(in: original, from: hierarchical) != nil
            title = String(original[..<separator.lowerBound])
            if wordCount(title) < 3, let first = firstSeparator(in: original, from: separators) {
                title = String(original[first.upperBound...])
            }
        } else if original.contains(": ") {
            let headings = headingTexts(in: tree)
            if !headings.contains(original) {
                let afterLast = original[original.index(after: original.lastIndex(of: ":")!)...]
                title = String(afterLast)
                if wordCount(title) < 3 {
                    title = String(original[original.index(after: original.firstIndex(of: ":")!)...])
                } else if wordCount(String(original[..<original.firstIndex(of: ":")!])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15 {
            let h1s = tree.nodes.indices.filter { tree.tag($0) == .h1 }
            if h1s.count == 1 { title = collapse(tree.textContent(h1s[0])) }
        }
        title = collapse(title)
        let count = wordCount(title)
        if count <= 4, !hadHierarchicalSeparator || count != wordCount(original.filter { !separators.contains($0) }) - 1 {
            // Too few words either side of the separator: the site's name still goes when it is
            // the shorter part ("Rain expected | Weather Desk").
            title = HTMLArticleExtractor.stripSiteName(original)
        }
        return title
    }

    /// " | " and its kin: a separator with a space on each side.
    static func lastSeparator(in text: String, from separators: Set<Character>) -> Range<String.Index>? {
        separatorRanges(in: text, from: separators).last
    }

    static func firstSeparator(in text: String, from separators: Set<Character>) -> Range<String.Index>? {
        separatorRanges(in: text, from: separators).first
    }

    private static func separatorRanges(in text: String, from separators: Set<Character>) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if separators.contains(text[index]), index > text.startIndex, text[text.index(before: index)] == " ",
               next < text.endIndex, text[next] == " " {
                result.append(text.index(before: index)..<text.index(after: next))
            }
            index = next
        }
        return result
    }

    static func headingTexts(in tree: HTMLTree) -> Set<String> {
        var texts: Set<String> = []
        for node in tree.nodes.indices where tree.tag(node) == .h1 || tree.tag(node) == .h2 {
            texts.insert(tree.textContent(node).trimmingWhitespace())
        }
        return texts
    }

    /// Words as JavaScript's `split(/\s+/)` counts them: a leading or trailing space makes one more.
    static func wordCount(_ text: String) -> Int {
        var count = 1
        var inSpace = false
        for character in text {
            if character.isWhitespace {
                if !inSpace { count += 1 }
                inSpace = true
            } else {
                inSpace = false
            }
        }
        return count
    }

    /// ASCII white space collapsed and trimmed, as a browser reads `document.title`.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }
}
