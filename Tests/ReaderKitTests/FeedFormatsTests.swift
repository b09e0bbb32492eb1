import Foundation
import Testing
@testable import ReaderDocument

/// Feeds as the wild writes them: the forms of issue 22, each on the parse path refresh uses.
@Suite struct FeedFormatsTests {
    static func feed(_ xml: String, base: String? = "https://example.org/feed.xml") throws -> Feed {
        try FeedParser.parse(Array(xml.utf8), base: base, name: "test").get()
    }

    static func report(_ xml: String) throws -> FeedReport { FeedReport(try feed(xml)) }

    @Test func atom03WithIssuedModifiedAndBase64() throws {
        let feed = try Self.feed("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title mode="base64" type="text/plain">RXhhbXBsZSBmZWVk</title>
              <link rel="alternate" type="text/html" href="/"/>
              <entry>
                <title type="text/html" mode="escaped">Tom &amp;amp; Jerry</title>
                <id>tag:example.org,2003:1</id>
                <issued>2003-12-31T10:14:55Z</issued>
                <modified>2004-01-01T00:00:00Z</modified>
                <content type="text/html" mode="base64">PHA+SGVsbG8gPGI+d29ybGQ8L2I+PC9wPg==</content>
              </entry>
            </feed>
            """)
        #expect(feed.title == "Example feed")
        #expect(feed.siteURL == "https://example.org/")
        #expect(feed.items.map(\.title) == ["Tom & Jerry"])
        #expect(feed.items[0].published == FeedDate.parse("2003-12-31T10:14:55Z"))
        #expect(feed.items[0].updated == FeedDate.parse("2004-01-01T00:00:00Z"))
        #expect(FeedReport(feed).items[0].content == "Hello world")
        #expect(!feed.recovered)
    }

    @Test func xhtmlTitleKeepsEscapedMarkupAsWords() throws {
        let report = try Self.report("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
              <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">History of the &lt;blink&gt; tag</div></title>
              <summary type="text">A &lt;b&gt; is shown as written</summary>
            </entry></feed>
            """)
        #expect(report.items[0].title == "History of the <blink> tag")
        #expect(report.items[0].summary == "A <b> is shown as written")
    }

    @Test func dctermsDatesAndMediaTitleNeverOverridesTheItems() throws {
        let feed = try Self.feed("""
            <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:media="http://search.yahoo.com/mrss/">
            <channel><title>Photos</title>
              <item><media:title>Camera roll</media:title><title>Harbour at dawn</title>
                <dcterms:issued>2004-05-06T07:08:09+02:00</dcterms:issued><dcterms:modified>2004-05-07</dcterms:modified>
                <media:content url="pics/1.jpg" type="image/jpeg" fileSize="1200"/></item>
              <item><media:title>Only a media title</media:title></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.title) == ["Harbour at dawn", "Only a media title"])
        #expect(feed.items[0].published == FeedDate.parse("2004-05-06T05:08:09Z"))
        #expect(feed.items[0].updated == FeedDate.parse("2004-05-07"))
        #expect(feed.items[0].enclosures == [FeedEnclosure(url: "https://example.org/pics/1.jpg", type: "image/jpeg", length: 1200)])
    }

    @Test func xmlBaseResolvesLinksAndContent() throws {
        let report = try Self.report("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/blog/">
              <entry xml:base="2004/">
                <link href="post.html"/>
                <content type="html" xml:base="/media/">&lt;a href="pic.jpg"&gt;a picture&lt;/a&gt;</content>
              </entry>
            </feed>
            """)
        #expect(report.items[0].link == "http://example.com/blog/2004/post.html")
        #expect(report.items[0].content == "a picture [1]\n\nLinks\n\n[1] http://example.com/media/pic.jpg")
    }

    @Test func authorForms() {
        #expect(FeedAuthor.parse("me@example.com (Example editor)")?.display == "Example editor (me@example.com)")
        #expect(FeedAuthor.parse("Example editor (me@example.com)")?.display == "Example editor (me@example.com)")
        #expect(FeedAuthor.parse("Example editor <me@example.com>")?.display == "Example editor (me@example.com)")
        #expect(FeedAuthor.parse("mailto:me@example.com") == FeedAuthor(name: nil, email: "me@example.com"))
        #expect(FeedAuthor.parse("Mark Pilgrim")?.display == "Mark Pilgrim")
    }

    @Test func htmlEntitiesAndBareAmpersandsAreMendedAndMarkedRecovered() throws {
        let feed = try Self.feed("""
            <rss version="2.0"><channel><title>Caf&eacute; &amp; bar&nbsp;news</title>
            <item><title>Fish & chips</title><link>http://example.org/?a=1&b=2</link></item>
            </channel></rss>
            """)
        #expect(feed.recovered)
        // A no-break space stays one, as feedparser reads it (titles split only at ASCII white space).
        #expect(feed.title == "Café & bar\u{A0}news")
        #expect(feed.items.map(\.title) == ["Fish & chips"])
        #expect(feed.items[0].link == "http://example.org/?a=1&b=2")
    }

    @Test func aTruncatedFeedKeepsItsWholeItemsAndNeverHalfOfOne() throws {
        let feed = try Self.feed("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Cut off</title>
            <item><guid>1</guid><title>Whole</title></item>
            <item><guid>2</guid><title>Also whole</title></item>
            <item><guid>3</guid><title>Half of one
            """)
        #expect(feed.recovered)
        #expect(feed.title == "Cut off")
        #expect(feed.items.map(\.key) == ["1", "2"])
    }

    @Test func utf32AndBOMLessUTF16AreRead() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-32\"?><rss><channel><title>ñandú</title></channel></rss>"
        var utf32: [UInt8] = []
        for scalar in xml.unicodeScalars {
            let value = scalar.value
            utf32 += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
        }
        let wide = try FeedParser.parse(utf32, name: "utf32").get()
        #expect(wide.title == "ñandú")
        #expect(wide.encoding == "utf-32le")
        let utf16 = Array(xml.replacingOccurrences(of: "utf-32", with: "utf-16").utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let narrow = try FeedParser.parse(utf16, name: "utf16").get()
        #expect(narrow.title == "ñandú")
        #expect(narrow.encoding == "utf-16be")
    }

    @Test func windows1252ControlsAndDoubledUTF8BecomeTheCharactersMeant() throws {
        let feed = try Self.feed("""
            <rss version="2.0"><channel><item><title>don&#146;t</title><description>&#226;&#128;&#166;</description></item>
            <item><title>caf\u{E9} stays caf\u{E9}</title></item></channel></rss>
            """)
        #expect(feed.items.map(\.title) == ["don\u{2019}t", "café stays café"])
        #expect(FeedReport(feed).items[0].summary == "\u{2026}")
    }

    @Test func cdfChannelsAreRead() throws {
        let feed = try Self.feed("""
            <CHANNEL HREF="http://www.example.org/"><TITLE>Old site</TITLE>
            <ITEM HREF="news.html" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>News</TITLE><ABSTRACT>What happened</ABSTRACT></ITEM>
            </CHANNEL>
            """)
        #expect(feed.title == "Old site")
        #expect(feed.siteURL == "http://www.example.org/")
        #expect(feed.items.map(\.link) == ["https://example.org/news.html"])
        #expect(feed.items[0].updated == FeedDate.parse("2004-04-07T04:05:43Z"))
    }

    @Test func reportJSONHasTheIssuesShape() throws {
        let json = try Self.report("""
            <rss version="2.0"><channel><title>T</title><link>https://example.org/</link>
            <item><guid>g</guid><title>I</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
            <enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="9"/></item></channel></rss>
            """).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["feed", "recovered", "encoding", "items"])
        let feed = try #require(object["feed"] as? [String: Any])
        #expect(Set(feed.keys) == ["title", "link", "updated", "author"])
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "title", "link", "published", "updated", "author", "summary", "content", "enclosures"])
        #expect(item["published"] as? String == "2003-06-10T04:00:00Z")
        #expect((item["enclosures"] as? [[String: Any]])?.first?["url"] as? String == "https://example.org/a.mp3")
    }
}
