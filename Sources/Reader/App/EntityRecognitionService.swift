import Foundation
import ReaderEntities
import ReaderDocument
import ReaderCore
import Synchronization

/// Recognises entities off the main thread so the interface never waits: the model loads in the
/// background at start, articles are queued as they are opened, and results wait in an inbox that
/// the main loop empties.
final class EntityRecognitionService: Sendable {
    enum Outcome: Sendable {
        /// The article as it was recognised, so its text can be checked against the one shown.
        case recognised(Article, ArticleEntities)
        case unavailable(String)
    }

    private struct Shared {
        var recognizer: EntityRecognizer?
        var loadFailure: String?
        var inbox: [Outcome] = []
        var requested: Set<ArticleID> = []
        /// Bumped when an article's text changes, so recognition of the old text is thrown away.
        var textGeneration: [ArticleID: Int] = [:]
    }

    private let shared = Mutex(Shared())
    /// When the user last pressed a key (uptime in nanoseconds).
    private let lastInput = Atomic<UInt64>(0)
    /// How long recognition steps aside after a key press.
    private static let quietNanoseconds: UInt64 = 150_000_000
    private static let longArticleLength = 200_000
    private static let longArticleQuietNanoseconds: UInt64 = 1_000_000_000
    private let queue = DispatchQueue(label: "reader.entities", qos: .utility)

    init() {}

    /// One thread loads the model; another that needs it meanwhile waits for that load.
    private let loading = Mutex(())

    /// Loads the model on the worker the first time it is needed (not at start: the list shows first).
    private func loadedRecognizer() -> EntityRecognizer? {
        Self.lowerToIdlePriority()
        return sharedRecognizer()
    }

    /// The recogniser, loaded on the calling thread if no one has loaded it yet; nil when the
    /// model cannot be loaded (the inbox then says why, once).
    func sharedRecognizer() -> EntityRecognizer? {
        loading.withLock { _ in
            if let recognizer = shared.withLock({ $0.recognizer }) { return recognizer }
            if shared.withLock({ $0.loadFailure != nil }) { return nil }
            do {
                let recognizer = try EntityResources.recognizer()
                shared.withLock { $0.recognizer = recognizer }
                return recognizer
            } catch {
                shared.withLock {
                    $0.loadFailure = "\(error)"
                    $0.inbox.append(.unavailable("\(error)"))
                }
                return nil
            }
        }
    }

    /// SCHED_IDLE (5 on Linux) for the calling thread: recognising runs only when the interface
    /// and everything else are idle, so keystrokes never wait for it.
    static func lowerToIdlePriority() {
        var parameters = sched_param()
        parameters.sched_priority = 0
        pthread_setschedparam(pthread_self(), 5, &parameters)
    }

    /// Waits while the user is typing (called between sentences by background recognition).
    func stepAsideForInput() {
        waitForQuiet(Self.quietNanoseconds)
    }

    /// Queues an article unless it was queued before (since its text last changed).
    func request(_ article: Article) {
        let generation: Int? = shared.withLock { shared in
            guard shared.requested.insert(article.id).inserted else { return nil }
            return shared.textGeneration[article.id, default: 0]
        }
        guard let generation else { return }
        queue.async { [self] in
            // The session notes input as it starts: the model (tens of MB, most of a start's CPU)
            // loads after the first screen, not beside it.
            self.waitForQuiet(Self.quietNanoseconds)
            guard let recognizer = self.loadedRecognizer() else { return }
            // A long article waits for a moment without keys before it takes a core for seconds.
            if article.plainTextLength > Self.longArticleLength { self.waitForQuiet(Self.longArticleQuietNanoseconds) }
            let entities = ArticleEntities(spans: article.withoutMarkup(recognizer.recognize(article.recognitionText) {
                self.waitForQuiet(Self.quietNanoseconds)
            }))
            shared.withLock { shared in
                // The text changed while this ran: these offsets are the old text's.
                guard shared.textGeneration[article.id, default: 0] == generation else { return }
                shared.inbox.append(.recognised(article, entities))
            }
        }
    }

    /// The article's text changed (a refresh or re-import): what was found or is being found in
    /// the old text is dropped, and the next request recognises the new text.
    func textChanged(_ id: ArticleID) {
        shared.withLock { shared in
            shared.requested.remove(id)
            shared.textGeneration[id, default: 0] += 1
            shared.inbox.removeAll { if case .recognised(let article, _) = $0 { article.id == id } else { false } }
        }
    }

    /// Tells the service the user is active: background work pauses for a moment.
    func noteInput() {
        lastInput.store(DispatchTime.now().uptimeNanoseconds, ordering: .relaxed)
    }

    private func waitForQuiet(_ quiet: UInt64) {
        while DispatchTime.now().uptimeNanoseconds &- lastInput.load(ordering: .relaxed) < quiet {
            usleep(10_000)
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
