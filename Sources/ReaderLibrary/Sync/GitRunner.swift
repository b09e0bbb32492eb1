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
    /// Runs `git ARGUMENTS` in `directory`, with `input` on its standard input.
    func run(_ arguments: [String], in directory: String, input: Data?) throws(SyncError) -> GitOutput
}

/// The `git` program found in PATH, run with an argument vector through `Process` (never a shell),
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

    public func run(_ arguments: [String], in directory: String, input: Data?) throws(SyncError) -> GitOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", "core.quotepath=false", "-c", "commit.gpgsign=false", "-c", "gc.auto=0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        do {
            try process.run()
        } catch {
            throw .gitFailed(command: arguments.first ?? "", message: "cannot run \(executable): \((error as NSError).localizedDescription)")
        }
        // Both pipes are drained at once, or a git that fills one while we read the other would wait forever.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        let done = DispatchSemaphore(value: 0)
        let inputWriter = Thread {
            if let input { try? standardInput.fileHandleForWriting.write(contentsOf: input) }
            try? standardInput.fileHandleForWriting.close()
            done.signal()
        }
        errorReader.start()
        inputWriter.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        while !errorData.isSet { usleep(200) }
        return GitOutput(status: process.terminationStatus, stdout: data, stderr: String(decoding: errorData.value, as: UTF8.self))
    }
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
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
