import Foundation

/// Which elements carry an item's dates, in the order feedparser prefers them.
enum FeedDates {
    /// When an item was first published, besides RSS's pubDate and Atom's published.
    static let publishedElements: [(String, FeedVocabulary)] = [("issued", .dublinCoreTerms), ("published", .atom)]
    /// When it was last changed, besides Atom's updated.
    static let updatedElements: [(String, FeedVocabulary)] = [
        ("modified", .dublinCoreTerms), ("date", .dublinCore), ("updated", .atom),
    ]

    /// The first of these elements that holds a date this parser can read; of repeated
    /// elements, the last (feedparser's choice: a later value overwrites an earlier one).
    static func first(_ node: MarkupNode, _ candidates: [(String, FeedVocabulary)]) -> Date? {
        for (name, vocabulary) in candidates {
            for element in node.children(name, in: vocabulary).reversed() {
                if let text = element.trimmedText, let date = FeedDate.parse(text) { return date }
            }
        }
        return nil
    }
}
