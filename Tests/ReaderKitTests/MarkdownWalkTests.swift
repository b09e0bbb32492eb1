import Foundation
import Testing
@testable import ReaderDocument

/// Where the walk of cmark-gfm's syntax tree reads Markdown differently from the HTML route it
/// replaced, on purpose, and what it adds (struck-out text as a style).
@Suite struct MarkdownWalkTests {
    static func blocks(_ markdown: String) -> [BodyBlock] {
        MarkdownBodyConverter.convert(markdown, base: nil).body
    }

    static func texts(_ markdown: String) -> [String] { blocks(markdown).map(\.text) }

    @Test func aRawHTMLBlockLeavesNoTagOpenOverTheMarkdownAfterIt() {
        // An unclosed <div> in a quote: the paragraph after the quote is not quoted.
        #expect(Self.blocks("> <div>\n> foo\n\nbar\n").map(\.kind) == [.quote(depth: 1), .paragraph])
        // An unclosed <textarea> (a form field, left out by the HTML path) hides nothing after it.
        #expect(Self.texts("<textarea>\n\n*foo*\n\n_bar_\n\n</textarea>\n") == ["foo", "bar"])
        // The HTML route's libxml2 read "world." with a stray newline from around the <pre>.
        #expect(Self.texts("<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>\n") == ["**Hello**,", "world."])
        // Its content is still read as HTML, links numbered with the Markdown's.
        let mixed = MarkdownBodyConverter.convert("[a](https://a.org)\n\n<p>See <a href=\"https://b.org\">b</a> and <em>c</em>.</p>\n", base: nil)
        #expect(mixed.body.prefix(2).map(\.text) == ["a [1]", "See b [2] and c."])
        #expect(mixed.links.map(\.url) == ["https://a.org", "https://b.org"])
    }

    @Test func aQuoteInATightListItemIsSetUnderTheItemAsInALooseOne() {
        let tight = Self.blocks("* a\n  > b\n* c\n")
        let loose = Self.blocks("* a\n\n  > b\n\n* c\n")
        #expect(tight.map(\.kind) == [.listItem(depth: 0), .listItem(depth: 1), .listItem(depth: 0)])
        #expect(tight == loose)
    }

    @Test func declarationsAndCDATAInAParagraphAreMarkupNotText() {
        #expect(Self.texts("foo <!ELEMENT br EMPTY>\n") == ["foo"])
        #expect(Self.texts("foo <![CDATA[>&<]]> bar\n") == ["foo bar"])
        #expect(Self.texts("foo <!-- a comment --> bar <?php echo 1; ?> baz\n") == ["foo bar baz"])
    }

    @Test func aLooseTaskItemKeepsItsBoxBesideItsText() {
        // The HTML route put the box alone on a line: cmark-gfm writes it before the item's <p>.
        #expect(Self.texts("- [x] done\n\n- [ ] to do\n\n  more to do\n") == ["• ☑ done", "• ☐ to do", "more to do"])
        #expect(Self.texts("- [x] done\n- [ ] to do\n") == ["• ☑ done", "• ☐ to do"])
    }

    @Test func aListInsideAFootnoteHasBulletsNotFootnoteNumbers() {
        let blocks = Self.blocks("Text[^n].\n\n[^n]: A note:\n\n    - one\n    - two\n")
        #expect(blocks.map(\.text) == ["Text[^1].", "Footnotes", "[^1] A note:", "• one", "• two"])
        #expect(blocks[2].styles == [InlineStyle(.reference, start: 0, end: 4)])
        #expect(blocks[3].styles.isEmpty)
    }

    @Test func struckOutTextIsAStyleByMarkdownAndByTag() {
        let blocks = Self.blocks("~~three~~ four, <del>five</del> <s>six</s>\n")
        #expect(blocks.map(\.text) == ["three four, five six"])
        #expect(blocks[0].styles == [
            InlineStyle(.strikethrough, start: 0, end: 5), InlineStyle(.strikethrough, start: 12, end: 16),
            InlineStyle(.strikethrough, start: 17, end: 20),
        ])
        let page = HTMLPage.article(
            bytes: Array("<html><body><article><p>Price: <del>£20</del> £15 today only, for the readers of this page.</p></article></body></html>".utf8),
            id: ArticleID("p"), sourcePath: "p.html", base: nil)
        if case .success(let article) = page {
            #expect(article.styles.contains { $0.kind == .strikethrough && HTMLArticleTests.text(article, $0) == "£20" })
        } else {
            Issue.record("the page did not parse")
        }
    }

    @Test func inlineTagsLeftOpenEndWithTheirBlock() {
        let blocks = Self.blocks("a <em>b\n\nc\n")
        #expect(blocks.map(\.text) == ["a b", "c"])
        #expect(blocks[0].styles == [InlineStyle(.emphasis, start: 2, end: 3)])
        #expect(blocks[1].styles.isEmpty)
    }

    /// Read without the autolink extension first, again with it when a text node needs it: the
    /// blocks are those of one reading with every extension, wherever the bare address is.
    @Test func bareAddressesAreLinkedWhereverTheyComeAndOnlyThere() {
        let prose = (0..<30).map { "Paragraph \($0) with [a link](https://example.org/\($0)) and `http://code`." }
        for bare in ["www.example.org/late", "https://example.org/bare", "mail clerk@example.org", "WWW.EXAMPLE.ORG", "no address: here"] {
            let markdown = (prose + [bare]).joined(separator: "\n\n") + "\n"
            let walk = MarkdownBodyConverter.convert(markdown, base: nil)
            let html = CommonMarkHTML.body(from: markdown, base: nil)
            #expect(walk.body == html.body, "\(bare)")
            #expect(walk.links == html.links, "\(bare)")
        }
        let linked = MarkdownBodyConverter.convert((prose + ["www.example.org/late"]).joined(separator: "\n\n"), base: nil)
        #expect(linked.links.last?.url == "http://www.example.org/late")
        #expect(linked.links.count == 31)
    }

    @Test func deepNestingIsWalkedWithoutRecursion() {
        let quotes = String(repeating: ">", count: 10_000) + " deep\n"
        #expect(Self.texts(quotes) == ["deep"])
        let lists = (0..<1_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(Self.blocks(lists).count == 1_000)
    }
}
