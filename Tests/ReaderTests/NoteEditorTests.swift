import Foundation
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

    @Test func anEditorThatSavesUnchangedGivesTheSameNoteBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-note-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The "editor" keeps a copy of the file it was given and leaves it as it was.
        let editor = folder.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\ncp \"$1\" \"$(dirname \"$0\")/seen\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        #expect(NoteEditor.edit("Keep me", command: editor, environment: [:]) == .edited("Keep me"))
        let seen = try String(contentsOfFile: folder.appendingPathComponent("seen").path, encoding: .utf8)
        #expect(seen == "Keep me\n")
    }
}
