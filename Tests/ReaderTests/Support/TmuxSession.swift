import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tmux` executable on PATH, or nil when tmux is not installed.
let tmuxPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
        let candidate = "\(directory)/tmux"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}()

/// Whether the tmux end-to-end tests can run here.
let tmuxAvailable = tmuxPath != nil

/// Quotes a string for `/bin/sh`.
func shellQuote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// What went wrong while driving tmux or a program.
struct TmuxError: Error, CustomStringConvertible {
    var description: String
}

/// One visible state of the pane.
struct PaneSnapshot {
    /// The visible screen, one string per row (exactly the pane's height).
    var lines: [String]
    /// True once the pane's shell has gone (it normally outlives the program: see `TmuxSession`).
    var isDead: Bool

    var text: String { lines.joined(separator: "\n") }
    var statusLine: String { lines.last ?? "" }

    func contains(_ needle: String) -> Bool { lines.contains { $0.contains(needle) } }

    /// The program's exit status once the pane's shell has printed it (`EXIT=<status>`).
    var exitStatus: Int32? {
        for line in lines.reversed() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(TmuxSession.exitMarker), let status = Int32(trimmed.dropFirst(TmuxSession.exitMarker.count)) {
                return status
            }
        }
        return nil
    }

    var processDescription: String {
        if let exitStatus { return "the program exited with status \(exitStatus)" }
        if isDead { return "the pane's shell is gone" }
        return "the program is still running"
    }
}

/// A tmux server of its own (unique `-L` socket, no config file) with one detached session of a
/// given size. The server is killed, and the session's files removed, on `close()` or release.
///
/// The program runs under a shell that records the program's pid, waits for it, prints
/// `EXIT=<status>` on the normal screen and stays (`sleep 30`) until the server is killed. The
/// exit status is read from the screen rather than from `#{pane_dead_status}`: tmux 3.3a left an
/// exec'ed pane process unreaped (no status) in about a third of runs here, with any program.
final class TmuxSession {
    static let exitMarker = "EXIT="
    /// The environment the program runs with, as an `env` prefix.
    static let environmentPrefix = "env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES TERM=xterm-256color LANG=C.UTF-8"

    private static let counter = Counter()
    private static let sessionName = "reader"

    let socket: String
    /// A private folder for the session's files (the program's pid).
    let directory: URL
    private var pidFile: String { directory.appendingPathComponent("program.pid").path }
    private var closed = false

    /// Runs `executable arguments` in a new detached session of `width` x `height`, with
    /// TERM=xterm-256color and LANG=C.UTF-8. `afterExit` is shell code run after `EXIT=` is printed.
    init(_ executable: String, _ arguments: [String], width: Int, height: Int, afterExit: String = "") throws {
        guard tmuxPath != nil else { throw TmuxError(description: "tmux is not installed") }
        socket = "reader-test-\(getpid())-\(Self.counter.next())"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket + "-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The inner shell writes its pid and becomes the program; the outer one waits and reports.
        let inner = "echo $$ > \(shellQuote(pidFile)); exec \"$0\" \"$@\""
        let program = ([executable] + arguments).map(shellQuote).joined(separator: " ")
        // Each session gets a library, config folder and log of its own, never the user's.
        let dataHome = ["XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_STATE_HOME": "state"]
            .sorted { $0.key < $1.key }
            .map { "\($0.key)=" + shellQuote(directory.appendingPathComponent($0.value).path) }.joined(separator: " ")
        let command = "\(Self.environmentPrefix) \(dataHome) sh -c \(shellQuote(inner)) \(program); "
            + "echo \(Self.exitMarker)$?; \(afterExit.isEmpty ? "" : afterExit + "; ")sleep 30"
        try run([
            "start-server", ";",
            "set-option", "-g", "default-shell", "/bin/sh", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            // So an OSC 52 that reaches tmux becomes a paste buffer the tests can see.
            "set-option", "-g", "set-clipboard", "on", ";",
            "new-session", "-d", "-s", Self.sessionName, "-x", "\(width)", "-y", "\(height)", command,
        ])
    }

    deinit {
        close()
    }

    /// Kills the server (and with it the pane's processes). Safe to call more than once.
    func close() {
        guard !closed else { return }
        closed = true
        // tmux leaves its socket file behind after kill-server.
        let socketPath = try? run(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(in: .newlines)
        _ = try? run(["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Driving the pane

    /// Sends keys as tmux key names ("j", "Enter", "Escape", "Tab", "BTab", "C-d", "NPage", …).
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", Self.sessionName] + keys)
    }

    /// Resizes the window (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", Self.sessionName, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as plain text (`capture-pane -p`).
    func capture() throws -> String {
        try snapshot().text
    }

    /// The visible screen with colours and attributes as SGR escape sequences (`capture-pane -p -e`).
    func captureWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", Self.sessionName])
    }

    /// Expands a tmux format for the pane, e.g. `#{pane_title}`.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", Self.sessionName, format])
            .trimmingCharacters(in: .newlines)
    }

    /// Runs any tmux command on this session's server and returns its stdout.
    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        try run(arguments)
    }

    /// The program's pid (waits briefly for the pid file).
    func programPID() async throws -> pid_t {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            if ContinuousClock.now >= deadline { throw TmuxError(description: "no pid in \(pidFile)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The screen and whether the pane's shell is gone, read in one tmux call.
    func snapshot() throws -> PaneSnapshot {
        let marker = "<<pane-state>>"
        let output = try run([
            "capture-pane", "-p", "-t", Self.sessionName, ";",
            "display-message", "-p", "-t", Self.sessionName, "\(marker) #{pane_dead} #{pane_height}",
        ])
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard let stateLine = lines.last, stateLine.hasPrefix(marker) else {
            throw TmuxError(description: "unexpected tmux output:\n\(output)")
        }
        lines.removeLast()
        let fields = stateLine.split(separator: " ")
        if fields.count > 2, let height = Int(fields[2]), lines.count > height {
            lines.removeFirst(lines.count - height)
        }
        return PaneSnapshot(lines: lines, isDead: fields.count > 1 && fields[1] == "1")
    }

    // MARK: Waiting

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) async throws -> PaneSnapshot {
        try await waitUntil("the screen shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen every 50 ms until `condition` holds; returns that screen. Unless
    /// `afterExit`, gives up early once the program has exited and the condition does not hold.
    @discardableResult
    func waitUntil(
        _ what: String, timeout: Duration = .seconds(10), afterExit: Bool = false,
        _ condition: (PaneSnapshot) throws -> Bool
    ) async throws -> PaneSnapshot {
        let deadline = ContinuousClock.now + timeout
        while true {
            let snapshot = try snapshot()
            if try condition(snapshot) { return snapshot }
            let ended = snapshot.isDead || (!afterExit && snapshot.exitStatus != nil)
            if ended || ContinuousClock.now >= deadline {
                throw TmuxError(description: """
                    Gave up waiting until \(what): \(ended ? snapshot.processDescription : "\(timeout) passed").
                    Screen (\(snapshot.processDescription)):
                    \(Self.framed(snapshot.lines))
                    """)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            let snapshot = try snapshot()
            if let status = snapshot.exitStatus { return status }
            if snapshot.isDead || ContinuousClock.now >= deadline {
                throw TmuxError(description: """
                    No exit status from the program within \(timeout) (\(snapshot.processDescription)). Screen:
                    \(Self.framed(snapshot.lines))
                    """)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Screen rows between bars so trailing spaces and empty rows show in failure messages.
    static func framed(_ lines: [String]) -> String {
        lines.map { "|\($0)|" }.joined(separator: "\n")
    }

    // MARK: Plumbing

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        guard let tmuxPath else { throw TmuxError(description: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try ChildProcess.run(tmuxPath, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.error)")
        }
        return result.output
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}

/// Runs a program to completion with `posix_spawn`, output captured through temporary files.
///
/// Not Foundation's `Process`: started from a Swift concurrency thread, its children inherited that
/// thread's blocked signal mask (SIGTERM, SIGHUP, SIGCHLD…), so a tmux server started that way
/// ignored `kill-server` and the reader in its pane ignored SIGTERM; its `waitUntilExit()` also
/// hung. This resets the child's signal mask and dispositions, and reads output from files because
/// a daemonising child (the tmux server) may keep a pipe open.
enum ChildProcess {
    struct Result {
        var status: Int32
        var signal: Int32?
        var output: String
        var error: String
    }

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String],
        timeout: Duration = .seconds(20)
    ) throws -> Result {
        // Sanitizer settings follow the test run into every child (Scripts/sanitizers.sh).
        var environment = environment
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"] where environment[name] == nil {
            environment[name] = ProcessInfo.processInfo.environment[name]
        }
        let directory = FileManager.default.temporaryDirectory
        let token = UUID().uuidString
        let outputPath = directory.appendingPathComponent("reader-e2e-\(token).out").path
        let errorPath = directory.appendingPathComponent("reader-e2e-\(token).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw TmuxError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }

        var status: Int32 = 0
        let deadline = ContinuousClock.now + timeout
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited == -1 && errno != EINTR {
                throw TmuxError(description: "waitpid failed for \(executable): \(String(cString: strerror(errno)))")
            }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw TmuxError(description: "\(executable) \(arguments.joined(separator: " ")) did not finish within \(timeout)")
            }
            usleep(1_000)
        }
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        let error = String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self)
        let signal = status & 0x7F
        if signal != 0 {
            return Result(status: 128 + signal, signal: signal, output: output, error: error)
        }
        return Result(status: (status >> 8) & 0xFF, signal: nil, output: output, error: error)
    }
}
