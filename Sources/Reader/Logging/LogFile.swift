import Foundation

/// An append-only log file, private to the user (folder 0700, file 0600), shared by every logger.
final class LogFile: @unchecked Sendable {
    let path: String
    private let handle: FileHandle
    private let lock = NSLock()

    /// Opens (or creates) the file; nil when that fails: logging then goes nowhere, never to the screen.
    init?(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        if !manager.fileExists(atPath: path) {
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return nil }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        handle.seekToEndOfFile()
        self.path = path
        self.handle = handle
    }

    func write(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        handle.write(Data((line + "\n").utf8))
    }
}
