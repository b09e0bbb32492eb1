import ReaderCore

/// The little that the app needs from a terminal: paint a frame, report input and size.
protocol TerminalBackend: AnyObject {
    var size: Size { get }
    func paint(_ frame: Frame)
    /// Waits up to `timeoutMilliseconds` for input; nil on timeout or interruption.
    func readEvent(timeoutMilliseconds: Int32) -> InputEvent?
    /// A terminating signal (SIGINT, SIGTERM, SIGHUP) received since the last call, if any.
    func takePendingSignal() -> Int32?
    /// Gives the terminal back to the shell. Safe to call more than once.
    func restore()
}

/// A terminal that can be handed to another program (a browser, an editor) and taken back.
protocol SuspendableTerminal: AnyObject {
    /// Gives the screen to another program: the shell's terminal modes, cursor shown.
    func suspend()
    /// Takes the screen back and repaints everything on the next paint.
    func resume()
}
