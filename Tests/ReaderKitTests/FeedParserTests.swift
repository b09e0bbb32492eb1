import Foundation
import Testing
@testable import ReaderDocument

@Suite struct FeedParserTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: HTMLArticleTests.folder.appendingPathComponent(name)))
    }

    static func feed(_ name: String) throws -> Feed {
        try FeedParser.parse(bytes(name), name: name).get()
    }

    @Test func rss2ItemsWithContentEncodedGuidAndDates() throws {
        let feed = try Self.feed("rss2.xml")
        #expect(feed.title == "Harbour Notes")
        #expect(feed.items.map(\.key) == ["harbour-001", "https://harbour.example.org/lighthouse"])
        #expect(feed.items[0].title == "Ferry & bus times change")
        #expect(feed.items[0].author == "Mira Okonkwo")
        #expect(feed.items[0].published == Date(timeIntervalSince1970: 1_709_627_400))
        let article = FeedItemArticle.article(feed.items[0], feedId: 7)
        #expect(article.sourcePath == "feed:7:harbour-001")
        #expect(article.paragraphs.first == "The morning ferry leaves at 06:10. See the timetable [1].")
        #expect(!article.plainText.contains("alert"))
        #expect(article.links.map(\.url) == ["https://harbour.example.org/timetable", "https://harbour.example.org/ferry"])
        #expect(article.styles.contains { $0.kind == .emphasis })
        // Escaped HTML in a description is HTML too.
        let second = FeedItemArticle.article(feed.items[1], feedId: 7)
        #expect(second.paragraphs.first == "Climb all 142 steps.")
        #expect(second.dateline?.date == Date(timeIntervalSince1970: 1_709_726_400))
    }

    @Test func rss1WithDeclaredLatin1() throws {
        let feed = try Self.feed("rss1.xml")
        #expect(feed.title == "Valley Post")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].title == "New café opens")
        #expect(feed.items[0].key == "https://valley.example.org/cafe")
        #expect(feed.items[0].author == "Jonas Lind")
        // dc:date says when the item was last changed (as feedparser reads it); the reader shows it.
        #expect(feed.items[0].updated == Date(timeIntervalSince1970: 1_705_305_600))
        #expect(feed.items[0].date == Date(timeIntervalSince1970: 1_705_305_600))
        let latin1 = try Self.feed("latin1.xml")
        #expect(latin1.title == "Café Daily")
        #expect(latin1.items.first?.title == "Crème")
    }

    @Test func atomHtmlXhtmlAndTextContent() throws {
        let feed = try Self.feed("atom.xml")
        #expect(feed.title == "Night Sky Log")
        #expect(feed.siteURL == "https://sky.example.org/")
        #expect(feed.items.map(\.title) == ["Comet visible tonight", "Moon notes", "Plain summary"])
        #expect(feed.items[0].key == "tag:sky.example.org,2024:comet")
        #expect(feed.items[0].author == "Ana Quist")
        #expect(feed.items[0].published == Date(timeIntervalSince1970: 1_711_994_400))
        let comet = FeedItemArticle.article(feed.items[0], feedId: 1)
        #expect(comet.links.first?.url == "https://sky.example.org/north.html")
        let moon = FeedItemArticle.article(feed.items[1], feedId: 1)
        #expect(moon.paragraphs == ["The moon is full."])
        #expect(moon.styles.map(\.kind) == [.strong])
        let plain = FeedItemArticle.article(feed.items[2], feedId: 1)
        #expect(plain.paragraphs == ["Clear skies <expected>."])
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let feed = try Self.feed("xxe.xml")
        let article = FeedItemArticle.article(try #require(feed.items.first), feedId: 1)
        #expect(!article.plainText.contains("root:"))
        #expect(article.plainText.contains("Before") && article.plainText.contains("after"))
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        let start = Date()
        let result = FeedParser.parse(try Self.bytes("laughs.xml"), name: "laughs.xml")
        #expect(Date().timeIntervalSince(start) < 2)
        if case .success(let feed) = result {
            // Whatever libxml2 keeps, Reader never expands the entities.
            #expect(feed.items.allSatisfy { ($0.title ?? "").count < 1000 })
        }
    }

    @Test func unreadableOrForeignDocumentsAreErrorsNamingTheFeed() throws {
        let unreadable = FeedParser.parse(Array("Service unavailable, try later".utf8), name: "https://example.org/broken.xml")
        guard case .failure(let error) = unreadable else { Issue.record("text parsed as a feed"); return }
        #expect(error.description.hasPrefix("https://example.org/broken.xml: not well-formed XML (line "))
        let html = FeedParser.parse(Array("<html><body>hi</body></html>".utf8), name: "page")
        guard case .failure(let foreign) = html else { Issue.record("HTML parsed as a feed"); return }
        #expect(foreign.reason == "not an RSS or Atom feed (root element <html>)")
        #expect((try? FeedParser.parse([], name: "empty").get()) == nil)
        #expect((try? FeedParser.parse([0x3C, 0, 0x3E], name: "binary").get()) == nil)
    }

    @Test func datesFromRFC822AndRFC3339() {
        #expect(FeedDate.parse("Tue, 10 Jun 2003 04:00:00 GMT") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDate.parse("10 Jun 03 04:00 EST") == Date(timeIntervalSince1970: 1_055_235_600))
        #expect(FeedDate.parse("Tue, 10 Jun 2003 06:00:00 +0200") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDate.parse("2003-06-10T04:00:00Z") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDate.parse("2003-06-10T06:00:00.5+02:00") == Date(timeIntervalSince1970: 1_055_217_600.5))
        #expect(FeedDate.parse("2003-06-10") == Date(timeIntervalSince1970: 1_055_203_200))
        for bad in ["", "yesterday", "2003-13-01", "32 Jun 2003", "2003-06-10T25:00:00Z", String(repeating: "9", count: 500)] {
            #expect(FeedDate.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func opmlImportAndExportRoundTrip() throws {
        let subscriptions = try OPML.parse(Self.bytes("feeds.opml"), name: "feeds.opml").get()
        #expect(subscriptions == [
            OPML.Subscription(url: "https://harbour.example.org/feed.xml", title: "Harbour Notes"),
            OPML.Subscription(url: "https://sky.example.org/atom.xml", title: "Sky & Stars"),
        ])
        let written = OPML.document(subscriptions + [OPML.Subscription(url: "https://a.example/?x=1&y=2", title: "Q \"quoted\" <b>")])
        let again = try OPML.parse(Array(written.utf8), name: "written").get()
        #expect(again.last == OPML.Subscription(url: "https://a.example/?x=1&y=2", title: "Q \"quoted\" <b>"))
        #expect(again.count == 3)
    }
}
