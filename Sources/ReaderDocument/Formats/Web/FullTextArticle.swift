/// A feed item shown with the article its link points to: the page's text under the item's
/// title and date, or the feed's own text with a note saying why the page's was not used.
public enum FullTextArticle {
    public static func merge(_ item: Article, page: Result<WebArticle, WebPageError>) -> Article {
        switch page {
        case .failure(let error):
            return withNote(item, "Full text not fetched (\(error.reason)): this is the feed's text")
        case .success(let found):
            if let reason = reasonNotUsed(item, page: found) {
                return withNote(item, "Full text not used (\(reason)): this is the feed's text")
            }
            let page = found.article
            return Article(
                id: item.id, sourcePath: item.sourcePath, title: item.title == "(untitled)" ? page.title : item.title,
                byline: item.byline ?? page.byline, dateline: item.dateline ?? page.dateline, body: page.body, links: page.links)
        }
    }

    /// Why a fetched page's text does not replace the item's; nil when it does.
    public static func reasonNotUsed(_ item: Article, page: WebArticle) -> String? {
        guard page.isArticle else { return "the linked page is not an article" }
        let pageText = bodyLength(page.article)
        guard pageText > 0, pageText >= bodyLength(item) else { return "the linked page has less text than the feed" }
        return nil
    }

    static func withNote(_ article: Article, _ note: String) -> Article {
        var article = article
        article.note = note
        return article
    }

    /// Scalars of body text, without the list of links that ends it.
    static func bodyLength(_ article: Article) -> Int {
        let linkBlocks = article.links.isEmpty ? 0 : article.links.count + 1
        return article.blocks.filter(\.kind.isBody).dropLast(linkBlocks).reduce(0) { $0 + $1.length }
    }
}
