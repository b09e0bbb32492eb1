import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore
import ReaderLibrary

/// Answers the reducer's questions from the files and the library, and writes what it asks the
/// library to keep; each at once. The effects that need the terminal, the network or a thread are
/// the session's.
final class SessionServices {
    /// Bodies, search results, notes and list rows; the opened files' source becomes the library's
    /// once their import has finished.
    var queries: ArticleQueries
    let library: LibrarySync?
    /// Reads the rest of long articles on a thread; without one the rest is read at once.
    let restReader: ArticleRestReading?

    init(source: ArticleSource, catalog: ArticleCatalog?, library: LibrarySync?, restReader: ArticleRestReading? = ArticleRestReader()) {
        self.library = library
        self.restReader = restReader
        queries = ArticleQueries(
            source: source, catalog: catalog,
            storedPosition: { library?.storedPosition($0) },
            highlights: { id in try library?.highlights(of: id) ?? [] },
            articleAnnotation: { path in try library?.store.articleAnnotation(sourcePath: path) })
    }

    /// Reduces an event, then runs the effects it asked for, reducing their answers in turn; the
    /// effects this does not perform go to `otherwise` (the session's: terminal, network, threads).
    func dispatch(_ state: ReaderState, _ event: ReaderEvent, otherwise: (Effect) -> [ReaderEvent] = { _ in [] }) -> ReaderState {
        ReducerDriver.settle(state, event, prepare: { state in
            // The reducer reads no clock and makes no ids: each event gets the time and a fresh id.
            state.now = Date()
            state.nextHighlightID = UUID().uuidString.lowercased()
        }, answer: { effect, state in perform(effect, in: state) ?? otherwise(effect) }).state
    }

    /// The answers to an effect this performs; nil for an effect it leaves to the session.
    func perform(_ effect: Effect, in state: ReaderState) -> [ReaderEvent]? {
        if case .readRestOfArticle(let summary) = effect, let restReader, let source = queries.source {
            restReader.start(summary, source: source)
            return []
        }
        if let answers = queries.answer(effect) { return answers }
        switch effect {
        case .findEntities(let article):
            return library?.storedEntities(article.id).map { [.entitiesRecognised(article.id, $0)] }
        case .saveHighlight(let highlight):
            return save(.save(highlight), in: state)
        case .deleteHighlight(let id):
            return save(.delete(id: id), in: state)
        case .saveArticleAnnotation(let annotation):
            guard library != nil else { return [.storeFailed("Notes are not kept: the library is not available")] }
            return keep(in: state) { try $0.store.saveArticleAnnotation(annotation) }
        case .saveMarks(let id, let read, let starred):
            return keep(in: state) { try $0.saveMarks(id, read: read, starred: starred) }
        case .savePosition(let id, let anchor, let read, let starred, let final):
            return keep(in: state) { try $0.savePosition(id, anchor, read: read, starred: starred, final: final) }
        case .recordOpened(let id):
            return keep(in: state) { try $0.recordOpened(id) }
        case .saveFocus(let pane):
            return keep(in: state) { try $0.saveFocus(pane) }
        case .saveSideTab(let tab):
            return keep(in: state) { try $0.saveSideTab(tab) }
        case .saveListSort(let sort):
            return keep(in: state) { try $0.saveListSort(sort) }
        default:
            return nil
        }
    }

    private func save(_ change: AnnotationWrite, in state: ReaderState) -> [ReaderEvent] {
        guard library != nil else { return [.storeFailed("Highlights are not kept: the library is not available")] }
        return keep(in: state) { try $0.write(change, openArticle: state.openArticle) }
    }

    /// Writes to the library, when there is one; a failure goes to the status line.
    private func keep(in state: ReaderState, _ write: (LibrarySync) throws -> Void) -> [ReaderEvent] {
        guard let library else { return [] }
        do {
            try write(library)
            return []
        } catch {
            return [.storeFailed(library.notSavedMessage(error, articles: state.openArticle.map { [$0] } ?? []))]
        }
    }
}
