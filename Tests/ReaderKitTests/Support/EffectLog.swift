@testable import ReaderCore

/// The effects a test's events asked for, in order, as the session would have received them.
final class EffectLog {
    private(set) var all: [Effect] = []

    /// One event through the reducer, its effects logged.
    func step(_ state: ReaderState, _ event: ReaderEvent) -> ReaderState {
        let step = Reducer.reduce(state, event)
        all += step.effects
        return step.state
    }

    /// Highlight changes for the library, in order.
    var highlightWrites: [AnnotationWrite] {
        all.compactMap { effect in
            switch effect {
            case .saveHighlight(let highlight): return .save(highlight)
            case .deleteHighlight(let id): return .delete(id: id)
            default: return nil
            }
        }
    }

    /// What was asked of the world outside the library: a browser, an editor, the network.
    var requests: [Effect] {
        all.filter { effect in
            switch effect {
            case .openURL, .editNote, .refreshFeeds: return true
            default: return false
            }
        }
    }

    func clear() {
        all = []
    }
}
