import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument

/// Mutated fixtures through every format path: nothing may crash, and every article keeps the
/// plain-text invariant (blocks and styles are ranges of `plainText`).
@Suite struct FormatsFuzzTests {
    static let fixtures = ["page.html", "notes.md", "rss2.xml", "rss1.xml", "atom.xml", "xxe.xml", "feeds.opml"]

    static func mutate(_ bytes: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var bytes = bytes
        let interesting: [[UInt8]] = [Array("<".utf8), Array(">".utf8), Array("&".utf8), Array("&#0;".utf8), Array("<![CDATA[".utf8),
                                      Array("<div>".utf8), Array("</a>".utf8), [0xFF], [0xC3], [0x1B], [0xE2, 0x80, 0xAE], Array("\"".utf8)]
        for _ in 0..<Int.random(in: 1...12, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 1...255, using: &random)
            case 1: bytes.insert(contentsOf: interesting.randomElement(using: &random)!, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return bytes
    }

    static func checkInvariant(_ article: Article) {
        let scalars = Array(article.plainText.unicodeScalars)
        #expect(article.plainTextLength == scalars.count)
        for block in article.blocks {
            #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
        }
        #expect(article.styles.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= scalars.count })
    }

    /// Inputs on which Ink 0.6, the Markdown parser before cmark-gfm, trapped or never returned.
    @Test func formerMarkdownTrapsAndEndlessLoopsKeepOffsetsSound() {
        for text in ["- a\n  ", "- a\n   ", "1. a\n    \t", "- a\n  - b\n     ", "<p", "<div>a <b\n", "x\n\n<span <"] {
            Self.checkInvariant(MarkdownDocument.article(text: text, id: ArticleID("m"), sourcePath: "m.md", base: nil))
        }
    }

    @Test func mutatedDocumentsNeverCrashAndKeepOffsetsSound() throws {
        var random = SeededRandom(seed: 6)
        for name in Self.fixtures {
            let original = [UInt8](try Data(contentsOf: HTMLArticleTests.folder.appendingPathComponent(name)))
            for _ in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? 60) {
                let bytes = Self.mutate(original, random: &random)
                if case .success(let article) = HTMLPage.article(bytes: bytes, id: ArticleID("f"), sourcePath: "f.html", base: nil) {
                    Self.checkInvariant(article)
                }
                let text = String(decoding: bytes, as: UTF8.self)
                Self.checkInvariant(MarkdownDocument.article(text: text, id: ArticleID("m"), sourcePath: "m.md", base: nil))
                if case .success(let feed) = FeedParser.parse(bytes, name: "f.xml") {
                    for item in feed.items { Self.checkInvariant(FeedItemArticle.article(item, feedId: 1)) }
                }
                _ = OPML.parse(bytes, name: "f.opml")
            }
        }
    }
}
