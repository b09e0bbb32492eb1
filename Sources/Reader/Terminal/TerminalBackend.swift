import ReaderKit

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
    /// Hands the terminal to another program for the duration of `body`, then takes it back and
    /// repaints everything.
    func suspend<T>(_ body: () -> T) -> T
}
