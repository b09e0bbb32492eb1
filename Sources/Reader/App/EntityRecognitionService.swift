import Foundation
import ReaderKit
import Synchronization

/// Recognises entities off the main thread so the interface never waits: the model loads in the
/// background at start, articles are queued as they are opened, and results wait in an inbox that
/// the main loop empties.
final class EntityRecognitionService: Sendable {
    enum Outcome: Sendable {
        case recognised(ArticleID, ArticleEntities)
        case unavailable(String)
    }

    private struct Shared {
        var recognizer: EntityRecognizer?
        var loadFailure: String?
        var inbox: [Outcome] = []
        var requested: Set<ArticleID> = []
    }

    private let shared = Mutex(Shared())
    private let queue = DispatchQueue(label: "reader.entities", qos: .userInitiated)

    init() {
        queue.async { [self] in
            do {
                let recognizer = try EntityResources.recognizer()
                shared.withLock { $0.recognizer = recognizer }
            } catch {
                shared.withLock {
                    $0.loadFailure = "\(error)"
                    $0.inbox.append(.unavailable("\(error)"))
                }
            }
        }
    }

    /// Queues an article unless it was queued before.
    func request(_ article: Article) {
        let isNew = shared.withLock { $0.requested.insert(article.id).inserted }
        guard isNew else { return }
        queue.async { [self] in
            guard let recognizer = shared.withLock({ $0.recognizer }) else { return }
            let entities = ArticleEntities(spans: recognizer.recognize(article.plainText))
            shared.withLock { $0.inbox.append(.recognised(article.id, entities)) }
        }
    }

    /// Results since the last call.
    func collect() -> [Outcome] {
        shared.withLock { state in
            defer { state.inbox.removeAll() }
            return state.inbox
        }
    }
}
