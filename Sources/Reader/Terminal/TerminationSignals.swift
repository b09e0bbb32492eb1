import CNcurses
import Foundation
import Synchronization

/// SIGINT, SIGTERM and SIGHUP only record themselves; the main loop restores the terminal and exits.
///
/// A Swift atomic rather than C static state: a `static` variable in the shim header gave the
/// handler and the reader separate copies in release builds, and signals were lost.
enum TerminationSignals {
    private static let pending = Atomic<Int32>(0)

    static func install() {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        action.__sigaction_handler.sa_handler = { signal in
            TerminationSignals.pending.store(signal, ordering: .relaxed)
        }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            sigaction(signal, &action, nil)
            sigaddset(&unblocked, signal)
        }
        // A parent may have started us with these blocked; then quitting by signal would not work.
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// On a crash (a trap, abort or bad access) the terminal is given back before the process dies,
    /// so the shell is not left without echo. Best effort: endwin is not async-signal-safe.
    static func restoreTerminalOnCrash() {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
        action.__sigaction_handler.sa_handler = { signal in
            endwin()
            raise(signal)
        }
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            sigaction(signal, &action, nil)
        }
    }

    /// The signal received since the last call, if any.
    static func take() -> Int32? {
        let signal = pending.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
