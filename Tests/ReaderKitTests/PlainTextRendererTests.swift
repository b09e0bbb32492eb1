import Testing
@testable import ReaderKit

/// `reader show`'s text: what an article with no text prints, and entity marks kept whole.
@Suite struct PlainTextRendererTests {
    @Test func anArticleWithNoTextSaysSo() throws {
        let article = try HTMLArticleTests.page("<html><head><title>Blank</title></head><body></body></html>")
        #expect(PlainTextRenderer.render(article, width: 80) == "Blank\n\nThis article has no text.\n")
    }

    @Test func anArticleWithTextHasNoSuchNote() {
        let article = Fixtures.article("Title\n\nOne short paragraph.")
        #expect(!PlainTextRenderer.render(article, width: 80).contains("has no text"))
    }

    @Test func entityMarksAreNeverBrokenEvenWhenWiderThanTheWidth() {
        let article = Fixtures.article("Title\n\nThe Persian text, and Angela Merkel.")
        let text = article.plainText
        func span(_ word: String, _ label: EntityLabel) -> EntitySpan {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: word)!.lowerBound)
            return EntitySpan(start: start, end: start + word.unicodeScalars.count, label: label, text: word)
        }
        let entities = ArticleEntities(spans: [span("Persian", .norp), span("Angela Merkel", .person)])
        let narrow = PlainTextRenderer.render(article, width: 5, entities: entities).split(separator: "\n").map(String.init)
        #expect(narrow.contains("[Persian]{NORP}"), "\(narrow)")
        #expect(narrow.contains("[Angela Merkel]{PERSON}."), "\(narrow)")
        #expect(narrow.contains("The"), "plain words still wrap: \(narrow)")
        let wide = PlainTextRenderer.render(article, width: 30, entities: entities).split(separator: "\n").map(String.init)
        #expect(wide.dropFirst(1).elementsEqual(["The [Persian]{NORP} text, and", "[Angela Merkel]{PERSON}."]), "\(wide)")
    }
}

extension PlainTextRendererTests {
    @Test func theNoTextNoteIsWrappedToTheWidth() throws {
        let article = try HTMLArticleTests.page("<html><head><title>B</title></head><body></body></html>")
        #expect(PlainTextRenderer.render(article, width: 12) == "B\n\nThis article\nhas no text.\n")
    }
}
