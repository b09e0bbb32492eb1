import Foundation
import Testing
@testable import ReaderDocument

/// What a tag is, as typed in the prompt and as `#word` in a note.
@Suite struct TagsTests {
    @Test func tagsAreLowerCasedWithoutTheirHash() {
        #expect(Tags.normalized("#Rome") == "rome")
        #expect(Tags.normalized("history/Empire/") == "history/empire")
        #expect(Tags.normalized("東京") == "東京")
        #expect(Tags.normalized("to_read-2024") == "to_read-2024")
        for bad in ["", "#", "42", "c++", "a b", "/rome", "a:b", String(repeating: "x", count: Tags.maxLength + 1)] {
            #expect(Tags.normalized(bad) == nil, "\(bad)")
        }
    }

    @Test func thePromptsWordsAreSortedWithoutRepeats() {
        let parsed = Tags.parse("rome, Rome  #history c++ 1999")
        #expect(parsed.tags == ["history", "rome"])
        #expect(parsed.rejected == ["c++", "1999"])
    }

    @Test func hashtagsOfANoteSkipLinksAndNumbers() {
        #expect(Tags.hashtags(in: "#Start of a note, see https://example.org/page#part and #42; (#inner) [#box] end#no #last") ==
            ["box", "inner", "last", "start"])
        #expect(Tags.hashtags(in: "no tags here") == [])
        #expect(Tags.display(["a", "b/c"]) == "#a #b/c")
    }
}
