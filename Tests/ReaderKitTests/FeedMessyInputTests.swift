import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// Hand-written feeds from a newcomer's report (issue 22, newcomer 22): each fault with its feed inline.
@Suite struct FeedMessyInputTests {
    static func feed(_ xml: String, base: String? = "https://example.org/feed.xml") throws -> Feed {
        try FeedParser.parse(Array(xml.utf8), base: base, name: "test").get()
    }

    @Test func aControlCharacterDropsItsItemAndLeavesTheLaterItemsWhole() throws {
        let feed = try Self.feed("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Ctrl &amp; co</title><link>http://c.example/</link><description>d</description>
            <item><title>Before</title><link>http://c.example/1</link><description>&lt;p&gt;Before &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;</description></item>
            <item><title>Bad \u{1B}[31m char</title><link>http://c.example/2</link><description>x</description></item>
            <item><title>After</title><link>http://c.example/3</link><description>&lt;p&gt;After &lt;b&gt;bold&lt;/b&gt; &amp;amp; co&lt;/p&gt;</description></item>
            <item><title>After2 &amp; more &quot;quoted&quot; &apos;s</title><link>http://c.example/4?a=1&amp;b=2</link><description><![CDATA[<p>cdata <b>bold</b> &amp;amp; x</p>]]></description></item>
            </channel></rss>
            """)
        #expect(feed.recovered)
        #expect(feed.title == "Ctrl & co")
        #expect(feed.items.map(\.title) == ["Before", "After", "After2 & more \"quoted\" 's"])
        #expect(feed.items[2].link == "http://c.example/4?a=1&b=2")
        let summaries = FeedReport(feed).items.map(\.summary)
        #expect(summaries == ["Before bold", "After bold & co", "cdata bold &amp; x"])
    }

    @Test func bytesThatAreNotTheDeclaredUTF8AreReadAsWindows1252() throws {
        var bytes = Array("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wrong enc</title><item><title>
            """.utf8)
        bytes += [0x93] + Array("Smart quotes".utf8) + [0x94] + Array(" and ".utf8) + [0x96] + Array(" dash caf".utf8) + [0xE9]
        bytes += Array("</title><description>It".utf8) + [0x92] + Array("s broken</description></item></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes, name: "wrongenc").get()
        #expect(feed.encoding == "windows-1252")
        #expect(feed.recovered)
        #expect(feed.items.map(\.title) == ["\u{201C}Smart quotes\u{201D} and \u{2013} dash café"])
        #expect(FeedReport(feed).items[0].summary == "It\u{2019}s broken")
        // The same with no declaration at all.
        let undeclared = Array(bytes.drop { $0 != UInt8(ascii: "\n") }.dropFirst())
        #expect(try FeedParser.parse(undeclared, name: "undeclared").get().items.map(\.title) == feed.items.map(\.title))
    }

    @Test func atom03EscapedModeWithoutATypeIsEscapedHTML() throws {
        let feed = try Self.feed("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title mode="escaped">Dive &amp;lt;Into&amp;gt; Mark</title>
              <entry><title mode="escaped">Fish &amp;amp; &lt;b&gt;chips&lt;/b&gt;</title><id>urn:e1</id>
                <summary type="text/plain" mode="escaped">a &amp;lt;b&amp;gt; stays</summary></entry>
            </feed>
            """)
        #expect(feed.title == "Dive <Into> Mark")
        #expect(feed.items.map(\.title) == ["Fish & chips"])
        #expect(FeedReport(feed).items[0].summary == "a &lt;b&gt; stays")
    }

    @Test func enclosuresAreNumberedLinksInTheArticle() throws {
        let feed = try Self.feed("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>The Pod</title>
            <item><title>Episode 2</title><enclosure url="ep2.mp3" length="12582912" type="audio/mpeg"/>
              <guid isPermaLink="false">ep2-guid</guid><description>Ep 2 notes</description></item>
            <item><title>Video</title><link>https://example.org/v</link><media:content url="https://example.org/v.mp4" type="video/mp4"/></item>
            </channel></rss>
            """)
        let episode = FeedItemArticle.article(feed.items[0], feedId: 1)
        #expect(episode.paragraphs.contains("Enclosure: https://example.org/ep2.mp3 [1] (audio/mpeg, 12 MB)"))
        #expect(episode.links.map(\.url) == ["https://example.org/ep2.mp3"])
        let video = FeedItemArticle.article(feed.items[1], feedId: 1)
        #expect(video.links.map(\.url) == ["https://example.org/v.mp4", "https://example.org/v"])
        let atom = try Self.feed("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><id>urn:a</id>
              <link rel="enclosure" href="file.mp3" length="2600"/><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>
            """)
        let entry = FeedItemArticle.article(atom.items[0], feedId: 1)
        #expect(entry.paragraphs.prefix(2) == ["Body", "Enclosure: https://example.org/file.mp3 [1] (2.5 KB)"])
        #expect(FeedEnclosure.size(640) == "640 bytes")
        #expect(FeedEnclosure.size(0) == nil)
    }

    @Test func binaryAtomContentIsNamedNotShown() throws {
        let feed = try Self.feed("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Base64 content</title><id>urn:e3</id>
            <content type="image/png">iVBORw0KGgo=</content></entry></feed>
            """)
        #expect(FeedReport(feed).items[0].content == "[image/png content]")
    }

    @Test func rfc850AndMonthFirstDatesAndOutOfRangeTimesRejected() {
        #expect(FeedDate.parse("Sunday, 01-Dec-24 10:00:00 GMT") == FeedDate.parse("2024-12-01T10:00:00Z"))
        #expect(FeedDate.parse("Dec 1, 2024") == FeedDate.parse("2024-12-01"))
        #expect(FeedDate.parse("December 1, 2024 10:30 EST") == FeedDate.parse("2024-12-01T15:30:00Z"))
        #expect(FeedDate.parse("Sun, 1 Dec 2024 10:00:00 EST") == FeedDate.parse("2024-12-01T15:00:00Z"))
        #expect(FeedDate.parse("Mon, 02 Dec 2024 25:61:00 GMT") == nil)
        #expect(FeedDate.parse("2024-12-02T24:00:00Z") == nil)
        #expect(FeedDate.parse("31 Feb 2024") == nil)
        #expect(FeedDate.parse("29 Feb 2024") == FeedDate.parse("2024-02-29"))
    }

    @Test func legacyEntitiesWithoutASemicolonAreReadAsBrowsersDo() throws {
        let feed = try Self.feed("""
            <rss version="0.91"><channel><title>Old</title>
            <item><title>Fish &amp chips & beans &copy 2024</title><link>http://example.org/?a=1&copy=2</link></item>
            </channel></rss>
            """)
        #expect(feed.recovered)
        #expect(feed.items.map(\.title) == ["Fish & chips & beans © 2024"])
        #expect(feed.items[0].link == "http://example.org/?a=1&copy=2")
    }

    @Test func itemsSharingAGuidAreCountedAsLeftOut() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dup-guid-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try LibraryStore.open(path: path)
        let stored = try store.addFeed(url: "https://example.org/feed.xml")
        let feed = try Self.feed("""
            <rss version="2.0"><channel><title>Dup</title>
            <item><guid>same</guid><title>Dup guid A</title></item>
            <item><guid>same</guid><title>Dup guid B</title></item>
            <item><guid>other</guid><title>Other</title></item>
            </channel></rss>
            """)
        let update = try store.storeFeed(stored.id, title: feed.title, siteURL: nil, etag: nil, lastModified: nil,
                                         articles: feed.items.map { FeedItemArticle.article($0, feedId: stored.id) })
        #expect(update.added == 2)
        #expect(update.duplicates == 1)
        let result = FeedRefreshResult(feed: try #require(try store.feeds().first), outcome: .success(update))
        #expect(result.summary == "Dup: 2 new, 0 updated, 0 unchanged, 1 left out (the guid or id of an earlier item)")
    }
}
