import ReaderEntities
import ReaderDocument

/// The colours the views use, from the config file's `[colors]` (or the defaults).
public struct Theme: Hashable, Sendable {
    /// Mention and heading colour per entity category; nil keeps the terminal's colour and
    /// underlines instead.
    public var entities: [EntityCategory: Color?]
    /// Background per highlight colour.
    public var highlights: [HighlightColor: Color]
    /// Text on a highlight or search match.
    public var markedText: Color?
    /// Background of search matches in the article.
    public var searchMatch: Color?
    /// Background of the current search match (the one n/N went to), which is also bold and
    /// underlined so that it stands out without colour too.
    public var currentMatch: Color?

    public init(
        entities: [EntityCategory: Color?], highlights: [HighlightColor: Color], markedText: Color?, searchMatch: Color?,
        currentMatch: Color? = nil
    ) {
        self.entities = entities
        self.highlights = highlights
        self.markedText = markedText
        self.searchMatch = searchMatch
        self.currentMatch = currentMatch
    }

    /// Colours chosen to read on dark and light backgrounds alike: no white, black or yellow text;
    /// "other" keeps the terminal's colour and is underlined instead.
    public static let standard = Theme(
        entities: [.person: .cyan, .organisation: .magenta, .place: .green, .group: .red, .dateTime: .blue, .other: nil],
        highlights: [.yellow: .yellow, .green: .green, .blue: .cyan, .pink: .magenta],
        markedText: .black, searchMatch: .yellow, currentMatch: .red)

    public func color(of category: EntityCategory) -> Color? {
        entities[category] ?? nil
    }

    /// The style of a mention or heading of this category.
    public func style(of category: EntityCategory) -> Style {
        let color = color(of: category)
        return Style(foreground: color, underline: color == nil)
    }

    public func background(of highlight: HighlightColor) -> Color {
        highlights[highlight] ?? Self.standard.highlights[highlight] ?? .yellow
    }
}
