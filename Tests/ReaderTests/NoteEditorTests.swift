import Testing
@testable import Reader

/// The note file handed to the editor: a text file with a final newline, read back without it.
@Suite struct NoteEditorTests {
    @Test func theFileEndsWithANewlineAndReadingItBackTakesOneOff() {
        #expect(NoteEditor.fileContents(for: "A note") == "A note\n")
        #expect(NoteEditor.fileContents(for: "") == "")
        #expect(NoteEditor.note(fromFile: "A note\n") == "A note")
        #expect(NoteEditor.note(fromFile: "A note\r\n") == "A note")
        #expect(NoteEditor.note(fromFile: "A note") == "A note")
        #expect(NoteEditor.note(fromFile: "Two\n\n") == "Two\n")
        for note in ["A note", "Line one\nLine two", "ends in a blank line\n", "日本語 👨\u{200D}👩"] {
            #expect(NoteEditor.note(fromFile: NoteEditor.fileContents(for: note)) == note)
        }
    }
}
