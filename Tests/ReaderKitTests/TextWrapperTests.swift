import Testing
@testable import ReaderText
import ReaderDocument

@Suite struct TextWrapperTests {
    /// Wraps and returns each row's text and display width.
    func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    func widthOfRows(_ text: String, width: Int) -> [Int] {
        wrapped(text, width: width).map { DisplayWidth.columns(of: $0) }
    }

    @Test func wrapsAtSpaces() {
        #expect(wrapped("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksOverlongWords() {
        #expect(wrapped("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }

    @Test func breaksAfterHyphens() {
        #expect(wrapped("well-known thing", width: 8) == ["well-", "known", "thing"])
    }

    @Test func cjkTakesTwoColumnsAndBreaksBetweenCharacters() {
        let rows = wrapped("日本語の文章です", width: 6)
        #expect(rows == ["日本語", "の文章", "です"])
        #expect(widthOfRows("日本語の文章です", width: 7).allSatisfy { $0 <= 7 })
    }

    @Test func closingPunctuationNeverStartsARowNorAnOpeningBracketEndsOne() {
        // "。" would start the second row: the character before it goes down with it.
        #expect(wrapped("東京の朝早い。午前五時", width: 12) == ["東京の朝早", "い。午前五時"])
        #expect(wrapped("店主は「毎日同じ味」と", width: 6) == ["店主は", "「毎日", "同じ", "味」と"])
        #expect(wrapped("店主は「毎日", width: 8) == ["店主は", "「毎日"])
        // From three characters a row, where "チャー" (two that may not start a row) fits on one.
        for width in 6...30 {
            let rows = wrapped("駅前の店では、店主が「毎日同じ味を出すのがいちばん難しい」と笑う。ラーメンとチャーハン、ぎょうざ。", width: width)
            for row in rows.dropFirst() {
                #expect(!["、", "。", "」", "ー", "ャ"].contains { row.hasPrefix($0) }, "width \(width): \(rows)")
            }
            for row in rows.dropLast() { #expect(!row.hasSuffix("「"), "width \(width): \(rows)") }
        }
        // Latin punctuation after a CJK character stays with it too.
        #expect(wrapped("日本語.", width: 6) == ["日本", "語."])
    }

    @Test func emojiTakeTwoColumns() {
        #expect(wrapped("😀😀😀", width: 5) == ["😀😀", "😀"])
    }

    @Test func combiningMarksTakeNoColumns() {
        let decomposed = "cafe\u{301} cafe\u{301}"
        #expect(wrapped(decomposed, width: 4) == ["cafe\u{301}", "cafe\u{301}"])
    }

    @Test func noRowIsWiderThanTheWidth() {
        let text = "Mixed 日本語 text with emoji 😀👍🏽 and a very-long-hyphenated-word and ＡＢＣ fullwidth letters."
        for width in 1...30 {
            for row in wrapped(text, width: width) {
                // Only one character wider than the row (an emoji with its skin tone) is left past it.
                #expect(DisplayWidth.columns(of: row) <= max(width, 2) || row.count == 1, "width \(width): \(row)")
            }
        }
    }

    @Test func rowsCoverEveryNonSpaceScalarInOrder() {
        let text = "alpha beta  gamma\tdelta 日本 epsilon"
        let scalars = Array(text.unicodeScalars)
        for width in 1...12 {
            let rows = TextWrapper.wrap(scalars, width: width)
            var covered = Set<Int>()
            var last = -1
            for row in rows {
                #expect(row.lowerBound >= last)
                last = row.upperBound
                covered.formUnion(row)
            }
            for (index, scalar) in scalars.enumerated() where scalar != " " {
                #expect(covered.contains(index), "scalar \(index) lost at width \(width)")
            }
        }
    }

    @Test func emptyTextHasOneEmptyRow() {
        #expect(TextWrapper.wrap([], width: 10) == [0..<0])
    }

    @Test func controlCharactersCountAsTheirPlaceholder() {
        #expect(TextWrapper.columns("\u{1B}") == 1)
        #expect(TextWrapper.columns("\u{200D}") == 0)
    }
}

@Suite struct TextWrapperSequenceAndURLTests {
    func wrapped(_ text: String, width: Int, longURLs: TextWrapper.LongURLs = .split) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width, longURLs: longURLs).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func aZWJSequenceIsNeverSplitAcrossRows() {
        let family = "👨\u{200D}👩\u{200D}👧"
        // From 6 columns (its width, as wcswidth counts) it always fits on a row.
        for width in 6...10 {
            let rows = wrapped("ab" + family + "cd", width: width)
            #expect(rows.contains { $0.contains(family) }, "width \(width): \(rows)")
        }
        #expect(wrapped("a " + family, width: 6) == ["a", family])
    }

    @Test func aSkinToneStaysWithItsEmoji() {
        #expect(wrapped("ab👍🏽", width: 4) == ["ab", "👍🏽"])
    }

    @Test func aURLIsNotBrokenAtItsHyphens() {
        let url = "https://www.example.com/news/uk-politics-12345"
        #expect(wrapped("[3] " + url, width: 48) == ["[3]", url])
        #expect(wrapped("see www.bbc.co.uk/a-b now", width: 20) == ["see", "www.bbc.co.uk/a-b", "now"])
        // Words that are not URLs still break after hyphens.
        #expect(wrapped("a well-known thing", width: 8) == ["a well-", "known", "thing"])
    }

    @Test func aURLWiderThanTheRowContinuesOnTheNextRowOrStaysWhole() {
        let url = "https://example.com/a-very-long-path-name"
        #expect(wrapped("[1] " + url, width: 20) == ["[1] https://example.", "com/a-very-long-path", "-name"])
        #expect(wrapped("[1] " + url + " end", width: 20, longURLs: .overflow) == ["[1] " + url, "end"])
    }

    @Test func rowsAfterTheFirstAreNarrowerByTheHangingIndent() {
        let scalars = Array("• one two three four five six seven".unicodeScalars)
        let rows = TextWrapper.wrap(scalars, width: 12, hangingIndent: 2).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(rows == ["• one two", "three four", "five six", "seven"])
        #expect(rows.dropFirst().allSatisfy { $0.count <= 10 })
    }

    @Test func listMarkersAreTheBulletNumberFootnoteAndTaskBox() {
        for (text, length) in [("• a", 2), ("12. a", 4), ("[^3] a", 5), ("[7] https://x", 4), ("• ☐ task", 4), ("3. ☑ done", 5),
                               ("plain", 0), ("12 a", 0), ("•a", 0), ("[x] a", 0)] {
            #expect(ListMarker.length(of: Array(text.unicodeScalars)) == length, "\(text)")
        }
    }

    @Test func noRowSplitsAUserPerceivedCharacter() {
        let texts = [String(repeating: "🇬🇧🇫🇷🇩🇪", count: 6), String(repeating: "हिन्दीकिताब", count: 6),
                     String(repeating: "e\u{301}", count: 30), String(repeating: "👨‍👩‍👧1️⃣", count: 8)]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for width in 1...13 {
                for rows in [TextWrapper.wrap(scalars, width: width), TextWrapper.wrapPreformatted(scalars, width: width)] {
                    let joined = rows.map { String(String.UnicodeScalarView(scalars[$0])) }
                    // Each row is whole characters: the rows' characters are the text's.
                    #expect(joined.flatMap { Array($0) } == Array(text), "\(text.prefix(4)) at \(width)")
                }
            }
        }
    }

    @Test func truncationKeepsWholeCharacters() {
        #expect(TextTruncation.truncate("🇬🇧🇫🇷🇩🇪 flags", toColumns: 4) == "🇬🇧…")
        #expect(TextTruncation.truncate("हिन्दी किताब", toColumns: 3).unicodeScalars.last == "…")
        #expect(Array(TextTruncation.truncate("हिन्दी किताब", toColumns: 3).dropLast()).allSatisfy { Array("हिन्दी").contains($0) })
    }
}
