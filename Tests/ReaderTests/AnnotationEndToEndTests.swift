import Foundation
import Testing
@testable import ReaderLibrary

/// Highlights and notes in the real binary: kept through a SIGKILL, and written in an external editor.
@Suite(.serialized) struct AnnotationEndToEndTests {
    @Test(.enabled(if: tmuxAvailable, "tmux not installed"))
    func aNoteSavedJustBeforeSIGKILLIsKept() async throws {
        let session = try TmuxSession(try ReaderUnderTest.binary(), [], width: 120, height: 30)
        defer { session.close() }
        try await session.highlightTheFirstSentenceOfTheFirstArticle()
        try session.sendKeys("i")
        _ = try await session.waitFor("Note:")
        try session.sendKeys("kept after a kill", "Enter")
        _ = try await session.waitFor("Note saved")
        kill(try await session.programPID(), SIGKILL)
        let library = session.directory.appendingPathComponent("data/reader/library.sqlite").path
        let store = try LibraryStore.open(path: library)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.allHighlights().map(\.highlight.note) == ["kept after a kill"])
    }

    @Test(.enabled(if: tmuxAvailable, "tmux not installed"))
    func aLongNoteIsWrittenInTheEditorAndTheScreenComesBack() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The editor gets the note file as its only argument; a shell would also have seen "$(touch …)".
        let editor = folder.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\necho \"$#\" > \"$(dirname \"$0\")/arguments\"\nprintf 'Line one\\nLine two\\n' > \"$1\"\n"
            .write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let session = try TmuxSession("/usr/bin/env", ["EDITOR=\(editor)", try ReaderUnderTest.binary()], width: 120, height: 30)
        defer { session.close() }
        try await session.highlightTheFirstSentenceOfTheFirstArticle()
        try session.sendKeys("E")
        _ = try await session.waitFor("Note saved")
        let screen = try await session.waitFor("Line one Line two")
        #expect(screen.contains("Notes (1)"))
        #expect(try String(contentsOfFile: folder.appendingPathComponent("arguments").path, encoding: .utf8) == "1\n")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
        let store = try LibraryStore.open(path: session.directory.appendingPathComponent("data/reader/library.sqlite").path)
        #expect(try store.allHighlights().map(\.highlight.note) == ["Line one\nLine two"])
    }
}
