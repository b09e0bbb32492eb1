import Foundation
import ReaderDocument

/// Fetches web pages and reads the article in them, through the same fetcher (and so the same
/// helper process and limits) as feeds.
public struct WebPageFetcher: Sendable {
    public var fetcher: FeedFetcher

    public init(fetcher: FeedFetcher) {
        self.fetcher = fetcher
    }

    /// The article at `url`, stored under `sourcePath` (the address itself unless said otherwise).
    public func article(at url: String, sourcePath: String? = nil) -> Result<WebArticle, WebPageError> {
        switch fetcher.fetch(FeedRequest(url: WebAddress.withLowercasedScheme(url), page: true)) {
        case .failure(let error):
            return .failure(WebPageError(url: url, reason: error.reason))
        case .success(.notModified):
            return .failure(WebPageError(url: url, reason: "the server answered 304 Not Modified to a plain request"))
        case .success(.fetched(let document)):
            return WebPage.read(document, url: url, sourcePath: sourcePath ?? url)
        }
    }
}
