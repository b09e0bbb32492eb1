import Testing
@testable import ReaderEntities
@testable import ReaderDocument

@Suite struct ArticleOffsetsTests {
    /// Offsets are Unicode scalars; the count read eight UTF-8 bytes at a time must match Swift's own.
    @Test func scalarCountMatchesTheStringsScalars() {
        let pieces = ["a", " ", "é", "€", "😀", "日本", "\u{301}", "\n", "abcdefgh", "\u{10FFFF}"]
        var random = SeededRandom(seed: 7)
        for length in 0..<200 {
            let text = (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(Article.scalarCount(text) == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test func blocksStartWhereThePlainTextSaysTheyDo() {
        let article = Article(
            id: ArticleID("o"), sourcePath: "o", title: "Café 😀", byline: "Zoë", dateline: nil,
            body: [BodyBlock(kind: .paragraph, text: "日本 first"), BodyBlock(kind: .paragraph, text: "second")], links: [])
        let scalars = Array(article.plainText.unicodeScalars)
        for block in article.blocks {
            #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
        }
        #expect(article.plainTextLength == scalars.count)
    }
}
