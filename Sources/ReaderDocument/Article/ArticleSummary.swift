import ReaderEntities

/// What the article list shows: enough to list an article without reading its body.
public struct ArticleSummary: Equatable, Sendable, Identifiable {
    public var id: ArticleID
    public var sourcePath: String
    public var title: String
    public var dateline: Dateline?
    /// Where the article came from when that is not a file: a feed's name.
    public var sourceName: String?
    /// The article's own note and tags, when it has them (for the list's tag column).
    public var annotation: ArticleAnnotation?

    public init(id: ArticleID, sourcePath: String, title: String, dateline: Dateline?) {
        self.id = id
        self.sourcePath = sourcePath
        self.title = title
        self.dateline = dateline
    }

    public init(_ article: Article) {
        self.init(id: article.id, sourcePath: article.sourcePath, title: article.title, dateline: article.dateline)
    }
}

/// How many results a library search lists: enough to browse, few enough that each key stays quick.
public let articleSearchLimit = 500

/// Where the reader gets a whole article when it is opened.
public protocol ArticleSource: Sendable {
    func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError>
    /// The article's first blocks, quickly, when reading it whole takes long (`isComplete` false);
    /// nil when the whole article is as quick to read.
    func beginning(of summary: ArticleSummary) -> Result<Article, ArticleLoadError>?
    /// Articles that mention an entity; nil where the source keeps no entity index.
    func articles(mentioning name: String, label: EntityLabel) throws -> Set<ArticleID>?
    /// Library search results, best first; nil where the source cannot search.
    func search(_ query: String) throws -> [ArticleID]?
    /// How many articles match in all, where `search` listed only the best `articleSearchLimit`;
    /// nil when unknown.
    func searchCount(_ query: String) throws -> Int?
    /// Every highlight in the library, newest first, narrowed by a search; nil without a library.
    func highlights(matching query: String?) throws -> [LibraryHighlight]?
    /// The articles carrying a tag (themselves or on a highlight); nil without a library.
    func articles(taggedWith tag: String) throws -> Set<ArticleID>?
    /// Every tag in use, by name; nil without a library.
    func tags() throws -> [String]?
}

extension ArticleSource {
    public func beginning(of summary: ArticleSummary) -> Result<Article, ArticleLoadError>? { nil }
    public func articles(mentioning name: String, label: EntityLabel) throws -> Set<ArticleID>? { nil }
    public func search(_ query: String) throws -> [ArticleID]? { nil }
    public func searchCount(_ query: String) throws -> Int? { nil }
    public func highlights(matching query: String?) throws -> [LibraryHighlight]? { nil }
    public func articles(taggedWith tag: String) throws -> Set<ArticleID>? { nil }
    public func tags() throws -> [String]? { nil }
}

/// Articles already in memory (tests, and paths loaded whole).
public struct InMemoryArticleSource: ArticleSource {
    let articles: [ArticleID: Article]

    public init(_ articles: [Article]) {
        self.articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> {
        articles[summary.id].map { .success($0) } ?? .failure(.missing(path: summary.sourcePath))
    }
}

/// Reads the file again when an article is opened.
public struct FileArticleSource: ArticleSource {
    public let loader: ArticleLoader

    public init(loader: ArticleLoader = ArticleLoader()) {
        self.loader = loader
    }

    public func article(for summary: ArticleSummary) -> Result<Article, ArticleLoadError> {
        loader.load(path: summary.sourcePath)
    }

    public func beginning(of summary: ArticleSummary) -> Result<Article, ArticleLoadError>? {
        loader.loadBeginning(path: summary.sourcePath)
    }
}
