import Foundation
import ReaderDocument
import ReaderCore

/// Edits a note in the config's editor, else $VISUAL or $EDITOR (else vi), through a private
/// temporary file. The command is split on white space ("code --wait") and run with the file as
/// its last argument, never by a shell.
enum NoteEditor {
    enum Outcome: Equatable {
        case edited(String)
        case failed(String)
    }

    static func edit(
        _ text: String, command configured: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Outcome {
        let command = editorCommand(configured: configured, environment: environment)
        ReaderLog.logger.info("running the note editor", metadata: ["command": "\(command)"])
        let words = ExternalProgram.words(of: command)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-note-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("note.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(fileContents(for: text).utf8).write(to: file)
        } catch {
            return .failed("cannot write a temporary file for the editor")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        switch ExternalProgram.run(executable: words[0], arguments: Array(words.dropFirst()) + [file.path]) {
        case .failure(let failure):
            return .failed(failure.description)
        case .success(let status):
            ReaderLog.logger.debug("note editor exited", metadata: ["status": "\(status)"])
            guard status == 0 else { return .failed("the editor '\(command)' exited with status \(status); note unchanged") }
            guard let data = FileManager.default.contents(atPath: file.path) else { return .failed("the note file is gone; note unchanged") }
            return .edited(note(fromFile: String(decoding: data, as: UTF8.self)))
        }
    }

    /// The note as a text file: ending in a newline, as editors write files (an empty note stays empty).
    static func fileContents(for note: String) -> String {
        note.isEmpty ? "" : note + "\n"
    }

    /// The note in a file the editor saved: one trailing newline (the file's own) taken off, so a
    /// note does not grow each time it is edited.
    static func note(fromFile contents: String) -> String {
        var scalars = contents.unicodeScalars
        guard scalars.last == "\n" else { return contents }
        scalars.removeLast()
        if scalars.last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    /// The config's command, else $VISUAL, else $EDITOR (ignoring blank ones), else vi.
    static func editorCommand(configured: String?, environment: [String: String]) -> String {
        [configured, environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
    }
}
