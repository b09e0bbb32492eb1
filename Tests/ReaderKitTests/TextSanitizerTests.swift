import Testing
@testable import ReaderText
@testable import ReaderCore

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
        #expect(TextSanitizer.sanitize("soft\u{AD}hyphen") == "softhyphen")
        #expect(TextSanitizer.sanitize("zero\u{200B}width\u{2060}joiner\u{FEFF}") == "zerowidthjoiner")
    }

    @Test func joinersArePartOfTheText() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let persian = "می\u{200C}خواهم"           // ZWNJ inside a Persian word
        let hindi = "क्\u{200D}ष"                  // ZWJ after a virama: a half form
        for text in [family, persian, hindi] {
            #expect(TextSanitizer.sanitize(text) == text)
            #expect(TextSanitizer.sanitize(text, keepNewlines: false) == text)
        }
    }

    @Test func variationSelectorsArePartOfTheText() {
        let flag = "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"   // 🏳️‍🌈
        let textHeart = "\u{2764}\u{FE0E}"                 // VS15: text presentation
        let ideograph = "\u{845B}\u{E0100}"                // an ideographic variation sequence
        for text in [flag, textHeart, ideograph, "vs\u{FE00}1"] {
            #expect(TextSanitizer.sanitize(text) == text)
            #expect(TextSanitizer.sanitize(text, keepNewlines: false) == text)
        }
        #expect(TextWrapper.columns("\u{FE0F}") == 0)
        #expect(TextWrapper.columns("\u{E0100}") == 0)
    }

    @Test func theScreenDoesNotPaintVariationSelectors() {
        // tmux 3.3 draws 🏳️ in 1 column, tmux 3.4 in 2: painting only the base keeps the grid's width.
        for value: UInt32 in [0xFE00, 0xFE0E, 0xFE0F, 0xE0100, 0xE01EF] {
            #expect(TextSanitizer.screenGlyph(for: Unicode.Scalar(value)!) == .hide)
        }
        #expect(TextSanitizer.screenGlyph(for: Unicode.Scalar(0xE01F0)!) == .keep)
        let text = "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}x"
        var frame = Frame(size: Size(width: 10, height: 1))
        #expect(frame.draw(text, x: 0, y: 0) == DisplayWidth.columns(of: text))
        #expect((0..<4).map { frame[$0, 0].text } == ["\u{1F3F3}", "\u{1F308}", "", "x"])
    }

    @Test func theScreenDoesNotPaintZeroWidthJoiners() {
        // tmux 3.3 joins the character after a ZWJ into the cell before it; the grid would drift.
        #expect(TextSanitizer.screenGlyph(for: "\u{200D}") == .hide)
        #expect(TextSanitizer.screenGlyph(for: "\u{200C}") == .keep)
        #expect(TextSanitizer.screenGlyph(for: "\u{1B}") == .replace("\u{241B}"))
    }

    @Test func aFamilyIsPaintedAsItsPartsAtTheColumnsTheGridCounts() {
        let text = "👨\u{200D}👩\u{200D}👧x"
        var frame = Frame(size: Size(width: 10, height: 1))
        // Where painting ends is what layout measured (wcswidth: 2 + 0 + 2 + 0 + 2 + 1).
        #expect(frame.draw(text, x: 0, y: 0) == 7)
        #expect(DisplayWidth.columns(of: text) == 7)
        #expect((0..<7).map { frame[$0, 0].text } == ["👨", "", "👩", "", "👧", "", "x"])
    }

    @Test func aNonJoinerStaysOnTheCellBeforeIt() {
        var frame = Frame(size: Size(width: 10, height: 1))
        #expect(frame.draw("ی\u{200C}خ", x: 0, y: 0) == 2)
        #expect(frame[0, 0].text == "ی\u{200C}")
        #expect(frame[1, 0].text == "خ")
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
