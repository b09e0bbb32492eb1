import Foundation
import ReaderDocument

/// The open article's wrapped rows and text units, built once and shared by successive states.
/// A memo, not state: the same article, width and borders always give the same layout, so two
/// states are equal whatever their memos hold, and copying a state shares it.
public struct LayoutMemo: Equatable, Sendable {
    private let cache = LayoutCache()

    public init() {}

    public static func == (lhs: LayoutMemo, rhs: LayoutMemo) -> Bool { true }

    /// Words, sentences and paragraphs of the article, built once rather than on every caret move.
    public func units(for article: Article) -> TextUnits { cache.units(for: article) }

    /// The article wrapped to a width: the one built already, re-wrapped only if the width changed.
    public func layout(for article: Article, width: Int, tableWidth: Int? = nil, borders: TableBorders = .unicode) -> ArticleLayout {
        cache.layout(for: article, width: width, tableWidth: tableWidth, borders: borders)
    }

    /// Drops what was built for the article being read: its text changed under the same id.
    public func forget() { cache.forget() }
}

/// Holds the layout and the text units of the article being read; a new article replaces them.
/// The lock guards this table. The `ArticleLayout` it hands out fills its own row caches as it is
/// read, so it is for one thread at a time: the session's loop, which reduces and renders.
final class LayoutCache: @unchecked Sendable {
    private let lock = NSLock()
    private var current: ArticleLayout?
    private var currentUnits: (id: ArticleID, units: TextUnits)?

    func units(for article: Article) -> TextUnits {
        lock.withLock {
            if let currentUnits, currentUnits.id == article.id, currentUnits.units.scalars.count == article.plainTextLength {
                return currentUnits.units
            }
            let units = TextUnits(article)
            currentUnits = (article.id, units)
            return units
        }
    }

    func forget() {
        lock.withLock {
            current = nil
            currentUnits = nil
        }
    }

    func layout(for article: Article, width: Int, tableWidth: Int?, borders: TableBorders) -> ArticleLayout {
        lock.withLock {
            // The beginning of a long article and the whole of it share an id, not a layout.
            if let current, current.article.id == article.id, current.article.isComplete == article.isComplete,
               current.article.plainTextLength == article.plainTextLength, current.tableBorders == borders {
                current.setWidth(width, tableWidth: tableWidth)
                return current
            }
            let layout = ArticleLayout(article: article, width: width, tableWidth: tableWidth, tableBorders: borders)
            current = layout
            return layout
        }
    }
}
