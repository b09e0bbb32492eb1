import Foundation
import Testing
@testable import ReaderDocument

/// Finding a highlight again after its article's text changed, and the text units visual mode uses.
@Suite struct AnchoringTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func anUnchangedPassageStaysWhereItWas() {
        let text = scalars("One fish. Two fish. Red fish.")
        let quote = TextQuote(range: 10..<19, in: text)
        #expect(quote.exact == "Two fish.")
        #expect(TextAnchoring.locate(quote, near: 10, in: text) == .unchanged)
    }

    @Test func aMovedPassageIsFoundNearestItsOldPlace() {
        let old = scalars("Alpha beta gamma. The cat sat. Delta.")
        let quote = TextQuote(range: 18..<30, in: old)
        #expect(quote.exact == "The cat sat.")
        let new = scalars("New first sentence here. Alpha beta gamma. The cat sat. Delta.")
        #expect(TextAnchoring.locate(quote, near: 18, in: new) == .moved(43..<55))
    }

    @Test func prefixAndSuffixBreakTiesBetweenEquallyNearOccurrences() {
        // "cat" at 3 and 9 are both 3 scalars from the old start 6; the context picks one.
        let tie = scalars("xx cat y cat zz")
        #expect(TextAnchoring.locate(TextQuote(exact: "cat", prefix: "y ", suffix: " zz"), near: 6, in: tie) == .moved(9..<12))
        #expect(TextAnchoring.locate(TextQuote(exact: "cat", prefix: "xx ", suffix: " yy"), near: 6, in: tie) == .moved(3..<6))
    }

    @Test func smallEditsAreToleratedByTheApproximateMatch() {
        let quote = TextQuote(exact: "the government announced new measures today")
        let new = scalars("Earlier, the goverment announced new measure today, officials said.")
        guard case .approximate(let range) = TextAnchoring.locate(quote, near: 9, in: new) else {
            Issue.record("no approximate match")
            return
        }
        #expect(String(String.UnicodeScalarView(new[range])) == "the goverment announced new measure today")
    }

    @Test func aLongPassageWithAnEditIsFoundByItsEnds() {
        let passage = String(repeating: "Words of a long highlighted passage that goes on. ", count: 4)
        let quote = TextQuote(exact: passage.trimmingCharacters(in: .whitespaces))
        let edited = passage.replacingOccurrences(of: "goes on. Words", with: "goes on, Words")
        let new = scalars("Intro. " + edited + "Outro.")
        guard case .approximate(let range) = TextAnchoring.locate(quote, near: 0, in: new) else {
            Issue.record("no approximate match for a long passage")
            return
        }
        #expect(range.lowerBound == 7)
    }

    @Test func aPassageThatIsGoneIsOrphaned() {
        let quote = TextQuote(exact: "completely different words here")
        #expect(TextAnchoring.locate(quote, near: 0, in: scalars("Nothing like it at all in this text.")) == .orphaned)
        #expect(TextAnchoring.locate(TextQuote(exact: "dog"), near: 0, in: scalars("a cat")) == .orphaned)
        #expect(TextAnchoring.locate(TextQuote(exact: ""), near: 0, in: scalars("text")) == .orphaned)
    }

    @Test func sentencesEndAtMarksButNotAtTitlesOrInitials() {
        let article = Fixtures.article("Title\n\nMr. Smith met Dr. Jones in the U.S. yesterday. \"It went well,\" he said! Then: nothing?\n\nNext paragraph.")
        let units = TextUnits(article)
        let body = article.blocks[1]
        let text = article.plainText
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(Array(text.unicodeScalars)[range])) }
        #expect(string(units.sentence(at: body.start + 3)) == "Mr. Smith met Dr. Jones in the U.S. yesterday.")
        #expect(string(units.sentence(at: body.start + 52)) == "\"It went well,\" he said!")
        #expect(string(units.sentence(at: body.end - 2)) == "Then: nothing?")
        #expect(string(units.block(at: body.end + 3)) == "Next paragraph.")
        #expect(units.nextSentence(after: body.start) == body.start + 47)
        #expect(units.nextParagraph(after: body.start) == article.blocks[2].start)
        #expect(units.nextWord(after: body.start) == body.start + 4)
        #expect(units.previousWord(before: body.start + 4) == body.start)
    }
}
