import Testing
@testable import ReaderKit

@Suite struct TextSanitizerTests {
    @Test func escapeAndControlsBecomeControlPictures() {
        #expect(TextSanitizer.sanitize("a\u{1B}[31mb") == "a\u{241B}[31mb")
        #expect(TextSanitizer.sanitize("\u{07}\u{00}\u{7F}") == "\u{2407}\u{2400}\u{2421}")
    }

    @Test func c1ControlsAndBidiOverridesBecomePlaceholders() {
        #expect(TextSanitizer.sanitize("x\u{9B}31m") == "x\u{FFFD}31m")
        #expect(TextSanitizer.sanitize("\u{202E}evil\u{2066}") == "\u{FFFD}evil\u{FFFD}")
    }

    @Test func zeroWidthFormatCharactersAreHidden() {
        #expect(TextSanitizer.sanitize("👨\u{200D}👩") == "👨👩")
        #expect(TextSanitizer.sanitize("soft\u{AD}hyphen") == "softhyphen")
    }

    @Test func newlinesAndTabsKeptOrFlattened() {
        #expect(TextSanitizer.sanitize("a\nb\tc") == "a\nb\tc")
        #expect(TextSanitizer.sanitize("a\nb\tc", keepNewlines: false) == "a b c")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Zoë Ørsted visited 東京 😀 — “quoted”"
        #expect(TextSanitizer.sanitize(text) == text)
    }

    @Test func noControlScalarSurvivesSanitising() {
        var hostile = String.UnicodeScalarView()
        for value in UInt32(0)...0x9F { hostile.append(Unicode.Scalar(value)!) }
        let sanitized = TextSanitizer.sanitize(String(hostile), keepNewlines: false)
        #expect(!sanitized.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func frameCellsNeverHoldControls() {
        var frame = Frame(size: Size(width: 20, height: 1))
        frame.draw("\u{1B}]0;title\u{07}\u{9D}x", x: 0, y: 0)
        for x in 0..<20 {
            #expect(!frame[x, 0].text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(frame.lines()[0].hasPrefix("\u{241B}]0;title\u{2407}\u{FFFD}x"))
    }
}
