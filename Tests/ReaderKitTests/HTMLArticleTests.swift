import Foundation
import Testing
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore

@Suite struct HTMLArticleTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/ReaderKitTests/Fixtures/Formats")

    static func page(_ html: String, path: String = "/tmp/page.html") throws -> Article {
        try HTMLPage.article(bytes: Array(html.utf8), id: ArticleID(path), sourcePath: path, base: URL(fileURLWithPath: path)).get()
    }

    static func text(_ article: Article, _ style: InlineStyle) -> String {
        let scalars = Array(article.plainText.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[style.start..<style.end]))
    }

    @Test func extractsMetadataAndMainContentWithoutFurniture() throws {
        let article = try ArticleLoader().load(path: Self.folder.appendingPathComponent("page.html").path).get()
        #expect(article.title == "Harbour lights return to Port Avel")
        #expect(article.byline == "Mira Okonkwo")
        #expect(article.dateline?.date == Date(timeIntervalSince1970: 1_709_627_400))
        let text = article.plainText
        for furniture in ["cookies", "Share on Social", "News", "Fishing quotas", "tracking", "color: red", "©"] {
            #expect(!text.contains(furniture), "\(furniture) should be dropped")
        }
        #expect(text.contains("shone again on Tuesday & the town"))
        #expect(text.contains("“It is older than the town hall,”"))
        // The h1 repeats the title and is not shown twice.
        #expect(article.blocks.filter { $0.text == article.title }.count == 1)
        #expect(article.blocks.map(\.kind).contains(.heading(level: 2)))
        #expect(article.blocks.contains { $0.kind == .listItem(depth: 0) && $0.text == "• New copper roof" })
        #expect(article.blocks.contains { $0.kind == .quote && $0.text == "We never thought we would see it lit again." })
        #expect(article.blocks.contains { $0.kind == .code && $0.text == "lamp: on\nrange: 18 nm" })
    }

    @Test func stylesAndLinksAreRangesOfThePlainText() throws {
        let article = try ArticleLoader().load(path: Self.folder.appendingPathComponent("page.html").path).get()
        let styled = Dictionary(grouping: article.styles, by: \.kind).mapValues { $0.map { Self.text(article, $0) } }
        #expect(styled[.emphasis] == ["three years"])
        #expect(styled[.strong] == ["old lighthouse"])
        #expect(styled[.code] == ["142"])
        #expect(styled[.link]?.prefix(3) == ["a workshop in Bergen", "our history page", "this trick"])
        #expect(styled[.reference]?.prefix(3) == [" [1]", " [2]", " [3]"])
        #expect(article.links.map(\.url) == ["https://lenses.example.org/avel", "file:///history", "javascript:alert('x')"])
        // The link list closes the article, as text.
        #expect(article.plainText.hasSuffix("Links\n\n[1] https://lenses.example.org/avel\n\n[2] file:///history\n\n[3] javascript:alert('x')"))
        #expect(article.plainTextLength == article.plainText.unicodeScalars.count)
        for block in article.blocks {
            let scalars = Array(article.plainText.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
        }
    }

    @Test func titleFallsBackToTitleElementWithoutSiteNameThenH1() throws {
        let fromTitle = try Self.page("<html><head><title>Rain expected | Weather Desk</title></head><body><p>Showers all week.</p></body></html>")
        #expect(fromTitle.title == "Rain expected")
        let fromH1 = try Self.page("<html><body><div><h1>Snow at last</h1><p>Flakes fell.</p></div></body></html>")
        #expect(fromH1.title == "Snow at last")
        #expect(!fromH1.paragraphs.contains("Snow at last"))
    }

    @Test func bylineFromRelAuthorOrAByLineAndDateFromTime() throws {
        let relAuthor = try Self.page("""
            <html><body><article><h1>T</h1><p>Story by <a rel="author" href="/a">Ida Berg</a></p>
            <time datetime="2023-11-02T08:00:00Z">2 November 2023</time><p>Body text.</p></article></body></html>
            """)
        #expect(relAuthor.byline == "Ida Berg")
        #expect(relAuthor.dateline == Dateline(text: "2 November 2023", date: Date(timeIntervalSince1970: 1_698_912_000)))
        let byLine = try Self.page("<html><body><article><h1>T</h1><p>By Noor Haddad</p><p>Body text.</p></article></body></html>")
        #expect(byLine.byline == "Noor Haddad")
        #expect(byLine.paragraphs == ["Body text."])
        // A byline is one line; with a hard break the paragraph is body text (found by the fuzzer).
        let broken = try Self.page("<html><body><article><h1>T</h1><p>by Noor<br>Haddad wrote</p><p>Body text.</p></article></body></html>")
        #expect(broken.byline == nil)
        #expect(broken.paragraphs == ["by Noor\nHaddad wrote", "Body text."])
    }

    @Test func codeSamplesSharingAPreEachStartALine() throws {
        let article = try Self.page(
            "<html><body><article><h1>T</h1><p>Use it:</p><pre><code class=mjs>import fs;</code><code class=cjs>const fs = require('fs');</code><button>Copy</button></pre></article></body></html>")
        #expect(article.blocks.last { $0.kind == .code }?.text == "import fs;\nconst fs = require('fs');")
        // Code inside running preformatted text stays inline.
        let inline = try Self.page("<html><body><article><h1>T</h1><p>Syntax:</p><pre>define <code>name</code> ( <code>parameters</code> )</pre></article></body></html>")
        #expect(inline.blocks.last { $0.kind == .code }?.text == "define name ( parameters )")
    }

    @Test func densestBlockWinsWithoutArticleOrMain() throws {
        let long = String(repeating: "The ferry timetable changes next month for all routes. ", count: 6)
        let article = try Self.page("""
            <html><body><div class="menu-list"><p>Home</p><p>About</p></div>
            <div id="story"><p>\(long)</p><p>\(long)</p></div><div><p>Footer words</p></div></body></html>
            """)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.allSatisfy { $0.hasPrefix("The ferry timetable") })
    }

    @Test func charsetFromHeaderThenDeclarationThenDetection() throws {
        // "café" in Latin-1.
        let latin1: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let declared = try HTMLPage.article(bytes: latin1, id: ArticleID("a"), sourcePath: "a.html", base: nil).get()
        #expect(declared.paragraphs == ["café"])
        let undeclared: [UInt8] = Array("<html><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        #expect(try HTMLPage.article(bytes: undeclared, id: ArticleID("b"), sourcePath: "b.html", base: nil).get().paragraphs == ["café"])
        // The HTTP header wins over the page: these UTF-8 bytes read as Windows-1252 are mojibake.
        let utf8 = Array("<html><head><meta charset=\"utf-8\"></head><body><p>café</p></body></html>".utf8)
        let header = try HTMLPage.article(bytes: utf8, id: ArticleID("c"), sourcePath: "c.html", base: nil, httpCharset: "windows-1252").get()
        #expect(header.paragraphs == ["cafÃ©"])
        #expect(DocumentCharset.charset(fromContentType: "text/html; charset=\"Shift_JIS\"") == "shift_jis")
        let shiftJIS: [UInt8] = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array("</p></body></html>".utf8)
        #expect(try HTMLPage.article(bytes: shiftJIS, id: ArticleID("d"), sourcePath: "d.html", base: nil).get().paragraphs == ["日本"])
    }

    @Test func controlCharactersAndEscapesAreSanitised() throws {
        let article = try Self.page("<html><head><title>Bad\u{1B}[31m title</title></head><body><p>Esc \u{1B}[2J here &#x202E;rtl</p></body></html>")
        #expect(!article.plainText.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(article.title.hasPrefix("Bad") && article.title.hasSuffix("[31m title"))
    }

    @Test func hostileInputNeverCrashes() throws {
        let deep = String(repeating: "<div><span>", count: 50_000) + "deep text" + String(repeating: "</span></div>", count: 50_000)
        _ = HTMLPage.article(bytes: Array(deep.utf8), id: ArticleID("deep"), sourcePath: "deep.html", base: nil)
        let invalidUTF8: [UInt8] = Array("<p>".utf8) + [0xFF, 0xC3, 0x28, 0xE2, 0x82] + Array("</p>".utf8)
        _ = HTMLPage.article(bytes: invalidUTF8, id: ArticleID("bad"), sourcePath: "bad.html", base: nil)
        let hugeEntity = "<p>" + String(repeating: "&amp;&#x1F600;&#99999999999;&bogus;", count: 20_000) + "</p>"
        let article = try Self.page(hugeEntity)
        #expect(article.plainText.contains("&😀"))
        let garbage = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }.filter { $0 != 0 }
        _ = HTMLPage.article(bytes: garbage, id: ArticleID("noise"), sourcePath: "noise.html", base: nil)
    }

    @Test func emptyOrBinaryPageIsAClearError() {
        let empty = HTMLPage.article(bytes: [], id: ArticleID("e"), sourcePath: "empty.html", base: nil)
        #expect(throws: ArticleLoadError.self) { try empty.get() }
        if case .failure(let error) = empty { #expect(error.description.hasPrefix("empty.html: ")) }
        let binary = HTMLPage.article(bytes: [0x3C, 0x70, 0, 0, 1, 2], id: ArticleID("b"), sourcePath: "bin.html", base: nil)
        #expect(binary == .failure(.binary(path: "bin.html")))
    }

    @Test func markdownBecomesStyledBlocks() throws {
        let article = try ArticleLoader().load(path: Self.folder.appendingPathComponent("notes.md").path).get()
        #expect(article.title == "Tide tables and other small joys")
        #expect(article.byline == "Ana Quist")
        #expect(article.dateline?.text == "2024-02-11")
        #expect(article.blocks.map(\.kind).contains(.heading(level: 2)))
        #expect(article.blocks.contains { $0.kind == .listItem(depth: 1) && $0.text == "• except in August" })
        #expect(article.blocks.contains { $0.kind == .quote })
        #expect(article.blocks.contains { $0.kind == .code && $0.text == "06:12  0.4 m\n18:40  0.6 m" })
        #expect(!article.plainText.contains("**") && !article.plainText.contains("](") && !article.plainText.contains("```"))
        let styled = Dictionary(grouping: article.styles, by: \.kind).mapValues { $0.map { HTMLArticleTests.text(article, $0) } }
        #expect(styled[.strong] == ["spring"])
        #expect(styled[.emphasis] == ["kind"])
        #expect(styled[.code] == ["closed"])
        #expect(article.links.first?.url == "https://tides.example.org/spring")
        #expect(article.links.last?.url.hasSuffix("/Fixtures/Formats/notes/harbour.md") == true)
        // Raw HTML is read as HTML, as CommonMark says; "<" inside code stays "<".
        let raw = MarkdownDocument.article(text: "# T\n\nA <b>tag</b> here.\n\n```\nif a < b {}\n```\n", id: ArticleID("r"), sourcePath: "r.md", base: nil)
        #expect(raw.paragraphs == ["A tag here.", "if a < b {}"])
        #expect(raw.styles.map { HTMLArticleTests.text(raw, $0) } == ["tag"])
    }

    /// Brackets that never close were minutes of work for Ink; cmark-gfm is linear.
    @Test func markdownBracketsThatNeverCloseAreText() {
        let brackets = String(repeating: "[", count: 40)
        let text = "# T\n\n\(brackets) x\n\n[a [b [c [d [e [f [g [h x\n\n[![logo](l.png)](https://e.org) and [a\nlink](https://x.org) [sic\n\n```\n[[[[ code\n```\n"
        let article = MarkdownDocument.article(text: text, id: ArticleID("b"), sourcePath: "b.md", base: nil)
        #expect(article.paragraphs.prefix(4) == ["\(brackets) x", "[a [b [c [d [e [f [g [h x", "logo [1] and a link [2] [sic", "[[[[ code"])
        #expect(article.links.map(\.url) == ["https://e.org", "https://x.org"])
    }

    /// What Ink got wrong: reference links, escapes, entities, HTML blocks; and GFM's extensions.
    @Test func markdownIsCommonMarkWithGitHubExtensions() {
        let text = """
            # T

            See [the tables][tides] and \\*not emphasis\\* &amp; caf&eacute; &#169;.

            <div class="note">An <em>HTML</em> block.</div>

            ~~gone~~ and www.example.org/a

            - [x] done
            - [ ] to do

            [tides]: https://tides.example.org "Tide tables"
            """
        let article = MarkdownDocument.article(text: text, id: ArticleID("c"), sourcePath: "c.md", base: nil)
        #expect(article.paragraphs == [
            "See the tables [1] and *not emphasis* & café ©.", "An HTML block.", "gone and www.example.org/a [2]",
            "• ☑ done", "• ☐ to do", "Links", "[1] https://tides.example.org", "[2] http://www.example.org/a",
        ])
    }

    /// Front matter gives title, author and date, and is not shown; without it the first heading is the title.
    @Test func markdownFrontMatterGivesTitleAuthorAndDate() {
        let text = "---\ntitle: \"Tides, again\"\nauthor: Ana Quist\ndate: 2024-02-11\ntags: [sea, notes]\n---\n\n# Tides, again\n\nBody.\n"
        let article = MarkdownDocument.article(text: text, id: ArticleID("f"), sourcePath: "f.md", base: nil)
        #expect(article.title == "Tides, again")
        #expect(article.byline == "Ana Quist")
        #expect(article.dateline?.text == "2024-02-11")
        #expect(article.dateline?.date != nil)
        #expect(article.paragraphs == ["Body."])
        // A rule and text that is not "key: value" is Markdown, not front matter.
        let notMatter = MarkdownDocument.article(text: "Title\n\n---\nsome words\n---\n", id: ArticleID("n"), sourcePath: "n.md", base: nil)
        #expect(notMatter.title == "Title")
        #expect(notMatter.paragraphs == ["some words"])
        let crlf = MarkdownDocument.article(text: "---\r\ntitle: CR LF\r\n---\r\nText.\r\n", id: ArticleID("r"), sourcePath: "r.md", base: nil)
        #expect(crlf.title == "CR LF" && crlf.paragraphs == ["Text."])
    }

    /// An ordered item's number is Reader's layout, not the author's number: no entity on it.
    @Test func orderedListNumbersAreMarkupNotEntities() {
        let article = MarkdownDocument.article(text: "# T\n\n1. First item\n2. Second item\n\n- 1984 was a year\n", id: ArticleID("o"), sourcePath: "o.md", base: nil)
        let scalars = Array(article.plainText.unicodeScalars)
        let ranges = article.markupRanges
        #expect(ranges.map { String(String.UnicodeScalarView(scalars[$0])) } == ["1.", "2."])
        let year = article.plainText.unicodeScalars.count - article.plainText.components(separatedBy: "1984").last!.unicodeScalars.count - 4
        let spans = [
            EntitySpan(start: ranges[1].lowerBound, end: ranges[1].lowerBound + 1, label: .cardinal, text: "2"),
            EntitySpan(start: year, end: year + 4, label: .date, text: "1984"),
        ]
        #expect(article.withoutMarkup(spans).map(\.text) == ["1984"], "a bullet item's number is the author's")
    }

    /// Front matter without a title: the first paragraph stays body text; the first heading, else the
    /// file's name, is the title.
    @Test func frontMatterWithoutATitleKeepsTheFirstParagraph() {
        let withHeading = MarkdownDocument.article(
            text: "---\nauthor: Jane Smith\n---\n\nJust a paragraph of notes.\n\n# Later heading\n\nMore.\n",
            id: ArticleID("h"), sourcePath: "/notes/fm1.md", base: nil)
        #expect(withHeading.title == "Later heading")
        #expect(withHeading.byline == "Jane Smith")
        #expect(withHeading.paragraphs.first == "Just a paragraph of notes.")
        let withoutHeading = MarkdownDocument.article(
            text: "---\nauthor: Jane Smith\n---\n\nJust a paragraph.\n", id: ArticleID("p"), sourcePath: "/notes/meeting-notes.md", base: nil)
        #expect(withoutHeading.title == "meeting-notes")
        #expect(withoutHeading.paragraphs == ["Just a paragraph."])
    }

    @Test func linkPolicyOpensOnlyWebAndFileLinks() {
        #expect(LinkPolicy.decide("https://example.org/a") == .open("https://example.org/a"))
        #expect(LinkPolicy.decide("file:///tmp/a.html") == .open("file:///tmp/a.html"))
        for refused in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>",
                        "mailto:a@b.c", "/relative", "https://exa mple.org", "https://example.org/\u{1B}[2J"] {
            guard case .refuse = LinkPolicy.decide(refused) else {
                Issue.record("\(refused) should be refused")
                continue
            }
        }
    }
}

/// A page whose article the extractor misses is never shown as an empty article without a word.
@Suite struct PageTextFallbackTests {
    static let story = "The harbour lights of Port Avel shone again on Tuesday after three years of repairs to the old lighthouse."

    @Test func aMissedArticleFallsBackToThePageTextWithANote() throws {
        let html = """
            <html><head><title>Lights return</title></head><body>
            <article><p>Share</p></article>
            <div class="story"><span>\(Self.story)</span></div>
            </body></html>
            """
        let tree = try #require(HTMLParser.parse(Array(html.utf8)))
        // What an extractor that took only the <article> would have found: next to nothing.
        let missed = [BodyBlock(kind: .paragraph, text: "Share", styles: [])]
        let fallback = try #require(PageTextFallback.body(
            ifMissing: missed, links: [], tree: tree, base: nil, title: "Lights return", furniture: HTMLFurniture.marks(in: tree)))
        #expect(fallback.body.first?.text == PageTextFallback.note)
        #expect(fallback.body.first?.styles.first?.kind == .emphasis, "the note is set apart from the page's text")
        #expect(fallback.body.contains { $0.text.contains(Self.story) })
        // The extractor itself finds the story beside the teaser, so the page needs no note.
        let article = try HTMLArticleTests.page(html)
        #expect(article.plainText.contains(Self.story))
        #expect(article.body.first?.text != PageTextFallback.note)
    }

    @Test func aFoundArticleHasNoNote() throws {
        let html = "<html><head><title>Lights</title></head><body><nav>Home News</nav><article><p>\(Self.story)</p></article></body></html>"
        let article = try HTMLArticleTests.page(html)
        #expect(article.body.map(\.text) == [Self.story])
    }

    @Test func aPageWithNoTextAtAllKeepsItsTitleAndAnEmptyBody() throws {
        let article = try HTMLArticleTests.page("<html><head><title>Only a title</title></head><body><img src=a.png></body></html>")
        #expect(article.title == "Only a title")
        #expect(article.body.isEmpty)
    }

    @Test func aPageWhoseContentIsAnImageShowsItsAltText() throws {
        let html = "<html><head><title>Only image</title></head><body><p><img src=a.png alt=\"A  picture\n of the harbour\"></p></body></html>"
        let article = try HTMLArticleTests.page(html)
        #expect(article.body.map(\.text) == ["[image: A picture of the harbour]"])
        #expect(article.hasBodyText)
    }

    @Test func imagesBesideTextAreLeftOut() throws {
        let html = "<html><head><title>Story</title></head><body><article><p>\(Self.story)</p><img src=a.png alt=\"Photo\"></article></body></html>"
        let article = try HTMLArticleTests.page(html)
        #expect(!article.plainText.contains("[image:"))
    }
}

extension PageTextFallbackTests {
    @Test func aPageOfNothingButFurnitureShowsThatText() throws {
        let html = "<html><head><title>Menu</title></head><body><nav><a href=/a>Politics</a> <a href=/b>Sport</a></nav></body></html>"
        let article = try HTMLArticleTests.page(html)
        // The extractor reads a page that is not an article as its plain text (the note that says
        // so is `HTMLExtraction.note`, in `reader show --json`), never as an empty article.
        #expect(article.hasBodyText)
        #expect(article.plainText.contains("Politics") && article.plainText.contains("Sport"))
    }
}

/// An article with nothing but a title says so in the text pane and is not marked read.
@Suite struct EmptyArticleScreenTests {
    @Test func anEmptyArticleSaysSoAndIsNotMarkedRead() throws {
        let article = try HTMLArticleTests.page("<html><head><title>Only a title</title></head><body><img src=a.png></body></html>")
        let size = Size(width: 100, height: 30)
        var state = Reducer.reduce(ReaderState(articles: [article], size: size), event: .resize(size))
        state = Reducer.reduce(state, event: .key(.enter))
        #expect(state.openArticle?.id == article.id)
        state = Reducer.reduce(state, event: .key(.character("G")))
        #expect(!state.list.readArticles.contains(article.id), "its end is on screen, but there was nothing to read")
        let screen = ScreenRenderer.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("This article has no text."))
    }

    @Test func anArticleWithTextHasNoSuchMessage() throws {
        let article = Fixtures.article("Title\n\nOne short paragraph.")
        let size = Size(width: 100, height: 30)
        var state = Reducer.reduce(ReaderState(articles: [article], size: size), event: .resize(size))
        state = Reducer.reduce(state, event: .key(.enter))
        #expect(state.list.readArticles.contains(article.id))
        #expect(!ScreenRenderer.render(state).lines().joined().contains("has no text"))
    }
}
