import Foundation

/// Runs another program with an argument vector, never through a shell, and waits for it. Its
/// command comes from a setting such as $EDITOR ("vim", "code --wait"): split on white space.
enum ExternalProgram {
    /// The exit status, or nil when the program could not be started.
    static func run(command: String, arguments: [String]) -> Int32? {
        let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let executable = words.first else { return nil }
        let argv = [executable] + words.dropFirst() + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, executable, nil, nil, &cArguments, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

/// Edits a note in the config's editor, else $VISUAL or $EDITOR (else vi), through a private
/// temporary file.
enum NoteEditor {
    enum Outcome: Equatable {
        case edited(String)
        case failed(String)
    }

    static func edit(_ text: String, command configured: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        let command = editorCommand(configured: configured, environment: environment)
        ReaderLog.logger.info("running the note editor", metadata: ["command": "\(command)"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-note-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("note.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(text.utf8).write(to: file)
        } catch {
            return .failed("cannot write a temporary file for the editor")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let status = ExternalProgram.run(command: command, arguments: [file.path]) else {
            return .failed("cannot run the editor '\(command)'")
        }
        ReaderLog.logger.debug("note editor exited", metadata: ["status": "\(status)"])
        guard status == 0 else { return .failed("the editor '\(command)' exited with status \(status); note unchanged") }
        guard let data = FileManager.default.contents(atPath: file.path) else { return .failed("the note file is gone; note unchanged") }
        return .edited(String(decoding: data, as: UTF8.self))
    }

    /// The config's command, else $VISUAL, else $EDITOR (ignoring blank ones), else vi.
    static func editorCommand(configured: String?, environment: [String: String]) -> String {
        [configured, environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
    }
}
