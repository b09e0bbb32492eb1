import Foundation
import Testing
@testable import ReaderDocument

@Suite struct ArticleParserTests {
    @Test func seedArticleParsesTitleBylineDateline() throws {
        let article = try Fixtures.seedArticle()
        #expect(article.title == "Breaking: Kremlin announces Kim Jong-un's visit to Russia")
        #expect(article.byline == "Henrik Rothen")
        #expect(article.dateline?.text == "Sep.12 - 2023 7:30 AM CET")
        #expect(article.dateline?.date == Date(timeIntervalSince1970: 1_694_500_200))
    }

    @Test func seedArticleDropsFurnitureAndRepeatedLead() throws {
        let paragraphs = try Fixtures.seedArticle().paragraphs
        #expect(!paragraphs.contains("Trending Now"))
        #expect(!paragraphs.contains { $0.contains("Trending Now") })
        #expect(paragraphs.first?.hasPrefix("After days of speculation") == true)
        #expect(paragraphs.last == "Putin claims that Poland will invade Belarus.")
        #expect(paragraphs.count == 9)
    }

    @Test func plainTextOffsetsAreScalarOffsetsOfBlocks() throws {
        let article = Fixtures.article("Café ☕ news\n\nBy Zoë Ørsted\n\n日本語の段落。\n\nSecond 😀 paragraph.")
        let scalars = Array(article.plainText.unicodeScalars)
        #expect(article.plainTextLength == scalars.count)
        for block in article.blocks {
            #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
        }
        #expect(article.blocks.map(\.kind) == [.title, .byline, .paragraph, .paragraph])
    }

    @Test func singleNewlinesBetweenLongLinesSeparateParagraphs() {
        let long1 = String(repeating: "First paragraph sentence. ", count: 6)
        let long2 = String(repeating: "Second paragraph here. ", count: 7)
        let article = Fixtures.article("Title\n\n\(long1)\n\(long2)\nShort third one.")
        #expect(article.paragraphs.count == 3)
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() {
        let text = """
        Title

        This paragraph was wrapped by an editor at about sixty
        columns, so its lines belong together and must be joined
        into a single paragraph again.

        Next.
        """
        let article = Fixtures.article(text)
        #expect(article.paragraphs == [
            "This paragraph was wrapped by an editor at about sixty columns, so its lines belong together and must be joined into a single paragraph again.",
            "Next.",
        ])
    }

    @Test func furnitureLinesAreDroppedAnywhere() {
        let text = "Title\n\nOne.\n\nAdvertisement\n\nTwo.\n\nRead more: something else\n\nShare this article\n\nThree. See more in the video below."
        #expect(Fixtures.article(text).paragraphs == ["One.", "Two.", "Three."])
    }

    @Test func furnitureWordsInsideSentencesStay() {
        let text = "Title\n\nThe advertisement ran for weeks. Share prices rose."
        #expect(Fixtures.article(text).paragraphs == ["The advertisement ran for weeks. Share prices rose."])
    }

    @Test func bylineForms() {
        #expect(ArticleParser.bylineName(in: "By Ana Souza") == "Ana Souza")
        #expect(ArticleParser.bylineName(in: "Written by Henrik Rothen") == "Henrik Rothen")
        #expect(ArticleParser.bylineName(in: "by the way, this is a sentence that goes on.") == nil)
        #expect(ArticleParser.bylineName(in: "Bypass roads were closed") == nil)
    }

    @Test func articleWithoutHeaderStartsWithBody() {
        let article = Fixtures.article("Ad sales boost profit\n\nQuarterly profits jumped 76%.\n\nMore text.")
        #expect(article.byline == nil)
        #expect(article.dateline == nil)
        #expect(article.paragraphs == ["Quarterly profits jumped 76%.", "More text."])
    }

    @Test func emptyAndBlankInputGiveAnEmptyArticle() {
        #expect(Fixtures.article("").title == "")
        #expect(Fixtures.article("\n\n  \n").blocks.count == 1)
    }

    @Test func markdownHeadingMarkerLeavesTheTitle() {
        #expect(Fixtures.article("# A festival report\n\nBody.").title == "A festival report")
    }

    @Test func bundledSamplesAllParseWithHeaders() throws {
        let result = ArticleLoader().loadAll(paths: [Fixtures.samplesFolder.path])
        #expect(result.failures.isEmpty)
        #expect(result.articles.count >= 6)
        for article in result.articles {
            #expect(article.byline != nil, "\(article.sourcePath) has no byline")
            #expect(article.dateline?.date != nil, "\(article.sourcePath) has no dateline")
            #expect(article.paragraphs.count >= 4, "\(article.sourcePath)")
        }
    }
}
