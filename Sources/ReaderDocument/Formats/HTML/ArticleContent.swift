/// The article's content in a page: the pieces found and what was removed from them. A reading
/// that comes out under 500 characters is tried again without removing unlikely elements, then
/// without class weights, then without conditional cleaning; the longest reading is kept.
struct ArticleContent {
    var pieces: [ContentPiece]
    /// Removed nodes (hidden, unlikely, cleaned away), by index.
    var removed: [Bool]
    var textLength: Int
    /// The share of that text in links.
    var linkDensity: Double
    /// A byline element's text, when one was found (and removed from the content).
    var byline: String?

    static let enoughText = 500

    static func find(in fresh: ContentTree, title: String, lookForByline: Bool) -> ArticleContent {
        var attempts: [ArticleContent] = []
        var byline: String?
        var bylineNode: Int?
        for flags in [ContentFlags.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []] {
            var finder = ContentFinder(fresh, flags: flags, title: title, lookForByline: lookForByline && byline == nil)
            // A byline found in an earlier reading stays out of the content in the later ones.
            finder.bylineNode = bylineNode
            let pieces = finder.find()
            if byline == nil {
                byline = finder.byline
                bylineNode = finder.bylineNode
            }
            var cleaner = ContentCleaner(finder: finder, pieces: pieces)
            let cleaned = cleaner.clean()
            let length = cleaned.textLength(ofRun: pieces.flatMap(\.nodes))
            let density = cleaned.linkDensity(ofRun: pieces.flatMap(\.nodes))
            let attempt = ArticleContent(
                pieces: pieces, removed: cleaned.removed, textLength: length, linkDensity: density, byline: byline)
            if length >= enoughText { return attempt }
            attempts.append(attempt)
        }
        // The first of the longest, as a stable sort would give.
        var best = attempts[0]
        for attempt in attempts.dropFirst() where attempt.textLength > best.textLength { best = attempt }
        best.byline = byline
        return best
    }
}
