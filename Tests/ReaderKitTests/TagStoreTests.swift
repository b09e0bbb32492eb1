import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Tags and article notes in the library: stored, counted, found, kept through re-imports and
/// removal, and carried through the W3C and Markdown exports and back.
@Suite struct TagStoreTests {
    let day = Date(timeIntervalSince1970: 1_700_000_000)
    let stamper = HighlightStamper(makeID: { UUID().uuidString.lowercased() }, now: { Date(timeIntervalSince1970: 1_700_000_000) })
    static let text = AnnotationStoreTests.text

    func library(_ folder: LibraryStoreTests.Folder, text: String = TagStoreTests.text) throws -> (LibraryStore, Int64, Article) {
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("story.txt", text)
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let row = try #require(try store.entries().first?.id)
        return (store, row, try #require(try store.article(row)))
    }

    func highlight(_ quote: String, in article: Article, note: String? = nil, tags: [String] = [], minutes: Double = 0) throws -> Highlight {
        let scalars = Array(article.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars).first)
        var made = article.highlight(start..<(start + quote.unicodeScalars.count), color: .blue, note: note, stamper: stamper, scalars: scalars)
        made.tags = tags
        made.modified = made.modified.addingTimeInterval(minutes * 60)
        return made
    }

    @Test func tagsAreStoredCountedAndFindTheirArticles() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder)
        try store.saveHighlight(try highlight("Costs are rising.", in: article, tags: ["money", "rome"]), rowID: row, articleTitle: article.title)
        try store.saveHighlight(try highlight("The council met on Monday.", in: article, tags: ["rome"]), rowID: row, articleTitle: article.title)
        try store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, note: "Whole story", tags: ["harbour", "rome"], created: day, modified: day))
        #expect(try store.highlights(article: row).map(\.tags) == [["rome"], ["money", "rome"]])
        #expect(try store.tagCounts() == [
            TagCount(tag: "harbour", highlights: 0, articles: 1), TagCount(tag: "money", highlights: 1, articles: 0),
            TagCount(tag: "rome", highlights: 2, articles: 1),
        ])
        #expect(try store.articleRows(taggedWith: "#Money") == [row])
        #expect(try store.articleRows(taggedWith: "harbour") == [row])
        #expect(try store.articleRows(taggedWith: "nothing").isEmpty)
        // The notes search: a word finds tags as text, `#word` only that tag, whole.
        #expect(try store.allHighlights(matching: "#money").count == 1)
        #expect(try store.allHighlights(matching: "#mon").isEmpty)
        #expect(try store.allHighlights(matching: "rom").count == 2)
        // The list's entry carries the article's note and tags.
        let summary = try #require(try store.summaries([row]).first)
        #expect(summary.annotation?.tags == ["harbour", "rome"] && summary.annotation?.note == "Whole story")
        // No note and no tags: nothing is kept.
        try store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, created: day, modified: day))
        #expect(try store.articleAnnotation(sourcePath: article.sourcePath) == nil)
        #expect(try store.summaries([row]).first?.annotation == nil)
    }

    @Test func tagsAndTheArticleNoteSurviveAChangedReImportAndRemoval() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder)
        let tagged = try highlight("The harbour wall needs repair before winter storms arrive.", in: article, note: "n", tags: ["repair"])
        try store.saveHighlight(tagged, rowID: row, articleTitle: article.title)
        try store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, note: "page note", tags: ["harbour"], created: day, modified: day))
        _ = try folder.write("story.txt", "A harbour story\n\nA new first sentence. The council met on Monday. The harbour wall need repair before winter storm arrive.")
        #expect(try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil).updated == 1)
        let moved = try #require(try store.highlights(article: row).first { $0.id == tagged.id })
        #expect(!moved.isOrphaned && moved.start != tagged.start, "re-anchored")
        #expect(moved.tags == ["repair"])
        #expect(try store.articleAnnotation(sourcePath: article.sourcePath)?.tags == ["harbour"])
        // Removed and imported again: the note and tags are the article's again.
        try store.removeArticle(row, deleteHighlights: false)
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let again = try #require(try store.entries().first?.id)
        #expect(try store.summaries([again]).first?.annotation?.note == "page note")
        #expect(try store.highlights(article: again).first?.tags == ["repair"])
    }

    @Test func w3cExportImportExportGivesTheSameAnnotationsTagsIncluded() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder)
        for item in [
            try highlight("Costs are rising.", in: article, note: "Why? #money", tags: ["money", "rome"], minutes: 1),
            try highlight("The council met on Monday.", in: article, tags: ["council"], minutes: 2),
            try highlight("A second paragraph about boats.", in: article, minutes: 3),
        ] {
            try store.saveHighlight(item, rowID: row, articleTitle: article.title)
        }
        try store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, note: "About the wall", tags: ["harbour"], created: day, modified: day))
        let agents = W3CAnnotations.Agents(creatorNickname: "ann", generatorName: "Reader test")
        let exported = try W3CAnnotations.data(try store.allHighlights(), articles: try store.annotatedArticles(), agents: agents)
        let json = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
        let items = try #require((json["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(json["total"] as? Int == 4 && items.count == 4)
        let tagged = try #require(items.first { ($0["body"] as? [[String: Any]])?.contains { $0["value"] as? String == "Why? #money" } == true })
        let bodies = try #require(tagged["body"] as? [[String: Any]])
        #expect(bodies.filter { $0["purpose"] as? String == "tagging" }.compactMap { $0["value"] as? String } == ["money", "rome"])
        #expect((tagged["creator"] as? [String: Any])?["nickname"] as? String == "ann")
        #expect((tagged["generator"] as? [String: Any])?["type"] as? String == "Software")
        let page = try #require(items.first { $0["target"] is [String: Any] && ($0["target"] as? [String: Any])?["selector"] == nil })
        #expect(page["motivation"] as? String == "commenting")

        // Into an empty library holding the same file, and out again.
        let other = try LibraryStore.open(path: folder.url.appendingPathComponent("other/library.sqlite").path)
        _ = try other.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let parsed = try W3CAnnotations.parseAll(exported)
        #expect(parsed.annotations.count == 3 && parsed.pageNotes.count == 1 && parsed.skipped.isEmpty)
        #expect(try other.importAnnotations(parsed.annotations).attached == 3)
        #expect(try other.importPageNotes(parsed.pageNotes).attached == 1)
        let again = try W3CAnnotations.data(try other.allHighlights(), articles: try other.annotatedArticles(), agents: agents)
        #expect(String(decoding: again, as: UTF8.self) == String(decoding: exported, as: UTF8.self))
        // Imported once more: all already there.
        let report = try other.importPageNotes(parsed.pageNotes)
        #expect(report.alreadyThere == 1 && report.attached == 0)
        #expect(try other.importAnnotations(parsed.annotations).alreadyThere == 3)
    }

    @Test func theOldShapeReadsBackWithoutTags() throws {
        // As Reader wrote it before tags: annotations in the collection's `items`, one body.
        let old = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "items": [
              {"type": "Annotation", "id": "urn:uuid:0b1e", "motivation": "commenting",
               "body": {"type": "TextualBody", "value": "old note", "format": "text/plain"},
               "target": {"source": "file:///x/story.txt", "styleClass": "green",
                          "selector": [{"type": "TextQuoteSelector", "exact": "Costs"}, {"type": "TextPositionSelector", "start": 3, "end": 8}]}}
            ]}
            """
        let parsed = try W3CAnnotations.parseAll(Data(old.utf8))
        let annotation = try #require(parsed.annotations.first)
        #expect(annotation.id == "0b1e" && annotation.note == "old note" && annotation.tags.isEmpty && annotation.color == .green)
        #expect(parsed.pageNotes.isEmpty)
        // Another tool's page note: the target an IRI, tags in its own list too.
        let pageNote = """
            [{"type": "Annotation", "target": "https://example.org/a", "tags": ["Rome"],
              "body": [{"type": "TextualBody", "value": "page", "purpose": "commenting"}, {"type": "TextualBody", "value": "to-read", "purpose": "tagging"}]}]
            """
        let note = try #require(try W3CAnnotations.parseAll(Data(pageNote.utf8)).pageNotes.first)
        #expect(note.source == "https://example.org/a" && note.note == "page" && note.tags == ["rome", "to-read"])
    }

    @Test func markdownHasTheArticlesTagsAndNoteAndEachHighlightsTags() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder)
        try store.saveHighlight(try highlight("Costs are rising.", in: article, note: "Why?", tags: ["money"]), rowID: row, articleTitle: article.title)
        try store.saveArticleAnnotation(ArticleAnnotation(sourcePath: article.sourcePath, note: "About the wall", tags: ["harbour"], created: day, modified: day))
        let markdown = MarkdownExport.render(try store.annotatedArticles())
        #expect(markdown.hasPrefix("## A harbour story\n\nSource: "))
        #expect(markdown.contains("\n\nTags: #harbour\n\nAbout the wall\n\n> Costs are rising.\n\n*blue* · #money\n\nWhy?\n"), "\(markdown)")
    }
}
