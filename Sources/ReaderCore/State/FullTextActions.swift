import ReaderText
import ReaderDocument

/// The full-text key: the open feed item's linked page fetched in the background (a web article's
/// page fetched again) and swapped in where the reader is.
enum FullTextActions {
    static func fetch(_ state: ReaderState) -> ReaderState {
        var state = state
        guard let article = state.openArticle else {
            state.statusMessage = "Open a feed item first: its full article is fetched from its link"
            return state
        }
        guard hasPage(article) else {
            state.statusMessage = "Only feed items and web pages have a page to fetch"
            return state
        }
        state.outbox.append(.fetchFullText(article.id))
        state.statusMessage = "Fetching the full article…"
        return state
    }

    /// A feed item, or an article added from the web (stored under its address).
    static func hasPage(_ article: Article) -> Bool {
        if FeedItemArticle.key(inSourcePath: article.sourcePath) != nil { return true }
        let scheme = LinkPolicy.scheme(of: article.sourcePath)
        return scheme == "http" || scheme == "https"
    }

    static func fetched(_ state: ReaderState, article: Article) -> ReaderState {
        guard let open = state.openArticle, open.id == article.id else {
            var state = state
            state.statusMessage = "Full article of \u{201C}\(TextSanitizer.sanitize(article.title, keepNewlines: false))\u{201D} fetched"
            return state
        }
        let unchanged = open == article
        let feedItem = FeedItemArticle.key(inSourcePath: article.sourcePath) != nil
        var state = Reducer.articleRefreshed(state, article: article)
        if unchanged {
            state.statusMessage = feedItem ? "The full article is already shown" : "The page has not changed since it was added"
        } else {
            state.statusMessage = article.note ?? (feedItem ? "Full article fetched" : "The page changed: this is its new text")
        }
        return state
    }

    static func notFetched(_ state: ReaderState, id: ArticleID, reason: String) -> ReaderState {
        var state = state
        state.statusMessage = "Full article not fetched: \(TextSanitizer.sanitize(reason, keepNewlines: false))"
        return state
    }
}
