import ReaderDocument

/// What every parsed article must satisfy: blocks tile `plainText` with blank-line gaps, and every
/// offset and length is in scalars.
public enum ArticleInvariants {
    public static func check(_ article: Article) -> [String] {
        var violations = Violations()
        let plain = Array(article.plainText.unicodeScalars)
        violations.expect(article.plainTextLength == plain.count,
                          "plainTextLength \(article.plainTextLength) but plainText has \(plain.count) scalars")
        violations.expect(article.blocks.first?.kind == .title, "the first block is not the title")
        violations.expect(article.blocks.first?.text == article.title, "the first block is not the title's text")
        var expectedStart = 0
        for (index, block) in article.blocks.enumerated() {
            let scalars = Array(block.text.unicodeScalars)
            violations.expect(block.start == expectedStart, "block \(index) starts at \(block.start), expected \(expectedStart)")
            violations.expect(block.length == scalars.count, "block \(index) length \(block.length) but \(scalars.count) scalars")
            // Code and hard line breaks (<br>) keep their newlines; the header lines never have one.
            let header = block.kind == .title || block.kind == .byline || block.kind == .dateline
            violations.expect(!header || !scalars.contains("\n"), "header block \(index) contains a newline")
            if block.start >= 0, block.end <= plain.count {
                violations.expect(Array(plain[block.start..<block.end]) == scalars,
                                  "block \(index) is not plainText[\(block.start)..<\(block.end)]")
            } else {
                violations.expect(false, "block \(index) range \(block.start)..<\(block.end) outside plainText (\(plain.count))")
            }
            if block.kind == .paragraph {
                violations.expect(!block.text.isEmpty, "paragraph block \(index) is empty")
            }
            expectedStart = block.end + 2
        }
        violations.expect((article.blocks.last?.end ?? 0) == article.plainTextLength,
                          "the last block ends at \(article.blocks.last?.end ?? 0), not at plainTextLength \(article.plainTextLength)")
        return violations.messages
    }
}
