import Foundation
import Synchronization

/// The library files this process has connections to, by path, with how many stores hold each.
enum OpenLibraries {
    private static let counts = Mutex<[String: Int]>([:])

    static func opened(_ path: String) {
        counts.withLock { $0[key(path), default: 0] += 1 }
    }

    static func closed(_ path: String) {
        counts.withLock { counts in
            let key = key(path)
            counts[key] = (counts[key] ?? 1) > 1 ? counts[key]! - 1 : nil
        }
    }

    static func isOpen(_ path: String) -> Bool {
        counts.withLock { $0[key(path)] != nil }
    }

    /// One key for one file, however the path was written.
    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
