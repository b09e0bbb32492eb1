import Foundation
import Testing
@testable import ReaderDocument

/// Each rule of the content scoring on a small page written to show it.
@Suite struct ContentScoringTests {
    static func extract(_ html: String) throws -> HTMLExtraction {
        try HTMLPage.extraction(bytes: Array(html.utf8), id: ArticleID("p"), sourcePath: "/tmp/p.html", base: nil).get()
    }

    static func page(head: String = "", _ body: String) -> String {
        "<!DOCTYPE html><html><head><title>Test page</title>\(head)</head><body>\(body)</body></html>"
    }

    /// A paragraph of `sentences` sentences, each with a comma.
    static func prose(_ word: String, sentences: Int = 4) -> String {
        "<p>" + (0..<sentences).map { "The \(word) council met on day \($0), and the harbour stayed open all week long." }
            .joined(separator: " ") + "</p>"
    }

    @Test func theBlockWithMostParagraphTextWinsOverAnEarlierTeaserArticle() throws {
        // A first-<article>-wins rule would take the teaser and lose the story.
        let found = try Self.extract(Self.page("""
            <article class="teaser"><p>One sentence of a teaser for another story.</p></article>
            <div id="story">\(Self.prose("ferry"))\(Self.prose("ferry"))\(Self.prose("ferry"))</div>
            """))
        #expect(found.bodyText.contains("ferry council"))
        #expect(!found.bodyText.contains("teaser"))
    }

    @Test func commasAndLengthOutscoreAShortBlock() throws {
        let found = try Self.extract(Self.page("""
            <div><p>Short note without much to it at all here.</p><p>Another short note.</p></div>
            <div>\(Self.prose("harbour", sentences: 4))\(Self.prose("harbour", sentences: 4))</div>
            """))
        #expect(found.bodyText.contains("harbour council"))
        #expect(!found.bodyText.contains("Short note"))
    }

    @Test func linkDensityScalesABlockOfLinksDown() throws {
        let links = (0..<12).map { "<p><a href=\"/s/\($0)\">A long headline of another story, number \($0), with many words</a></p>" }.joined()
        let found = try Self.extract(Self.page("""
            <div id="a">\(links)</div><div id="b">\(Self.prose("lighthouse"))\(Self.prose("lighthouse"))</div>
            """))
        #expect(found.bodyText.contains("lighthouse council"))
        #expect(!found.bodyText.contains("another story"))
    }

    @Test func classWordsWeighBlocksUpAndDown() throws {
        // The same text twice: the "comment" block loses 25, the "article-body" block gains 25.
        let found = try Self.extract(Self.page("""
            <div class="comment-list">\(Self.prose("quay"))\(Self.prose("quay"))</div>
            <div class="article-body">\(Self.prose("pier"))\(Self.prose("pier"))</div>
            """))
        #expect(found.bodyText.contains("pier council"))
        #expect(!found.bodyText.contains("quay council"))
    }

    @Test func unlikelyBlocksAreRemovedBeforeScoring() throws {
        let found = try Self.extract(Self.page("""
            <div id="story">\(Self.prose("dock"))\(Self.prose("dock"))
            <div class="related-stories"><p>Related: the other harbour, in the north, reopens its gates, a week later.</p></div>
            \(Self.prose("dock"))</div>
            """))
        #expect(found.bodyText.contains("dock council"))
        #expect(!found.bodyText.contains("Related:"))
    }

    @Test func siblingsScoringNearTheBestBlockJoinIt() throws {
        // The story is split in two by an advert; both halves score close and are merged.
        let found = try Self.extract(Self.page("""
            <div id="wrap"><div class="part">\(Self.prose("first"))\(Self.prose("first"))</div>
            <div class="advert-slot"><a href="/ad">Buy now</a></div>
            <div class="part">\(Self.prose("second"))\(Self.prose("second"))</div></div>
            <div class="footer-links"><a href="/a">About</a> <a href="/b">Contact</a></div>
            """))
        #expect(found.bodyText.contains("first council"))
        #expect(found.bodyText.contains("second council"))
        #expect(!found.bodyText.contains("Buy now") && !found.bodyText.contains("Contact"))
    }

    @Test func aSiblingParagraphReadingAsProseJoinsTheArticle() throws {
        let found = try Self.extract(Self.page("""
            <div><p>A lead paragraph outside the story's block, long enough to read as prose on its own here.</p>
            <div id="story">\(Self.prose("bay"))\(Self.prose("bay"))\(Self.prose("bay"))</div></div>
            """))
        #expect(found.bodyText.contains("A lead paragraph"))
    }

    @Test func inlineTextInADivOfBlocksIsScoredAsAParagraph() throws {
        // Text straight in a <div>, beside a heading, as some sites write paragraphs.
        let text = (0..<6).map { "Plain text of the story, sentence \($0), with a comma, and more words." }.joined(separator: " ")
        let found = try Self.extract(Self.page("""
            <div class="sidebar-box"><p>Short links box.</p></div>
            <div class="entry">\(text)<h3>Later</h3>\(text)<br><br>\(text)</div>
            """))
        #expect(found.bodyText.contains("Plain text of the story"))
        #expect(found.bodyText.contains("Later"))
    }

    @Test func conditionalCleaningDropsLinkListsAndKeepsDataTables() throws {
        let found = try Self.extract(Self.page("""
            <div id="story">\(Self.prose("tide"))
            <div><p>Most read</p><a href="/1">Most read one</a>, <a href="/2">Most read two</a>, <a href="/3">Most read three</a></div>
            <table><caption>Tides</caption><tr><th>Time</th><th>Height</th></tr><tr><td>06:12</td><td>0.4 m</td></tr></table>
            \(Self.prose("tide"))</div>
            """))
        #expect(found.bodyText.contains("tide council"))
        #expect(!found.bodyText.contains("Most read"))
        #expect(found.bodyText.contains("06:12"))
    }

    @Test func hiddenShareAndPromptElementsAreDropped() throws {
        let found = try Self.extract(Self.page("""
            <div id="story">\(Self.prose("wharf"))
            <div style="display: none">Hidden text</div><div aria-hidden="true">Also hidden</div>
            <div class="share-tools"><a href="/s">Share this</a></div>
            <div class="newsletter-signup">Get our newsletter every morning.</div>
            \(Self.prose("wharf"))</div>
            """))
        #expect(found.bodyText.contains("wharf council"))
        for dropped in ["Hidden text", "Also hidden", "Share this", "newsletter"] {
            #expect(!found.bodyText.contains(dropped), "\(dropped)")
        }
    }

    @Test func aHeadingRepeatingTheTitleIsNotBodyText() throws {
        let found = try Self.extract(Self.page(head: "<meta property=\"og:title\" content=\"Harbour reopens after storm\">", """
            <div id="story"><h1>Harbour reopens after the storm</h1>\(Self.prose("gale"))\(Self.prose("gale"))</div>
            """))
        #expect(found.article.title == "Harbour reopens after storm")
        #expect(!found.bodyText.contains("Harbour reopens"))
    }

    @Test func aBylineElementGivesTheBylineAndLeavesTheBody() throws {
        let found = try Self.extract(Self.page("""
            <div id="story"><div class="byline">By <span itemprop="name">Ida Berg</span>, harbour reporter</div>
            \(Self.prose("mooring"))\(Self.prose("mooring"))</div>
            """))
        #expect(found.article.byline == "Ida Berg")
        #expect(!found.bodyText.contains("harbour reporter"))
    }

    @Test func aPageReadAgainWithFewerRulesWhenTheFirstReadingIsTooShort() throws {
        // The story sits in a block whose class says "header": the first reading removes it.
        let found = try Self.extract(Self.page("""
            <div class="site-header-wrap">\(Self.prose("buoy"))\(Self.prose("buoy"))</div>
            <div><p>Copyright notice.</p></div>
            """))
        #expect(found.bodyText.contains("buoy council"))
    }

    @Test func metadataInOrderOfTrust() throws {
        let head = """
            <link rel="canonical" href="https://news.example.org/harbour">
            <meta property="og:title" content="OpenGraph title"><meta name="author" content="Meta Author">
            <meta property="og:site_name" content="OG Site"><meta property="article:published_time" content="2024-03-05T09:30:00Z">
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
              {"@type": "NewsArticle", "headline": "JSON-LD headline", "author": [{"@type": "Person", "name": "Ana Quist"}, {"name": "Jo Lind"}],
               "datePublished": "2024-03-06T10:00:00Z", "publisher": {"@type": "Organization", "name": "The Gazette"}}]}</script>
            """
        let found = try Self.extract("<html lang=\"en-GB\"><head>\(head)</head><body><div>\(Self.prose("x"))</div></body></html>")
        #expect(found.article.title == "JSON-LD headline")
        #expect(found.article.byline == "Ana Quist, Jo Lind")
        #expect(found.article.dateline?.date == ISO8601DateFormatter().date(from: "2024-03-06T10:00:00Z"))
        #expect(found.metadata.siteName == "The Gazette")
        #expect(found.metadata.language == "en-GB")
        #expect(found.metadata.address == "https://news.example.org/harbour")

        let withoutJSON = try Self.extract("<html><head>\(head.components(separatedBy: "<script")[0])</head><body>\(Self.prose("x"))</body></html>")
        #expect(withoutJSON.article.title == "OpenGraph title")
        #expect(withoutJSON.article.byline == "Meta Author")
        #expect(withoutJSON.metadata.siteName == "OG Site")
    }

    @Test func structuredDataSurvivesThoughScriptsAreDropped() throws {
        let tree = try #require(HTMLParser.parse(Array("<html><head><script type=\"application/ld+json\">{\"a\": 1}</script><script>var x = 1;</script></head><body><p>T</p></body></html>".utf8)))
        #expect(tree.structuredData == ["{\"a\": 1}"])
        #expect(!tree.textContent(HTMLTree.root).contains("var x"))
    }

    @Test func aPageThatIsNotAnArticleIsItsPlainTextWithANote() throws {
        let teasers = (0..<30).map { "<div class=\"card\"><h3><a href=\"/s/\($0)\">Story \($0) headline</a></h3><p>Teaser \($0).</p></div>" }.joined()
        let found = try Self.extract(Self.page("<nav><a href=\"/\">Home</a></nav><div class=\"grid\">\(teasers)</div>"))
        #expect(found.note != nil)
        #expect(found.bodyText.contains("Story 0 headline") && found.bodyText.contains("Story 29 headline"))
        // An article is not flagged.
        let article = try Self.extract(Self.page("<div>\(Self.prose("a"))\(Self.prose("a"))\(Self.prose("a"))</div>"))
        #expect(article.note == nil)
    }

    @Test func documentTitleLosesTheSiteNameAsReadabilityReadsIt() {
        func title(_ text: String, _ body: String = "") -> String {
            DocumentTitle.title(in: HTMLParser.parse(Array("<html><head><title>\(text)</title></head><body>\(body)</body></html>".utf8))!)
        }
        #expect(title("Harbour lights return to Port Avel | The Coastal Gazette") == "Harbour lights return to Port Avel")
        #expect(title("News » Harbour lights return to Port Avel") == "Harbour lights return to Port Avel")
        #expect(title("Gazette: Harbour lights return to Port Avel tonight") == "Harbour lights return to Port Avel tonight")
        #expect(title("Short", "<h1>The only heading of the page</h1>") == "The only heading of the page")
    }

    @Test func plainBodyTextHasNoLinkMarkersOrLinkList() throws {
        let found = try Self.extract(Self.page("<div>\(Self.prose("a"))<p>See <a href=\"https://e.org/x\">the report</a> today.</p>\(Self.prose("a"))</div>"))
        #expect(found.bodyText.contains("See the report today."))
        #expect(!found.bodyText.contains("[1]") && !found.bodyText.contains("https://e.org/x"))
        #expect(found.article.plainText.contains("[1]"))
    }

    @Test func jsonLDArticleBodyStandsInOnlyWhenTheScoringMissedTheStory() throws {
        let story = (0..<12).map { "Sentence \($0) of the whole story about the harbour, its ferries and the council." }.joined(separator: " ")
        let head = "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"H\", \"articleBody\": \"\(story)\\n\(story)\"}</script>"
        // The page itself shows a teaser only (the body is drawn by a script).
        let teaser = try Self.extract(Self.page(head: head, "<div id=\"teaser\"><p>A short teaser for the story, nothing more here.</p></div>"))
        #expect(teaser.bodyText.hasPrefix("Sentence 0 of the whole story"))
        #expect(teaser.bodyText.components(separatedBy: "\n\n").count == 2)
        // When the page's text holds the story, the page's own blocks (with their links) stay.
        let html = "<div>" + (0..<12).map { "<p>Sentence \($0) of the whole story about the harbour, its <a href=\"/f\">ferries</a> and the council.</p>" }.joined() + "</div>"
        let full = try Self.extract(Self.page(head: head, html))
        #expect(full.article.links.count == 1)
    }

    @Test func captionsStayAndTheirImageCreditsGo() throws {
        let found = try Self.extract(Self.page("""
            <div id="story">\(Self.prose("sail"))<figure><img src="a.jpg"><figcaption>The old lighthouse at dusk.
            <span class="image-credit">Photo: Ida Berg</span></figcaption></figure>\(Self.prose("sail"))</div>
            """))
        #expect(found.bodyText.contains("The old lighthouse at dusk."))
        #expect(!found.bodyText.contains("Ida Berg"))
    }
}
