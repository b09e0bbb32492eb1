import Foundation
import Testing
@testable import ReaderLibrary

/// Keys tmux sends in a form the terminfo entry does not list, in the real binary.
@Suite(.serialized) struct KeySequenceEndToEndTests {
    @Test(.enabled(if: tmuxAvailable, "tmux not installed"))
    func endInTheNotePromptKeepsTheNote() async throws {
        // With TERM=xterm-256color, End is ESC O F in terminfo; tmux sends ESC [ 4 ~.
        let session = try TmuxSession("/usr/bin/env", ["TERM=xterm-256color", try ReaderUnderTest.binary()], width: 120, height: 30)
        defer { session.close() }
        try await session.highlightTheFirstSentenceOfTheFirstArticle()
        try session.sendKeys("i")
        _ = try await session.waitFor("Note:")
        try session.sendKeys("typed note")
        try session.sendKeys("Home")
        try session.sendKeys("End")
        try session.sendKeys("!")
        _ = try await session.waitFor("Note: typed note!")
        try session.sendKeys("Enter")
        _ = try await session.waitFor("Note saved")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
        let store = try LibraryStore.open(path: session.directory.appendingPathComponent("data/reader/library.sqlite").path)
        #expect(try store.allHighlights().map(\.highlight.note) == ["typed note!"])
    }
}
