import ReaderText

/// An article's entities, ready for the screen: spans in text order and their alias groups.
public struct ArticleEntities: Sendable, Equatable {
    public let spans: [EntitySpan]
    public let groups: [EntityGroup]

    public init(spans: [EntitySpan]) {
        self.spans = spans.sorted { $0.start < $1.start }
        groups = EntityGroups.group(spans)
    }

    public static let empty = ArticleEntities(spans: [])

    /// Groups of one category, most mentioned first.
    public func groups(in category: EntityCategory) -> [EntityGroup] {
        groups.filter { EntityCategory(label: $0.label) == category }
    }

    /// Spans that overlap `range` of the plain text.
    public func spans(overlapping range: Range<Int>) -> ArraySlice<EntitySpan> {
        spans[SortedSpans.overlapping(spans, range) { $0.start..<$0.end }]
    }
}
