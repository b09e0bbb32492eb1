import Foundation

/// What a git command printed and how it ended.
public struct GitOutput: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String

    public init(status: Int32, stdout: Data, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var text: String { String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Runs git: the one edge through which sync reaches another program (tests can count or fail calls).
public protocol GitRunning: Sendable {
    /// Runs `git ARGUMENTS` in `directory`, with `input` on its standard input. `holding` is the
    /// sync lock's descriptor, handed to git as descriptor 3 so that the lock stays held while git
    /// runs, even when the sync that started it was killed.
    func run(_ arguments: [String], in directory: String, input: Data?, holding lock: Int32?) throws(SyncError) -> GitOutput
}

extension GitRunning {
    public func run(_ arguments: [String], in directory: String, input: Data?) throws(SyncError) -> GitOutput {
        try run(arguments, in: directory, input: input, holding: nil)
    }
}

/// The `git` program found in PATH, run as a process with an argument vector (never a shell),
/// without a terminal to prompt on: a remote that wants a password fails instead of hanging.
public struct ProcessGit: GitRunning {
    public let executable: String

    /// Finds git in `PATH`; `SyncError.gitMissing` when there is none.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(SyncError) {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ String($0) + "/git" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { throw .gitMissing }
        executable = found
    }

    public func run(_ arguments: [String], in directory: String, input: Data?, holding lock: Int32?) throws(SyncError) -> GitOutput {
        // posix_spawn rather than Foundation's Process: started from a Swift concurrency thread,
        // Process's children inherit that thread's blocked signals and its wait can hang. Output goes
        // through temporary files, so neither stream can fill up while the other is read.
        let token = UUID().uuidString
        let temporary = NSTemporaryDirectory()
        let inputPath = temporary + "/reader-git-\(token).in", outputPath = temporary + "/reader-git-\(token).out"
        let errorPath = temporary + "/reader-git-\(token).err"
        defer { for path in [inputPath, outputPath, errorPath] { unlink(path) } }
        guard FileManager.default.createFile(atPath: inputPath, contents: input ?? Data(), attributes: [.posixPermissions: 0o600]) else {
            throw .gitFailed(command: arguments.first ?? "", message: "cannot write to \(temporary)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let lock { posix_spawn_file_actions_adddup2(&actions, lock, 3) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // `-C directory` instead of changing this process's directory, which all its threads share.
        let argv = [executable, "-C", directory, "-c", "core.quotepath=false", "-c", "commit.gpgsign=false", "-c", "gc.auto=0"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else {
            throw .gitFailed(command: arguments.first ?? "", message: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { break }
        }
        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        let output = FileManager.default.contents(atPath: outputPath) ?? Data()
        let errors = FileManager.default.contents(atPath: errorPath) ?? Data()
        return GitOutput(status: exitStatus, stdout: output, stderr: String(decoding: errors, as: UTF8.self))
    }
}

/// Why a sync did not complete.
public enum SyncError: Error, Equatable, CustomStringConvertible {
    case gitMissing
    case notInitialized(String)
    case alreadyInitialized(String)
    case busy(String)
    case gitFailed(command: String, message: String)
    case remoteUnreachable(String)
    case remoteRefused(String)
    case badRecord(path: String, reason: String)
    case library(String)

    public var description: String {
        switch self {
        case .gitMissing: return "git is not installed (or not in PATH): reader sync needs it; install git and try again"
        case .notInitialized(let dir): return "\(dir) is not a sync repository: run 'reader sync init [REMOTE]' first"
        case .alreadyInitialized(let dir): return "\(dir) is already a sync repository"
        case .busy(let dir): return "another sync of \(dir) is running"
        case .gitFailed(let command, let message): return "git \(command) failed: \(message)"
        case .remoteUnreachable(let message): return "cannot reach the remote: \(message); your changes are committed locally and go with the next sync"
        case .remoteRefused(let message): return "the remote refused the push: \(message); your changes are committed locally"
        case .badRecord(let path, let reason): return "\(path) is not a sync record (\(reason)); it was left as it is"
        case .library(let message): return message
        }
    }
}
