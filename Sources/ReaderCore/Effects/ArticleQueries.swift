import ReaderEntities
import ReaderDocument

/// Answers the effects that only read (an article's body, a search, the articles mentioning an
/// entity, notes, list rows and orders) from a source and a catalog; a failure is answered with
/// `.storeFailed`, so the status line says what could not be read. Effects that write or need the
/// terminal are not answered here.
public struct ArticleQueries {
    public var source: ArticleSource?
    /// Where list rows and orders come from; nil when they are all in the state.
    public var catalog: ArticleCatalog?
    /// The stored reading position of an article.
    public var storedPosition: (ArticleID) -> ScrollAnchor?
    /// The stored highlights of an article; nil leaves `.loadHighlights` unanswered.
    public var highlights: ((ArticleID) throws -> [Highlight])?
    /// The stored note and tags of an article, by source path; nil leaves `.loadArticleAnnotation` unanswered.
    public var articleAnnotation: ((String) throws -> ArticleAnnotation?)?

    public init(
        source: ArticleSource?, catalog: ArticleCatalog? = nil, storedPosition: @escaping (ArticleID) -> ScrollAnchor? = { _ in nil },
        highlights: ((ArticleID) throws -> [Highlight])? = nil, articleAnnotation: ((String) throws -> ArticleAnnotation?)? = nil
    ) {
        self.source = source
        self.catalog = catalog
        self.storedPosition = storedPosition
        self.highlights = highlights
        self.articleAnnotation = articleAnnotation
    }

    /// The answers to an effect; nil for one this does not answer.
    public func answer(_ effect: Effect) -> [ReaderEvent]? {
        switch effect {
        case .loadArticle(let summary, let opening):
            guard let source else { return nil }
            // A long file shows its first screens at once; `.readRestOfArticle` follows.
            if case .success(let beginning)? = source.beginning(of: summary) {
                return [.articleLoaded(beginning, storedPosition: storedPosition(beginning.id), opening)]
            }
            switch source.article(for: summary) {
            case .success(let article): return [.articleLoaded(article, storedPosition: storedPosition(article.id), opening)]
            case .failure(let error): return [.articleNotLoaded(summary, reason: error.description)]
            }
        case .readRestOfArticle(let summary):
            guard let source else { return nil }
            return [Self.rest(of: summary, from: source)]
        case .replayInput(let events):
            return events.map(ReaderEvent.input)
        case .loadHighlights(let id):
            guard let highlights else { return nil }
            return read("Highlights could not be read") { [.highlightsLoaded(id, try highlights(id))] }
        case .loadArticleAnnotation(let id, let path):
            guard let articleAnnotation else { return nil }
            return read("The article's note could not be read") { [.articleAnnotationLoaded(id, try articleAnnotation(path))] }
        case .loadTags:
            guard let source else { return nil }
            return read("Tags could not be read") { try source.tags().map { [.tagsLoaded($0)] } ?? [] }
        case .findTagged(let tag):
            guard let source else { return nil }
            return read("Finding the articles tagged #\(tag) failed") {
                [.taggedFound(tag: tag, articles: try source.articles(taggedWith: tag) ?? [])]
            }
        case .searchLibrary(let query):
            guard let source else { return nil }
            return read("Search failed") {
                [.searchFinished(query: query, results: try source.search(query) ?? [], total: try source.searchCount(query))]
            }
        case .findMentions(let name, let label):
            guard let source else { return nil }
            return read("Finding the articles that mention \(name) failed") {
                [.mentionsFound(name: name, articles: try source.articles(mentioning: name, label: label) ?? [])]
            }
        case .loadNotes(let query):
            guard let source else { return nil }
            return read("Notes could not be read") { [.notesLoaded(query: query, try source.highlights(matching: query) ?? [])] }
        case .fetchListRows(let ids):
            guard let catalog else { return nil }
            return read("The list could not be read") { [.listRowsFetched(asked: ids, try catalog.summaries(of: ids))] }
        case .loadListOrder(let sort):
            guard let catalog else { return nil }
            return read("The list could not be sorted") { [.listOrderLoaded(sort, try catalog.orderedIDs(sort))] }
        default:
            return nil
        }
    }

    /// The whole article, as the answer to `.readRestOfArticle` (the session calls it on a thread).
    public static func rest(of summary: ArticleSummary, from source: ArticleSource) -> ReaderEvent {
        switch source.article(for: summary) {
        case .success(let article): return .articleCompleted(article)
        case .failure(let error): return .articleRestNotRead(summary.id, reason: error.description)
        }
    }

    private func read(_ failure: String, _ body: () throws -> [ReaderEvent]) -> [ReaderEvent] {
        do {
            return try body()
        } catch {
            return [.storeFailed("\(failure): \(error)")]
        }
    }
}

/// Runs the reducer as the session does, in-process: each event, then the answers `queries` gives
/// to the effects it asked for, until none are left; the effects nobody answered are handed back.
/// Benchmarks and tests drive the reader with it; the session adds what needs the terminal.
public struct ReducerDriver {
    public var queries: ArticleQueries

    public init(_ queries: ArticleQueries) {
        self.queries = queries
    }

    public init(source: ArticleSource? = nil, catalog: ArticleCatalog? = nil) {
        self.init(ArticleQueries(source: source, catalog: catalog))
    }

    public func run(_ state: ReaderState, _ event: ReaderEvent) -> (state: ReaderState, effects: [Effect]) {
        Self.settle(state, event) { effect, _ in queries.answer(effect) }
    }

    /// One event and every answer it leads to: `answer` gives the events an effect answers with,
    /// nil when nothing here performs it; `prepare` runs before each event is reduced (the session
    /// gives each the time and a fresh highlight id). Returns the effects nobody performed.
    public static func settle(
        _ state: ReaderState, _ event: ReaderEvent, prepare: (inout ReaderState) -> Void = { _ in },
        answer: (Effect, ReaderState) -> [ReaderEvent]?
    ) -> (state: ReaderState, effects: [Effect]) {
        var state = state
        var pending = [event]
        var unanswered: [Effect] = []
        while !pending.isEmpty {
            prepare(&state)
            let step = Reducer.reduce(state, pending.removeFirst())
            state = step.state
            for effect in step.effects {
                if let answers = answer(effect, state) { pending += answers } else { unanswered.append(effect) }
            }
        }
        return (state, unanswered)
    }
}
