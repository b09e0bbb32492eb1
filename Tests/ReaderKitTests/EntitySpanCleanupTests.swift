import Testing
@testable import ReaderEntities

/// Span clean-up: a time zone on its own is never a name.
@Suite struct EntitySpanCleanupTests {
    func span(_ word: String, in text: String, _ label: EntityLabel) throws -> EntitySpan {
        let scalars = Array(text.unicodeScalars)
        let start = try #require((0...(scalars.count - word.unicodeScalars.count)).first {
            String(String.UnicodeScalarView(scalars[$0..<($0 + word.unicodeScalars.count)])) == word
        })
        return EntitySpan(start: start, end: start + word.unicodeScalars.count, label: label, text: word)
    }

    @Test func aTimeZoneAloneIsNoOrganisationPersonOrPlace() throws {
        let text = "Published 2015-07-24 04:36 UTC by Reuters in London."
        let document = TokenizedText(text)
        let spans = [try span("UTC", in: text, .org), try span("Reuters", in: text, .org), try span("London", in: text, .gpe)]
        let cleaned = EntitySpanCleanup.clean(spans, document: document, gazetteer: Gazetteer())
        #expect(cleaned.map(\.text) == ["Reuters", "London"])
        // As part of a time, or as CoNLL's MISC, it is the model's to decide.
        let time = try span("04:36 UTC", in: text, .time)
        let misc = try span("UTC", in: text, .norp)
        #expect(EntitySpanCleanup.clean([time, misc], document: document, gazetteer: Gazetteer()).map(\.text) == ["04:36 UTC", "UTC"])
    }
}
