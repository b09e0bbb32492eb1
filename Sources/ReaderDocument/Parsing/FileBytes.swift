import Foundation

/// Why a file's bytes could not be read: the system's words for it.
public struct FileReadError: Error, Sendable {
    public var reason: String
}

/// Reads a whole file into one array with plain POSIX calls: Foundation's `Data` and a copy of it
/// into `[UInt8]` held a 50 MB article three times over while it was read.
public enum FileBytes {
    public static func read(path: String, limit: Int = .max) throws(FileReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(reason: "is a directory") }
        // The size is a hint: a file that grows or shrinks meanwhile is read to its end all the same.
        var bytes = [UInt8](repeating: 0, count: min(limit, max(0, Int(status.st_size))))
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled < limit else { break }
                // At the expected end: a small read says whether there is more, without growing a
                // 50 MB array by a quarter (and copying it) only to find the end of the file.
                var probe = [UInt8](repeating: 0, count: min(limit - filled, 4096))
                let count = probe.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FileReadError(reason: String(cString: strerror(errno)))
                }
                if count == 0 { break }
                bytes.append(contentsOf: probe[..<count])
                filled += count
                continue
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
