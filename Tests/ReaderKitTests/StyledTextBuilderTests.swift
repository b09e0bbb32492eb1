import Testing
@testable import ReaderEntities
@testable import ReaderDocument

@Suite struct StyledTextBuilderTests {
    private func blocks(_ pieces: [String], preformatted: Bool, bytes: Bool) -> [BodyBlock] {
        var builder = StyledTextBuilder()
        builder.preformatted = preformatted
        for piece in pieces {
            if bytes {
                var piece = piece
                piece.withUTF8 { builder.append(utf8: $0) }
            } else {
                builder.append(piece)
            }
        }
        return builder.takeBlocks()
    }

    @Test func whiteSpaceCollapsesAsBrowsersDoIt() {
        #expect(blocks(["  one  two\n\tthree ", " four  "], preformatted: false, bytes: true).map(\.text) == ["one two three four"])
        #expect(blocks(["a\u{1B}b caf\u{E9} \u{200B}x"], preformatted: false, bytes: true).map(\.text) == ["a\u{241B}b caf\u{E9} x"])
        #expect(blocks(["line one\n  line two\r\n"], preformatted: true, bytes: true).map(\.text) == ["line one\n  line two\n\n"])
    }

    /// The byte path copies runs of printable ASCII whole; it must read exactly as the scalar path.
    @Test func bytesAndScalarsGiveTheSameBlocks() {
        let alphabet: [String] = ["a", "b", "Z", "1", ".", " ", " ", "  ", "\n", "\t", "\r", "\u{0C}", "é", "€", "😀", "\u{1B}", "\u{7F}", "\u{200B}", "\u{202E}", "\u{AD}"]
        var generator = SeededRandom(seed: 42)
        for _ in 0..<2_000 {
            let pieces = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
            for preformatted in [false, true] {
                let expected = blocks(pieces, preformatted: preformatted, bytes: false)
                #expect(blocks(pieces, preformatted: preformatted, bytes: true) == expected, "\(pieces.map(\.debugDescription))")
            }
        }
    }

    @Test func malformedUTF8BecomesReplacementCharacters() {
        var builder = StyledTextBuilder()
        let bytes: [UInt8] = [0x61, 0xC3, 0x28, 0x62, 0xE2, 0x82, 0x63, 0xF0, 0x9F, 0x98, 0x80]
        bytes.withUnsafeBufferPointer { builder.append(utf8: $0) }
        #expect(builder.takeBlocks().map(\.text) == ["a\u{FFFD}(b\u{FFFD}\u{FFFD}c😀"])
    }
}
