import ReaderDocument
import ReaderCore
import ReaderLibrary

extension ReducerDriver {
    /// The state after one event and the reads it asked for; what it asks to write is left unrun.
    func after(_ state: ReaderState, _ event: ReaderEvent) -> ReaderState {
        run(state, event).state
    }
}

/// Articles in memory need nothing read.
nonisolated(unsafe) let inMemory = ReducerDriver()
