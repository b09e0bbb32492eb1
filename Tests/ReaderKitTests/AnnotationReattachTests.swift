import Foundation
import Testing
@testable import ReaderDocument

/// Highlights kept when their article was removed come back with its file, and reading an export
/// back into the library it came from says the highlights were there already.
@Suite struct AnnotationReattachTests {
    let helper = AnnotationStoreTests()
    typealias Folder = LibraryStoreTests.Folder

    @Test func aHighlightKeptOnRemoveReattachesWhenItsFileIsImportedAgain() throws {
        let folder = try Folder()
        let (store, row, article) = try helper.library(folder, text: AnnotationStoreTests.text)
        let kept = try helper.highlight("Costs are rising.", in: article, note: "n")
        try store.saveHighlight(kept, rowID: row, articleTitle: article.title)
        try store.removeArticle(row, deleteHighlights: false)
        #expect(try store.allHighlights().first?.highlight.isOrphaned == true)

        let report = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        #expect(report.added == 1)
        let newRow = try #require(try store.entries().first?.id)
        let back = try store.highlights(article: newRow)
        #expect(back.map(\.id) == [kept.id])
        #expect(back.first?.isOrphaned == false && back.first?.range == kept.range && back.first?.note == "n")
        #expect(store.highlightCount == 1)
    }

    @Test func aKeptHighlightWhoseQuoteIsGoneStaysOrphanedButBelongsToTheArticle() throws {
        let folder = try Folder()
        let (store, row, article) = try helper.library(folder, text: AnnotationStoreTests.text)
        let kept = try helper.highlight("Costs are rising.", in: article)
        try store.saveHighlight(kept, rowID: row, articleTitle: article.title)
        try store.removeArticle(row, deleteHighlights: false)
        _ = try folder.write("story.txt", "A harbour story\n\nSomething else entirely.")
        _ = try store.importPaths([folder.url.appendingPathComponent("articles").path], recognizer: nil)
        let newRow = try #require(try store.entries().first?.id)
        #expect(try store.highlights(article: newRow).map(\.isOrphaned) == [true])
    }

    @Test func reImportingAnUnchangedExportSaysTheHighlightsAreAlreadyThere() throws {
        let folder = try Folder()
        let (store, row, article) = try helper.library(folder, text: AnnotationStoreTests.text)
        let first = try helper.highlight("The council met on Monday.", in: article)
        let second = try helper.highlight("Costs are rising.", in: article, note: "n")
        for item in [first, second] { try store.saveHighlight(item, rowID: row, articleTitle: article.title) }
        let data = try W3CAnnotations.data(try store.allHighlights())
        var report = try store.importAnnotations(try W3CAnnotations.parse(data).annotations)
        #expect(report.attached == 0 && report.alreadyThere == 2 && report.orphaned == 0)
        #expect(report.summary == "0 attached, 2 already in the library, 0 kept without a match, 0 skipped")
        #expect(try store.highlights(article: row).map(\.modified) == [first.modified, second.modified], "left as they were")

        // A changed note is attached (updated), not counted as there already.
        var edited = try store.allHighlights()
        for index in edited.indices where edited[index].highlight.id == second.id { edited[index].highlight.note = "changed" }
        let changed = try W3CAnnotations.data(edited)
        report = try store.importAnnotations(try W3CAnnotations.parse(changed).annotations)
        #expect(report.attached == 1 && report.alreadyThere == 1)
        #expect(try store.highlights(article: row).first { $0.id == second.id }?.note == "changed")
    }
}
