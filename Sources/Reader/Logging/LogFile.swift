import Foundation

/// An append-only log file, private to the user (folder 0700, file 0600), shared by every logger.
///
/// Opened with O_APPEND and written a whole line per write(2), so a CLI command logging while the
/// reader is open adds its lines after the reader's instead of over them.
final class LogFile: @unchecked Sendable {
    let path: String
    private let descriptor: Int32
    private let lock = NSLock()

    /// Opens (or creates) the file; nil when that fails: logging then goes nowhere, never to the screen.
    init?(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        // One write(2) for the line; the loop only finishes a write cut short by a signal or a full disk.
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, start + written, buffer.count - written)
            }
            if result > 0 {
                written += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
