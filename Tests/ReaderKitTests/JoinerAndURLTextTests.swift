import Foundation
import Testing
@testable import ReaderText
@testable import ReaderDocument
@testable import ReaderCore

/// Joiners kept in article text with offsets right, and URLs printed whole.
@Suite struct JoinerAndURLTextTests {
    static let family = "👨\u{200D}👩\u{200D}👧"

    @Test func aWebPageKeepsJoinersAndItsStylesStayOnTheirWords() throws {
        let html = "<html><head><title>Joined</title></head><body><article><p>A \(Self.family) and می\u{200C}خواهم, then <em>this</em>.</p></article></body></html>"
        let article = try HTMLArticleTests.page(html)
        #expect(article.plainText.contains(Self.family))
        #expect(article.plainText.contains("می\u{200C}خواهم"))
        let emphasis = try #require(article.styles.first { $0.kind == .emphasis })
        #expect(HTMLArticleTests.text(article, emphasis) == "this")
    }

    @Test func entityOffsetsCountAJoinerAsAScalar() {
        let article = Article(
            id: ArticleID("a"), sourcePath: "a.txt", title: "T", byline: nil, dateline: nil,
            paragraphs: ["\(Self.family) Hannah Okonkwo said so."])
        let scalars = Array(article.plainText.unicodeScalars)
        let start = article.blocks[1].start + 6  // five scalars of the family and a space
        #expect(String(String.UnicodeScalarView(scalars[start..<(start + 6)])) == "Hannah")
        #expect(article.plainTextLength == scalars.count)
    }

    @Test func showPrintsJoinersAndLinkURLsWhole() throws {
        let url = "https://www.example.com/news/uk-politics-of-the-very-long-address-12345"
        let html = "<html><head><title>Links</title></head><body><article><p>A \(Self.family) <a href=\"\(url)\">report</a>.</p></article></body></html>"
        let article = try HTMLArticleTests.page(html)
        let lines = PlainTextRenderer.render(article, width: 40).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains(Self.family) })
        #expect(lines.contains { $0.hasSuffix(url) }, "\(lines)")
    }

    @Test func theReadingPaneContinuesALongURLUnbrokenByHyphens() throws {
        let url = "https://www.example.com/news/uk-politics-of-the-very-long-address-12345"
        let html = "<html><head><title>Links</title></head><body><article><p><a href=\"\(url)\">report</a>.</p></article></body></html>"
        let article = try HTMLArticleTests.page(html)
        let layout = ArticleLayout(article: article, width: 40)
        let last = article.blocks.count - 1
        let scalars = layout.scalars(ofBlock: last)
        let rows = layout.rows(ofBlock: last).map { String(String.UnicodeScalarView(scalars[$0])) }
        // "[1] " then the URL cut only where the row is full.
        #expect(rows.joined() == "[1] " + url)
        #expect(rows.dropLast().allSatisfy { DisplayWidth.columns(of: $0) == 40 }, "\(rows)")
    }
}
