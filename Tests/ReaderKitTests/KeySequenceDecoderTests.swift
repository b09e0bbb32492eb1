import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

/// Escape sequences the terminal library left undecoded: read whole, mapped or ignored.
@Suite struct KeySequenceDecoderTests {
    /// Feeds the bytes as character codes; `then timeout` ends the input as a pause would.
    func keys(_ text: String, timeoutAtEnd: Bool = true) -> [Key] {
        var decoder = KeySequenceDecoder()
        var keys: [Key] = []
        for scalar in text.unicodeScalars { keys += decoder.feed(.character(scalar.value)) }
        if timeoutAtEnd { keys += decoder.timedOut() }
        return keys
    }

    @Test func homeAndEndInTheirCommonForms() {
        for home in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { #expect(keys(home) == [.home], "\(home.debugDescription)") }
        for end in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { #expect(keys(end) == [.end], "\(end.debugDescription)") }
    }

    @Test func arrowsPagesAndShiftTab() {
        #expect(keys("\u{1B}[A\u{1B}OB\u{1B}[C\u{1B}OD") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}[5~\u{1B}[6~\u{1B}[Z") == [.pageUp, .pageDown, .backTab])
    }

    @Test func anUnknownSequenceIsReadWholeAndIgnored() {
        // Insert, F5, Ctrl-Home, a focus report, a bracketed-paste mark: none becomes keys.
        for unknown in ["\u{1B}[2~", "\u{1B}[15~", "\u{1B}[1;5H", "\u{1B}[I", "\u{1B}[200~", "\u{1B}OP", "\u{1B}[?1;2c"] {
            #expect(keys("a" + unknown + "b") == [.character("a"), .character("b")], "\(unknown.debugDescription)")
        }
    }

    @Test func theNotePromptKeepsItsTextWhenEndArrives() {
        var prompt = Prompt(purpose: .note(highlightID: "h"))
        for key in keys("my note\u{1B}[4~\u{1B}[1~!") { _ = prompt.handle(key) }
        #expect(String(prompt.text) == "!my note")
    }

    @Test func aLoneEscIsEsc() {
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(keys("j\u{1B}", timeoutAtEnd: false) == [.character("j")])
    }

    @Test func escThenAnOrdinaryKeyIsBoth() {
        #expect(keys("\u{1B}j") == [.escape, .character("j")])
        #expect(keys("\u{1B}\r") == [.escape, .enter])
        var decoder = KeySequenceDecoder()
        #expect(decoder.feed(.character(27)) == [])
        #expect(decoder.feed(.key(.down)) == [.escape, .down])
    }

    @Test func anUnfinishedSequenceIsDropped() {
        #expect(keys("\u{1B}[4") == [])
        #expect(keys("\u{1B}O") == [])
        // A key that cannot be part of a sequence ends it and counts.
        #expect(keys("\u{1B}[4\rx") == [.enter, .character("x")])
    }

    @Test func anEndlessSequenceNeverBecomesKeys() {
        let garbage = "\u{1B}[" + String(repeating: "1;", count: 200) + "~q"
        #expect(keys(garbage) == [.character("q")])
    }

    @Test func ordinaryInputPassesThrough() {
        #expect(keys("gG中\u{4}\t\u{7F}") == [.character("g"), .character("G"), .character("中"), .control("d"), .tab, .backspace])
        var decoder = KeySequenceDecoder()
        #expect(decoder.feed(.key(.end)) == [.end])
        #expect(!decoder.isInsideSequence)
    }
}
