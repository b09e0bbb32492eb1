import Foundation
import Testing
@testable import ReaderDocument

/// The record format: what a newer Reader adds (tags as bodies, an article note, fields anywhere)
/// survives this version's edits, and merges keep both sides' changes.
@Suite struct SyncRecordFormatTests {
    static let future = """
        {"format": 1, "key": "url:https://example.org/a", "articleNote": {"value": "whole-article note", "modified": "2026-12-01T10:00:00.000Z"},
         "article": {"title": "A", "source": "https://example.org/a", "url": "https://example.org/a", "x-extra": [1, 2.50, true]},
         "marks": {"read": {"value": true, "at": "2026-12-01T10:00:00.000Z", "device": "phone"}, "pinned": {"value": 1, "at": "2026-12-01T10:00:00.000Z"}},
         "annotations": [{"id": "urn:uuid:h1", "type": "Annotation", "created": "2026-12-01T10:00:00.000Z", "modified": "2026-12-01T10:00:00.000Z",
           "x-future": {"n": 1e3},
           "body": [{"type": "TextualBody", "value": "old note", "purpose": "commenting"}, {"type": "TextualBody", "value": "harbour", "purpose": "tagging"}],
           "target": {"source": "https://example.org/a", "styleClass": "green", "x-target": "kept",
             "selector": [{"type": "TextQuoteSelector", "exact": "quoted", "prefix": "", "suffix": ""}, {"type": "TextPositionSelector", "start": 4, "end": 10}]}}]}
        """

    @Test func unknownFieldsSurviveALocalEditOfTheHighlightAndTheMarks() throws {
        let record = try SyncRecord(json: Array(Self.future.utf8))
        let object = try #require(record.annotations["h1"])
        var highlight = try #require(SyncAnnotation.highlight(object, sourcePath: "https://example.org/a"))
        #expect(highlight.note == "old note" && highlight.color == .green && highlight.quote.exact == "quoted")
        highlight.note = "new note"
        highlight.modified = Date(timeIntervalSince1970: 1_800_000_000)
        let local = SyncLocalArticle(
            key: record.key, sourcePath: "https://example.org/a", marks: [.read: SyncMark(value: .bool(false), at: 1_800_000_000_000)],
            highlights: ["h1": highlight])
        let (merged, changes) = SyncReconcile.reconcile(local, record: record)
        #expect(changes.isEmpty)
        let annotation = try #require(merged.annotations["h1"])
        #expect(SyncAnnotation.note(annotation) == "new note")
        #expect(annotation["x-future"] == .object(["n": .number("1e3")]))
        #expect(annotation["target"]?["x-target"] == .string("kept"))
        #expect(annotation["body"]?.array?.contains { $0["purpose"]?.string == "tagging" && $0["value"]?.string == "harbour" } == true)
        #expect(merged.fields["articleNote"] == record.fields["articleNote"])
        #expect(merged.article["x-extra"] == .array([.number("1"), .number("2.50"), .bool(true)]))
        #expect(merged.mark(.read)?.value == .bool(false) && merged.mark(.read)?.extra["device"] == .string("phone"))
        #expect(merged.fields["marks"]?["pinned"] != nil)
        // Written and read back, the same record.
        #expect(try SyncRecord(json: Array(merged.text.utf8)) == merged)
    }

    @Test func aMergeKeepsFieldsEachSideAdded() throws {
        let base = try SyncRecord(json: Array(Self.future.utf8))
        var ours = base, theirs = base
        ours.fields["articleNote"] = .object(["value": .string("ours")])
        theirs.fields["x-new"] = .string("theirs")
        let merged = SyncMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.fields["articleNote"] == .object(["value": .string("ours")]))
        #expect(merged.fields["x-new"] == .string("theirs"))
        #expect(merged == SyncMerge.merge(base: base, ours: theirs, theirs: ours), "the same whichever side is ours")
    }
}
