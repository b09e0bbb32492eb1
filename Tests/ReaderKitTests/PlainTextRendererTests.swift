import Testing
@testable import ReaderEntities
@testable import ReaderCore

/// `reader show`'s text: an article with no text prints only its title (the note goes to stderr),
/// and entity marks are kept whole.
@Suite struct PlainTextRendererTests {
    @Test func anArticleWithNoTextIsItsTitleAlone() throws {
        let article = try HTMLArticleTests.page("<html><head><title>Blank</title></head><body></body></html>")
        #expect(!article.hasBodyText)
        #expect(PlainTextRenderer.render(article, width: 80) == "Blank\n")
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

