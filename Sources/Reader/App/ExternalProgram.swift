import Foundation

/// Runs another program (a browser, an editor) with an argument vector, never through a shell, and
/// waits for it to finish.
enum ExternalProgram {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case cannotStart(String, errno: Int32)

        var description: String {
            switch self {
            case .cannotStart(let program, let code): return "cannot run \(program): \(String(cString: strerror(code)))"
            }
        }
    }

    /// A command from a setting ("code --wait") as an argument vector: split on spaces and tabs.
    static func words(of command: String) -> [String] {
        command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Runs `executable` (looked up in PATH when it has no slash) with `arguments`; returns its exit
    /// status (128 + signal number when a signal ended it).
    static func run(executable: String, arguments: [String]) -> Result<Int32, Failure> {
        let argv = [executable] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        var status = posix_spawnp(&pid, executable, nil, nil, cArguments, environ)
        // ETXTBSY: a script just written is still open for writing in a process another thread
        // forked meanwhile; the descriptor closes when that process execs, so a short wait suffices.
        var tries = 0
        while status == ETXTBSY && tries < 20 {
            tries += 1
            usleep(25_000)
            status = posix_spawnp(&pid, executable, nil, nil, cArguments, environ)
        }
        guard status == 0 else { return .failure(.cannotStart(executable, errno: status)) }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 {
            guard errno == EINTR else { return .failure(.cannotStart(executable, errno: errno)) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = exitStatus & 0x7F
        return .success(signal == 0 ? (exitStatus >> 8) & 0xFF : 128 + signal)
    }
}

/// How `$BROWSER` is turned into a command: split on white space into an argument vector; `%s` is
/// replaced by the URL where it appears, else the URL is the last argument.
enum BrowserCommand {
    static func argumentVector(browser: String, url: String) -> [String]? {
        let words = ExternalProgram.words(of: browser)
        guard !words.isEmpty else { return nil }
        if words.contains(where: { $0.contains("%s") }) {
            return words.map { $0.replacingOccurrences(of: "%s", with: url) }
        }
        return words + [url]
    }
}
