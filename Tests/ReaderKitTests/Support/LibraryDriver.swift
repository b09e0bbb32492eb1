@testable import ReaderCore
@testable import ReaderLibrary

extension ReducerDriver {
    /// The state after one action and the reads it asked for.
    func after(_ state: ReaderState, _ action: Action) -> ReaderState {
        run(state, .action(action)).state
    }
}
