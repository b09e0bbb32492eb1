import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// Highlights in the library: stored at once, found again after a re-import, kept when their
/// article goes, and taken out and back in as W3C Web Annotations and Markdown.
@Suite struct AnnotationStoreTests {
    let stamper = HighlightStamper(makeID: { UUID().uuidString.lowercased() }, now: { Date(timeIntervalSince1970: 1_700_000_000) })

    func library(_ folder: LibraryStoreTests.Folder, text: String) throws -> (LibraryStore, Int64, Article) {
        let store = try LibraryStore.open(path: folder.libraryPath)
        _ = try folder.write("story.txt", text)
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let row = try #require(try store.entries().first?.id)
        return (store, row, try #require(try store.article(row)))
    }

    func highlight(_ quote: String, in article: Article, note: String? = nil, color: HighlightColor = .yellow) throws -> Highlight {
        let scalars = Array(article.plainText.unicodeScalars)
        let start = try #require(TextAnchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars).first)
        return article.highlight(start..<(start + quote.unicodeScalars.count), color: color, note: note, stamper: stamper)
    }

    static let text = "A harbour story\n\nThe council met on Monday. The harbour wall needs repair before winter storms arrive. Costs are rising.\n\nA second paragraph about boats."

    @Test func highlightsAreStoredAndReadBackInTextOrder() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        let second = try highlight("Costs are rising.", in: article, note: "Check the figures", color: .pink)
        let first = try highlight("The council met on Monday.", in: article)
        try store.saveHighlight(second, rowID: row, articleTitle: article.title)
        try store.saveHighlight(first, rowID: row, articleTitle: article.title)
        let stored = try store.highlights(article: row)
        #expect(stored.map(\.quote.exact) == ["The council met on Monday.", "Costs are rising."])
        #expect(stored[1].note == "Check the figures" && stored[1].color == .pink)
        #expect(stored[1].articleID == LibraryStore.articleID(row))
        #expect(try store.allHighlights(matching: "figures").map(\.highlight.id) == [second.id])
    }

    @Test func theNotesSearchIgnoresCaseAndAccentsBeyondASCII() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        let noted = try highlight("Costs are rising.", in: article, note: "Ask the Café Müller owners, ÉTÉ prices")
        let other = try highlight("The council met on Monday.", in: article, note: "minutes")
        for item in [noted, other] { try store.saveHighlight(item, rowID: row, articleTitle: article.title) }
        for query in ["cafe", "MÜLLER", "muller", "été", "cafe muller"] {
            #expect(try store.allHighlights(matching: query).map(\.highlight.id) == [noted.id], "\(query)")
        }
        #expect(try store.allHighlights(matching: "cafe minutes").isEmpty, "every word must be found")
        #expect(try store.allHighlights(matching: "100%").isEmpty, "LIKE's wildcards are plain text")
    }

    @Test func reImportFindsHighlightsAgainOrKeepsThemOrphaned() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        let kept = try highlight("The council met on Monday.", in: article)
        let moved = try highlight("A second paragraph about boats.", in: article)
        let edited = try highlight("The harbour wall needs repair before winter storms arrive.", in: article, note: "keep me")
        let lost = try highlight("Costs are rising.", in: article, note: "gone text")
        for item in [kept, moved, edited, lost] { try store.saveHighlight(item, rowID: row, articleTitle: article.title) }

        _ = try folder.write("story.txt", "A harbour story\n\nThe council met on Monday. New sentence first. The harbour wall need repair before winter storm arrive.\n\nA second paragraph about boats.")
        let report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.updated == 1)
        let changed = try #require(try store.article(row))
        let text = Array(changed.plainText.unicodeScalars)
        let stored = Dictionary(uniqueKeysWithValues: try store.highlights(article: row).map { ($0.id, $0) })
        func quoted(_ item: Highlight?) -> String? { item.map { String(String.UnicodeScalarView(text[$0.range])) } }
        #expect(stored[kept.id]?.start == kept.start && stored[kept.id]?.isOrphaned == false)
        #expect(quoted(stored[moved.id]) == "A second paragraph about boats.")
        #expect(quoted(stored[edited.id]) == "The harbour wall need repair before winter storm arrive.")
        #expect(stored[edited.id]?.note == "keep me")
        #expect(stored[lost.id]?.isOrphaned == true && stored[lost.id]?.note == "gone text")
        #expect(stored.count == 4)
    }

    @Test func removingAnArticleKeepsItsHighlightsOrphanedUnlessAskedToDelete() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        try store.saveHighlight(try highlight("Costs are rising.", in: article, note: "n"), rowID: row, articleTitle: article.title)
        try store.removeArticle(row, deleteHighlights: false)
        #expect(try store.entries().isEmpty)
        let orphan = try #require(try store.allHighlights().first)
        #expect(orphan.highlight.isOrphaned && orphan.highlight.articleID == nil && orphan.articleTitle == "A harbour story")
        #expect(MarkdownExport.render([orphan]).contains("not found in the current text"))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func w3cRoundTripKeepsQuotesNotesAndColours() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        let items = [
            try highlight("The council met on Monday.", in: article),
            try highlight("Costs are rising.", in: article, note: "Line one\nline two \"quoted\" 東京", color: .green),
        ]
        for item in items { try store.saveHighlight(item, rowID: row, articleTitle: article.title) }
        let data = try W3CAnnotations.data(try store.allHighlights())
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["@context"] as? String == "http://www.w3.org/ns/anno.jsonld" && json["type"] as? String == "AnnotationCollection")
        // The model's section 5: an id, the total, and the annotations in an AnnotationPage under `first`.
        let id = try #require(json["id"] as? String)
        #expect(id.hasPrefix("urn:uuid:") && id.count == 45, "\(id)")
        #expect(json["items"] == nil && json["total"] as? Int == 2)
        let page = try #require(json["first"] as? [String: Any])
        #expect(page["type"] as? String == "AnnotationPage" && (page["id"] as? String)?.hasPrefix(id) == true)
        let annotations = try #require(page["items"] as? [[String: Any]])
        #expect(Set(annotations.compactMap { $0["motivation"] as? String }) == ["highlighting", "commenting"])
        let commenting = try #require(annotations.first { $0["motivation"] as? String == "commenting" })
        #expect((commenting["body"] as? [String: Any])?["type"] as? String == "TextualBody")
        let selectors = try #require((commenting["target"] as? [String: Any])?["selector"] as? [[String: Any]])
        #expect(selectors.compactMap { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])

        // Into a second library holding the same file.
        let other = try LibraryStore.open(path: folder.url.appendingPathComponent("other/library.sqlite").path)
        _ = try other.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let parsed = try W3CAnnotations.parse(data)
        let report = try other.importAnnotations(parsed.annotations)
        #expect(report.attached == 2 && report.orphaned == 0)
        let back = try other.allHighlights().map(\.highlight)
        let original = try store.allHighlights().map(\.highlight)
        for item in original {
            let copy = try #require(back.first { $0.id == item.id })
            #expect(copy.quote == item.quote && copy.note == item.note && copy.color == item.color && copy.range == item.range)
        }
    }

    @Test func w3cImportIgnoresExtraFieldsAndSkipsWhatItCannotUse() throws {
        let json = """
            {"@context": ["http://www.w3.org/ns/anno.jsonld", {"x": "http://example.com/"}], "type": "AnnotationCollection",
             "first": {"items": [
               {"type": "Annotation", "id": "http://example.com/a1", "x:extra": {"deep": [1, 2]},
                "body": [{"type": "TextualBody", "value": "tag", "purpose": "tagging"}, {"type": "TextualBody", "value": "A note"}],
                "target": {"source": "file:///nowhere/story.txt", "styleClass": "pink",
                           "selector": {"type": "TextQuoteSelector", "exact": "quoted words"}}},
               {"type": "Annotation", "target": "http://example.com/page"},
               42
             ]}}
            """
        let parsed = try W3CAnnotations.parse(Data(json.utf8))
        #expect(parsed.annotations.count == 1 && parsed.skipped.count == 2)
        let annotation = try #require(parsed.annotations.first)
        #expect(annotation.note == "A note" && annotation.color == .pink && annotation.quote.exact == "quoted words")
        #expect(annotation.source == "file:///nowhere/story.txt" && annotation.position == nil)
        #expect(throws: W3CAnnotations.ParseError.self) { try W3CAnnotations.parse(Data("not json".utf8)) }
        #expect(throws: W3CAnnotations.ParseError.self) { try W3CAnnotations.parse(Data("[]".utf8)) }
    }

    @Test func markdownHasAHeadingPerArticleAndQuotesWithNotes() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        try store.saveHighlight(try highlight("Costs are rising.", in: article, note: "Why?"), rowID: row, articleTitle: article.title)
        try store.saveHighlight(try highlight("The council met on Monday.", in: article), rowID: row, articleTitle: article.title)
        let markdown = MarkdownExport.render(try store.allHighlights())
        #expect(markdown.hasPrefix("## A harbour story\n\nSource: "))
        #expect(markdown.contains("> The council met on Monday.\n"))
        #expect(markdown.contains("> Costs are rising.\n\n*yellow*\n\nWhy?\n"))
        #expect(markdown.range(of: "The council")!.lowerBound < markdown.range(of: "Costs are")!.lowerBound)
    }

    @Test func aHundredKilobyteNoteIsKeptWhole() throws {
        let folder = try LibraryStoreTests.Folder()
        let (store, row, article) = try library(folder, text: Self.text)
        let note = String(repeating: "long note 東京 ", count: 8_000)
        try store.saveHighlight(try highlight("Costs are rising.", in: article, note: note), rowID: row, articleTitle: article.title)
        #expect(try store.highlights(article: row).first?.note == note)
    }
}
