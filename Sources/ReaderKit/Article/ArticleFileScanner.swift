import Foundation

/// Finds article files: a named file as it is, a directory's article files (text, Markdown and
/// HTML) recursively.
public enum ArticleFileScanner {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// The files a path stands for, sorted by path within a directory.
    public static func files(at path: String) -> Result<[String], ArticleLoadError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.missing(path: path))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        // Listed through its real path, as the enumerator does not follow a symlink to a folder;
        // its files keep the path they were named by.
        guard let enumerator = FileManager.default.enumerator(atPath: realPath(path) ?? path) else {
            return .failure(.unreadable(path: path, reason: "cannot list directory"))
        }
        let root = path.hasSuffix("/") ? path : path + "/"
        var found: [String] = []
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
            if stat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG { found.append(full) }
        }
        return .success(found.sorted())
    }

    /// The path with every symlink resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
