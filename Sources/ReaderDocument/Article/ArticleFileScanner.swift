import Foundation

/// Finds article files: a named file as it is, a directory's article files (text, Markdown and
/// HTML) recursively.
public enum ArticleFileScanner {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// The files a path stands for, sorted by path within a directory, and the article files in it
    /// that cannot be read (a symlink whose target is gone).
    public static func scan(_ path: String) -> (files: [String], problems: [ArticleLoadError]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [.missing(path: path)])
        }
        guard isDirectory.boolValue else { return ([path], []) }
        // Listed through its real path, as the enumerator does not follow a symlink to a folder;
        // its files keep the path they were named by.
        guard let enumerator = FileManager.default.enumerator(atPath: realPath(path) ?? path) else {
            return ([], [.unreadable(path: path, reason: "cannot list directory")])
        }
        let root = path.hasSuffix("/") ? path : path + "/"
        var found: [String] = []
        var problems: [ArticleLoadError] = []
        for case let relative as String in enumerator {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard articleExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            // stat(2) directly: URL resource values cost more than reading the files.
            var info = stat()
            let full = root + relative
            if stat(full, &info) == 0 {
                if info.st_mode & S_IFMT == S_IFREG { found.append(full) }
            } else if lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                problems.append(.brokenLink(path: full))
            }
        }
        return (found.sorted(), problems.sorted { $0.path < $1.path })
    }

    /// `paths` in order with each file once: of the names of one file (symlinks to it), its own name
    /// when it is among them, else the first.
    public static func distinctFiles(_ paths: [String], realPath: (String) -> String? = realPath) -> [String] {
        var result: [String] = []
        var indexByFile: [String: Int] = [:]
        for path in paths {
            let file = realPath(path) ?? path
            if let index = indexByFile[file] {
                if URL(fileURLWithPath: path).standardizedFileURL.path == file { result[index] = path }
            } else {
                indexByFile[file] = result.count
                result.append(path)
            }
        }
        return result
    }

    /// The path with every symlink resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
