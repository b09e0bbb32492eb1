import ReaderDocument

/// Only the articles that mention an entity (from the entity pane).
public struct EntityFilter: Equatable, Sendable {
    public var name: String
    public var articles: Set<ArticleID>
    /// The articles carrying the tag `name`, not mentioning an entity.
    public var isTag = false

    public init(name: String, articles: Set<ArticleID>, isTag: Bool = false) {
        self.name = name
        self.articles = articles
        self.isTag = isTag
    }
}

/// The article list: what narrows and orders it, the marks it shows, the selection, and the rows as
/// shown (`articles`), which are derived from the rest and listed again only by the mutations that
/// change what they are made of; moving the selection costs nothing however long the list is.
public struct ListState: Equatable, Sendable {
    /// Every article the reader knows: its orders and the list entries read so far.
    public private(set) var index: ArticleIndex
    public private(set) var filter: LibraryListQuery.Filter = .all
    public private(set) var sort: LibraryListQuery.Sort = .date
    /// Library search results, best first; nil when the list is not a search.
    public private(set) var searchResults: [ArticleID]?
    /// How many articles the search matched in all, when the list shows only the best of them.
    public private(set) var searchTotal: Int?
    /// Only the articles that mention an entity, or that carry a tag.
    public private(set) var entityFilter: EntityFilter?
    public private(set) var readArticles: Set<ArticleID> = []
    public private(set) var starredArticles: Set<ArticleID> = []
    /// The list as shown: the index filtered, searched and sorted (see `ArticleListing`).
    public private(set) var articles: ArticleList
    public var selectedIndex = 0
    /// First list row shown; kept so the selection moves without the list jumping.
    public var top = 0
    /// A list search made while only titles could be searched, which `n` repeats over the full
    /// text once the import has finished.
    public var titleOnlySearch: String?

    public init(index: ArticleIndex) {
        self.index = index
        articles = ArticleList(ids: [], index: index)
        relist()
    }

    /// Lists again from the inputs; a list that shrinks under the selection (the open article
    /// marked read while only unread ones are listed) must not leave the selection past its end.
    mutating func relist() {
        articles = ArticleListing.visible(self)
        selectedIndex = min(selectedIndex, max(0, articles.count - 1))
        top = min(top, selectedIndex)
    }

    public mutating func setFilter(_ filter: LibraryListQuery.Filter) {
        self.filter = filter
        relist()
    }

    public mutating func setSort(_ sort: LibraryListQuery.Sort) {
        self.sort = sort
        // An order that cannot be worked out here is asked for (`ListRowRequests`).
        _ = index.prepareOrder(sort)
        relist()
    }

    /// Shows search results (nil: not a search) and how many matched in all.
    public mutating func setSearch(_ results: [ArticleID]?, total: Int? = nil) {
        searchResults = results
        searchTotal = total
        relist()
    }

    public mutating func setEntityFilter(_ filter: EntityFilter?) {
        entityFilter = filter
        relist()
    }

    /// The whole list again: no search, no entity filter.
    public mutating func clearNarrowing() {
        searchResults = nil
        searchTotal = nil
        entityFilter = nil
        relist()
    }

    /// Marks an article read or unread; the list changes only while it shows unread articles.
    public mutating func setRead(_ id: ArticleID, _ read: Bool) {
        guard readArticles.contains(id) != read else { return }
        if read { readArticles.insert(id) } else { readArticles.remove(id) }
        if filter == .unread { relist() }
    }

    public mutating func setStarred(_ id: ArticleID, _ starred: Bool) {
        guard starredArticles.contains(id) != starred else { return }
        if starred { starredArticles.insert(id) } else { starredArticles.remove(id) }
        if filter == .starred { relist() }
    }

    /// Every mark at once (read from the library).
    public mutating func setMarks(read: Set<ArticleID>, starred: Set<ArticleID>) {
        readArticles = read
        starredArticles = starred
        relist()
    }

    /// A new index (the list read again from the library), its current order made ready.
    public mutating func replaceIndex(_ index: ArticleIndex) {
        self.index = index
        _ = self.index.prepareOrder(sort)
        relist()
    }

    /// Entries read for rows asked for: the rows shown stay as they are, only their entries change.
    public mutating func addEntries(_ entries: [ArticleSummary], askedFor ids: [ArticleID]) {
        index.add(entries, askedFor: ids)
        articles.summaries = index.summaries
    }

    /// A list entry changed here (its article's note or tags), when it has been read.
    public mutating func updateEntry(_ id: ArticleID, _ change: (inout ArticleSummary) -> Void) {
        guard var summary = index.summaries[id] else { return }
        change(&summary)
        addEntries([summary], askedFor: [])
    }

    /// Which entries and orders to ask the session for (each once per key); the list is unchanged.
    mutating func ask(forRows ids: some Sequence<ArticleID>) -> [ArticleID] {
        index.ask(forRows: ids)
    }

    mutating func ask(forOrder sort: LibraryListQuery.Sort) -> Bool {
        index.ask(forOrder: sort)
    }

    /// A new key: what could not be read is asked for again.
    mutating func forgetAsked() {
        index.forgetAsked()
    }

    /// An order read from the library.
    public mutating func setOrder(_ sort: LibraryListQuery.Sort, _ ids: [ArticleID]) {
        let unchanged = index.order(self.sort)
        index.setOrder(sort, ids)
        if index.order(self.sort) != unchanged { relist() }
    }

    /// The id of the selected row, if the list has one there.
    public var selectedID: ArticleID? {
        articles.ids.indices.contains(selectedIndex) ? articles.ids[selectedIndex] : nil
    }
}
