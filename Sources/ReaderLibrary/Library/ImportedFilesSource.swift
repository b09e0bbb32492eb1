import ReaderEntities
import ReaderDocument

/// Files opened directly whose import into the library has finished: they are still read from
/// their files, but searched, and found by their entities, through the library's indexes, as
/// library articles are. Results outside the opened files are left out.
public struct ImportedFilesSource: ArticleSource {
    public let files: FileArticleSource
    public let store: LibraryStore
    /// The file articles' identifiers by library row.
    let articleIDs: [Int64: ArticleID]

    /// `rows` maps each file's source path (its article identifier) to its library row.
    public init(files: FileArticleSource, store: LibraryStore, rows: [String: Int64]) {
        self.files = files
        self.store = store
        articleIDs = Dictionary(rows.map { ($0.value, ArticleID($0.key)) }, uniquingKeysWith: { first, _ in first })
    }

    public func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> {
        files.article(for: summary)
    }

    public func beginning(of summary: ArticleSummary) -> Result<Article, ArticleLoadError>? {
        files.beginning(of: summary)
    }

    public func search(_ query: String) throws -> [ArticleID]? {
        // Unlimited in the library, then narrowed: the best 500 of the whole library may hold
        // none of these files.
        let rows = try store.searchIDs(query, limit: Int.max)
        return Array(rows.compactMap { articleIDs[$0] }.prefix(articleSearchLimit))
    }

    public func searchCount(_ query: String) throws -> Int? {
        let rows = try store.searchIDs(query, limit: Int.max)
        return rows.reduce(0) { $0 + (articleIDs[$1] == nil ? 0 : 1) }
    }

    public func articles(mentioning name: String, label: EntityLabel) throws -> Set<ArticleID>? {
        let rows = try store.articles(mentioning: name, label: label)
        return Set(rows.compactMap { articleIDs[$0] })
    }

    public func articles(taggedWith tag: String) throws -> Set<ArticleID>? {
        Set(try store.articleRows(taggedWith: tag).compactMap { articleIDs[$0] })
    }

    public func tags() throws -> [String]? {
        try store.allTags()
    }

    /// Every highlight in the library; those of these files name the file's article, so they open.
    public func highlights(matching query: String?) throws -> [LibraryHighlight]? {
        let items = try store.allHighlights(matching: query)
        return items.map { item in
            var item = item
            if let row = item.highlight.articleID.flatMap(LibraryStore.rowID(of:)), let id = articleIDs[row] {
                item.highlight.articleID = id
            }
            return item
        }
    }
}
