import Foundation
import Testing
@testable import ReaderDocument

/// Tests for ``TextDecoding/decode(_:)``.
@Suite struct TextDecodingTests {
    /// Decodes bytes that must not be treated as binary.
    private func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: TextEncodingGuess) {
        try TextDecoding.decode(bytes)
    }

    @Test func emptyInputIsEmptyUTF8() throws {
        let result = try decode([])
        #expect(result.text == "")
        #expect(result.encoding == .utf8)
    }

    @Test func plainUTF8() throws {
        let result = try decode(Array("Reykjavík café — 東京 🚀\n".utf8))
        #expect(result.text == "Reykjavík café — 東京 🚀\n")
        #expect(result.encoding == .utf8)
    }

    @Test func utf8BOMIsDropped() throws {
        let result = try decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8))
        #expect(result.text == "héllo")
        #expect(result.encoding == .utf8BOM)
    }

    @Test func utf8BOMWithInvalidBytesIsRepairedNotReguessed() throws {
        let result = try decode([0xEF, 0xBB, 0xBF, 0x61, 0xE9, 0x62])
        #expect(result.text == "a\u{FFFD}b")
        #expect(result.encoding == .utf8BOM)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let text = "Hi é 🚀\r\nend"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try decode(bytes)
        #expect(result.text == "Hi é 🚀\nend")
        #expect(result.encoding == .utf16LE)
    }

    @Test func utf16BigEndianWithBOM() throws {
        let text = "Hi é 🚀\rend"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let result = try decode(bytes)
        #expect(result.text == "Hi é 🚀\nend")
        #expect(result.encoding == .utf16BE)
    }

    @Test func utf16OddTrailingByteBecomesReplacementCharacter() throws {
        let result = try decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        #expect(result.text == "A\u{FFFD}")
        #expect(result.encoding == .utf16LE)
    }

    @Test func utf16UnpairedSurrogatesBecomeReplacementCharacters() throws {
        // "A", lone high surrogate, "B", lone low surrogate, high surrogate at the very end.
        let units: [UInt16] = [0x41, 0xD83D, 0x42, 0xDE80, 0xD83D]
        let result = try decode([0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(result.text == "A\u{FFFD}B\u{FFFD}\u{FFFD}")
        #expect(result.encoding == .utf16BE)
    }

    @Test func crlfAndLoneCRBecomeLF() throws {
        let result = try decode(Array("one\r\ntwo\rthree\n\r\nfour\r".utf8))
        #expect(result.text == "one\ntwo\nthree\n\nfour\n")
        #expect(result.encoding == .utf8)
    }

    @Test func latin1CafeDecodesAsWindows1252() throws {
        let result = try decode([0x63, 0x61, 0x66, 0xE9])
        #expect(result.text == "café")
        #expect(result.encoding == .windows1252)
    }

    @Test func windows1252CurlyQuotes() throws {
        let result = try decode([0x93, 0x48, 0x69, 0x94, 0x0D, 0x0A, 0x80, 0x92])
        #expect(result.text == "\u{201C}Hi\u{201D}\n\u{20AC}\u{2019}")
        #expect(result.encoding == .windows1252)
    }

    @Test func windows1252UndefinedBytesKeepLatin1Values() throws {
        let result = try decode([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF])
        #expect(Array(result.text.unicodeScalars.map(\.value)) == [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF])
        #expect(result.encoding == .windows1252)
    }

    @Test func invalidUTF8AnywhereMakesWholeFileWindows1252() throws {
        // Valid UTF-8 "é" followed by a lone 0xE9: the whole file is re-read as Windows-1252.
        let result = try decode([0xC3, 0xA9, 0x20, 0xE9])
        #expect(result.text == "Ã© é")
        #expect(result.encoding == .windows1252)
    }

    @Test func nulInFirst8KiBIsBinary() {
        var bytes = [UInt8](repeating: 0x61, count: 10_000)
        bytes[8191] = 0
        #expect(throws: TextDecodingError.binary) { try TextDecoding.decode(bytes) }
        #expect(throws: TextDecodingError.binary) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00]) }
    }

    @Test func nulAfter8KiBIsNotBinary() throws {
        var bytes = [UInt8](repeating: 0x61, count: 10_000)
        bytes[8192] = 0
        let result = try decode(bytes)
        #expect(result.encoding == .utf8)
        #expect(result.text.utf8.count == 10_000)
    }

    @Test func nulAfterUTF16BOMIsNotBinary() throws {
        let result = try decode([0xFF, 0xFE, 0x41, 0x00])
        #expect(result.text == "A")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: bbcLatin1Path)))
    func bbcLatin1FileDecodesPoundSign() throws {
        let data = try #require(FileManager.default.contents(atPath: bbcLatin1Path))
        let result = try decode(Array(data))
        #expect(result.encoding == .windows1252)
        #expect(result.text.contains("a £15.8m signing"))
        #expect(!result.text.contains("\u{FFFD}"))
    }

    /// Its speed is reader-bench's to measure (open 5MB article), not a timed test's.
    @Test func largeUTF8DecodesWhole() throws {
        let line = Array("Le café « Été » — 東京 🚀 plain ASCII filler text for bulk.\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(5_200_000)
        while bytes.count < 5_000_000 { bytes += line }
        let result = try decode(bytes)
        #expect(result.encoding == .utf8)
        #expect(result.text.utf8.count == bytes.count)
        #expect(Array(result.text.utf8) == bytes)
    }
}

/// The one Latin-1 (Windows-1252) file in the BBC corpus: it contains a 0xA3 pound sign.
private let bbcLatin1Path = "/work/shared/corpus/bbc/sport/199.txt"
