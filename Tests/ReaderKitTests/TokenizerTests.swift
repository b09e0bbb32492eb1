import Testing
@testable import ReaderEntities
@testable import ReaderDocument

@Suite struct TokenizerTests {
    func texts(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.text) }

    @Test func namesPossessivesAndHyphens() {
        #expect(texts("Kim Jong-un's visit") == ["Kim", "Jong", "-", "un", "'s", "visit"])
        #expect(texts("O'Neill said") == ["O'Neill", "said"])
        #expect(texts("the Kremlin’s website") == ["the", "Kremlin", "’s", "website"])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(texts("The U.S. government") == ["The", "U.S.", "government"])
        #expect(texts("Sep.12 - 2023") == ["Sep.", "12", "-", "2023"])
        #expect(texts("Mr. Smith left.") == ["Mr.", "Smith", "left", "."])
        #expect(texts("U.N.-Brokered") == ["U.N.", "-", "Brokered"])
    }

    @Test func numbersMoneyAndPercentages() {
        #expect(texts("$1.2 billion") == ["$", "1.2", "billion"])
        #expect(texts("up 4.5%,") == ["up", "4.5", "%", ","])
        #expect(texts("(£350m)") == ["(", "£", "350m", ")"])
        #expect(texts("at 7:30 AM") == ["at", "7:30", "AM"])
        #expect(texts("1,000 people") == ["1,000", "people"])
    }

    @Test func offsetsAreScalarOffsets() {
        let text = "Erdoğan met 😀 Zoë in Malmö."
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokenize(text) {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
    }

    @Test func spaceAndLineFlags() {
        let tokens = Tokenizer.tokenize("Hello, world\nNext")
        #expect(tokens.map(\.spaceBefore) == [true, false, true, true])
        #expect(tokens.map(\.lineStart) == [true, false, false, true])
    }
}
