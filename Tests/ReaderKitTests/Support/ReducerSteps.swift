@testable import ReaderCore

extension Reducer {
    /// The state after one key, resize or mouse event, for tests of what the state becomes: over
    /// articles in memory nothing needs reading. Tests of the effects asked for use `reduce(_:_:)`.
    static func reduce(_ state: ReaderState, event: InputEvent) -> ReaderState {
        reduce(state, .input(event)).state
    }

    /// The state after one action.
    static func reduce(_ state: ReaderState, action: Action) -> ReaderState {
        reduce(state, .action(action)).state
    }
}

extension ReducerDriver {
    /// The state after keys, each with the reads it asked for answered.
    func keys(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { run($0, .input(.key($1))).state }
    }

    /// A list search typed in the prompt.
    func searchList(_ state: ReaderState, _ query: String) -> ReaderState {
        let typed = query.reduce(self.keys(state, .character("/"))) { run($0, .input(.key(.character($1)))).state }
        return self.keys(typed, .enter)
    }
}
