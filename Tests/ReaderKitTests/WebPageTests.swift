import Testing
@testable import ReaderDocument

/// What a fetched address holds, and how a feed item and its page are put together.
@Suite struct WebPageTests {
    static func kind(_ type: String?, _ text: String) -> WebDocumentKind {
        WebDocumentKind(contentType: type, bytes: Array(text.utf8))
    }

    @Test func theContentTypeAndTheFirstBytesDecideWhatAPageIs() {
        #expect(Self.kind("text/html", "<!doctype html><html><body><p>Hi</p></body></html>") == .html)
        #expect(Self.kind(nil, "\u{FEFF}  <!DOCTYPE HTML><title>x</title>") == .html)
        #expect(Self.kind("application/pdf", "anything") == .pdf)
        #expect(Self.kind("application/octet-stream", "%PDF-1.4\n") == .pdf)
        #expect(Self.kind("text/html", "%PDF-1.4\n") == .pdf, "bytes win over a wrong type")
        #expect(WebDocumentKind(contentType: "application/octet-stream", bytes: [0xFF, 0xD8, 0xFF, 0xE0]) == .image)
        #expect(Self.kind("image/svg+xml", "<svg/>") == .image)
        #expect(Self.kind("application/rss+xml", "<rss/>") == .feed)
        #expect(Self.kind("text/xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>") == .feed)
        #expect(Self.kind("text/html", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">") == .feed)
        #expect(Self.kind("text/html", "<html><body><p>Our <feed> of news</p>") == .html, "a page that mentions a feed")
        #expect(Self.kind("text/plain", "Just text.\n\nMore.") == .plainText)
        #expect(Self.kind("application/zip", "PK\u{3}\u{4}") == .other("application/zip"))
        #expect(WebDocumentKind(contentType: nil, bytes: [0x50, 0x4B, 0x00, 0x01]) == .other("binary data"))
    }

    @Test func markdownIsFoundByItsTypeOrItsAddress() {
        #expect(Self.kind("text/markdown", "# Title\n\nText.") == .markdown)
        #expect(Self.kind("text/x-markdown", "# Title\n\nText.") == .markdown)
        #expect(WebDocumentKind(contentType: "text/plain", bytes: Array("# Title".utf8), path: "/notes/README.MD") == .markdown)
        #expect(WebDocumentKind(contentType: "text/plain", bytes: Array("# Title".utf8), path: "/notes.txt") == .plainText)
        #expect(WebDocumentKind(contentType: "text/plain", bytes: Array("<html><body>x".utf8), path: "/notes.md") == .html, "the bytes still win")
    }

    @Test func imagesAreNamedByWhatTheirBytesAre() {
        #expect(WebDocumentKind.imageType(of: [0x89, 0x50, 0x4E, 0x47, 0x0D]) == "image/png")
        #expect(WebDocumentKind.imageType(of: [0xFF, 0xD8, 0xFF, 0xE0]) == "image/jpeg")
        #expect(WebDocumentKind.imageType(of: Array("GIF89a".utf8)) == "image/gif")
        #expect(WebDocumentKind.imageType(of: Array("<html>".utf8)) == nil)
        let png = WebPage.read(FetchedDocument(bytes: [0x89, 0x50, 0x4E, 0x47], contentType: "text/html"), url: "https://x.example/a", sourcePath: "https://x.example/a")
        guard case .failure(let error) = png else { Issue.record("a PNG read as a page"); return }
        #expect(error.reason == "an image (image/png), not a web page")
    }

    @Test func addressesAreNamedWithoutFragmentsAndWithLowerCaseSchemes() {
        #expect(WebAddress.articleName(" HTTPS://Example.com/a?b=1#top ") == "https://Example.com/a?b=1")
        #expect(WebAddress.articleName("https://example.com/a#") == "https://example.com/a")
        #expect(WebAddress.withLowercasedScheme("story.html") == "story.html")
        #expect(WebAddress.problem("ftp://example.com/x") == "not an http or https address")
        #expect(WebAddress.problem("http://") == "not a valid address")
        #expect(WebAddress.problem("HTTP://example.com/x") == nil)
        #expect(WebAddress.problem("notes/story.md") == nil, "a path")
    }

    @Test func refusedPagesSayWhatTheyAre() {
        func reason(_ type: String?, _ bytes: [UInt8]) -> WebPageError? {
            if case .failure(let error) = WebPage.read(FetchedDocument(bytes: bytes, contentType: type), url: "https://x.example/a", sourcePath: "https://x.example/a") {
                return error
            }
            return nil
        }
        #expect(reason("application/pdf", Array("%PDF-1.7".utf8))?.description == "https://x.example/a: a PDF document, not a web page (Reader reads HTML, text and Markdown)")
        #expect(reason("image/png", [0x89, 0x50, 0x4E, 0x47])?.reason == "an image (image/png), not a web page")
        #expect(reason("application/atom+xml", Array("<feed/>".utf8))?.isFeed == true)
        #expect(reason("text/plain", Array("  \n".utf8))?.reason == "the page has no text")
        #expect(reason("application/json", Array("{}".utf8))?.reason == "application/json, not a web page")
    }

    @Test func webAddressesAreHTTPOrHTTPSWithAHost() {
        #expect(WebPage.isWebAddress("https://news.example/a?b=1"))
        #expect(WebPage.isWebAddress("HTTP://news.example"))
        #expect(!WebPage.isWebAddress("news.example/a"))
        #expect(!WebPage.isWebAddress("file:///tmp/a.html"))
        #expect(!WebPage.isWebAddress("https:/no-host"))
        #expect(!WebPage.isWebAddress("/tmp/http:thing.txt"))
    }

    static let paragraphs = (1...6).map { "Paragraph \($0) of the full story, with every detail the summary in the feed left out of it." }

    static func item(_ body: [String], byline: String? = nil) -> Article {
        Article(id: ArticleID("feed:1:a"), sourcePath: "feed:1:a", title: "Feed title", byline: byline,
                dateline: Dateline(text: "5 Mar 2024", date: nil), paragraphs: body)
    }

    static func page(_ html: String) -> WebArticle {
        let document = FetchedDocument(bytes: Array(html.utf8), contentType: "text/html")
        return try! WebPage.read(document, url: "https://x.example/a", sourcePath: "feed:1:a").get()
    }

    @Test func anArticlePageReplacesTheSummaryUnderTheItemsTitleAndDate() {
        let html = "<html><head><title>Page title</title></head><body><article><p class=\"byline\">By Ana Sandoiu</p>"
            + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let merged = FullTextArticle.merge(Self.item(["Summary."]), page: .success(Self.page(html)))
        #expect(merged.title == "Feed title" && merged.dateline?.text == "5 Mar 2024")
        #expect(merged.byline == "Ana Sandoiu", "the page's byline where the feed has none")
        #expect(merged.paragraphs == Self.paragraphs)
        #expect(merged.note == nil && merged.id == ArticleID("feed:1:a") && merged.sourcePath == "feed:1:a")
        let kept = FullTextArticle.merge(Self.item(["Summary."], byline: "Feed Author"), page: .success(Self.page(html)))
        #expect(kept.byline == "Feed Author")
    }

    @Test func theFeedsTextStaysWithANoteWhenThePageCannotBeUsed() {
        let item = Self.item(["A summary that is longer than the page it links to, as some feeds carry the whole story."])
        let failed = FullTextArticle.merge(item, page: .failure(WebPageError(url: "https://x.example/a", reason: "HTTP 404 not found")))
        #expect(failed.plainText == item.plainText)
        #expect(failed.note == "Full text not fetched (HTTP 404 not found): this is the feed's text")

        let home = "<html><body><ul>" + (1...30).map { "<li><a href=\"/s/\($0)\">Story \($0)</a></li>" }.joined() + "</ul></body></html>"
        let notArticle = FullTextArticle.merge(item, page: .success(Self.page(home)))
        #expect(notArticle.plainText == item.plainText)
        #expect(notArticle.note == "Full text not used (the linked page is not an article): this is the feed's text")

        let short = FullTextArticle.merge(item, page: .success(Self.page("<html><body><article><p>Teaser.</p></article></body></html>")))
        #expect(short.plainText == item.plainText)
        #expect(short.note == "Full text not used (the linked page has less text than the feed): this is the feed's text")
    }
}
