import ReaderKit

/// Runs the interface: render the state, paint it, read an event, reduce, until quit or a signal.
final class ReaderSession {
    private(set) var state: ReaderState
    private let terminal: TerminalBackend

    init(state: ReaderState, terminal: TerminalBackend) {
        self.state = state
        self.terminal = terminal
        self.state = Reducer.reduce(state, event: .resize(terminal.size))
    }

    /// The process exit status: 0 after quit, 128 + signal number after a terminating signal.
    func run() -> Int32 {
        defer { terminal.restore() }
        var needsPaint = true
        while !state.shouldQuit {
            if let signal = terminal.takePendingSignal() { return 128 + signal }
            if needsPaint {
                terminal.paint(ScreenRenderer.render(state))
                needsPaint = false
            }
            guard let event = terminal.readEvent(timeoutMilliseconds: 250) else { continue }
            state = Reducer.reduce(state, event: event)
            needsPaint = true
        }
        return 0
    }
}
