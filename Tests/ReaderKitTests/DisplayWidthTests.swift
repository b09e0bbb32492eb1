import Testing
@testable import ReaderText

@Suite struct DisplayWidthTests {
    private func width(_ value: UInt32) -> Int {
        DisplayWidth.columns(Unicode.Scalar(value)!)
    }

    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.columns("a" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.columns(of: "hello, world") == 12)
    }

    @Test func cjkIsTwoColumns() {
        #expect(width(0x4E2D) == 2)  // 中
        #expect(DisplayWidth.columns(of: "日本語") == 6)
    }

    @Test func emojiIsTwoColumns() {
        #expect(width(0x1F600) == 2)  // 😀
        #expect(DisplayWidth.columns(of: "😀") == 2)
    }

    @Test func combiningMarksAreZeroColumns() {
        #expect(width(0x0301) == 0)  // COMBINING ACUTE ACCENT
        #expect(DisplayWidth.columns(of: "e\u{301}") == 1)
    }

    @Test func formatControls() {
        #expect(width(0x200D) == 0)  // ZERO WIDTH JOINER
        #expect(width(0x200B) == 0)  // ZERO WIDTH SPACE
        #expect(width(0x00AD) == 1)  // SOFT HYPHEN: 1, as in glibc
    }

    @Test func hangul() {
        #expect(width(0xAC00) == 2)  // 가
        #expect(width(0x1100) == 2)  // HANGUL CHOSEONG KIYEOK
        #expect(width(0x1160) == 0)  // HANGUL JUNGSEONG FILLER
        #expect(width(0x11FF) == 0)
    }

    @Test func fullwidthForms() {
        #expect(width(0xFF21) == 2)  // Ａ
        #expect(width(0xFF61) == 1)  // HALFWIDTH IDEOGRAPHIC FULL STOP
    }

    @Test func emojiZWJSequenceCountsEachEmoji() {
        // MAN, ZWJ, WOMAN, ZWJ, GIRL: per-scalar widths like wcswidth().
        #expect(DisplayWidth.columns(of: "👨‍👩‍👧") == 6)
    }

    @Test func substringsAreMeasured() {
        let text = "ab中文cd"
        #expect(DisplayWidth.columns(of: text.dropFirst(2)) == 6)
    }

    @Test func followsGlibcSpecialCases() {
        #expect(width(0x0600) == 1)   // ARABIC NUMBER SIGN: Cf, but a visible prepended mark
        #expect(width(0x0903) == 1)   // DEVANAGARI SIGN VISARGA: spacing mark (Mc) stays 1
        #expect(width(0xD7B0) == 0)   // HANGUL JUNGSEONG O-YEO (Jamo Extended-B)
        #expect(width(0x4DC0) == 2)   // HEXAGRAM FOR THE CREATIVE HEAVEN
        #expect(width(0x20000) == 2)  // CJK Extension B
        #expect(width(0x2FFFD) == 2)  // unassigned in plane 2: wide by default
        #expect(width(0x0007) == 1)   // controls are replaced by callers; table says 1
    }

    @Test func fastPathBelowCombiningMarksMatchesTables() {
        // `columns` answers 1 for everything below U+0300 without searching.
        for value in UInt32(0)..<0x300 {
            #expect(DisplayWidth.tableColumns(value) == 1, "U+\(String(value, radix: 16))")
        }
    }

    @Test func tablesAreSortedAndWellFormed() {
        for table in [displayWidthZeroRanges, displayWidthDoubleRanges] {
            #expect(table.count % 2 == 0)
            var previousEnd: UInt32? = nil
            for index in stride(from: 0, to: table.count, by: 2) {
                #expect(table[index] <= table[index + 1])
                if let previousEnd { #expect(previousEnd < table[index]) }
                previousEnd = table[index + 1]
            }
        }
    }
}
