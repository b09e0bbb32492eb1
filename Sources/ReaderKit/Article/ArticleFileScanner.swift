import Foundation

/// Finds article files: a named file as it is, a directory's .txt and .md files recursively.
public enum ArticleFileScanner {
    public static let articleExtensions: Set<String> = ["txt", "md"]

    /// The files a path stands for, sorted by path within a directory.
    public static func files(at path: String) -> Result<[String], ArticleLoadError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.missing(path: path))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        let root = URL(fileURLWithPath: path, isDirectory: true)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        else {
            return .failure(.unreadable(path: path, reason: "cannot list directory"))
        }
        var found: [String] = []
        for case let url as URL in enumerator {
            guard articleExtensions.contains(url.pathExtension.lowercased()) else { continue }
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile { found.append(url.path) }
        }
        return .success(found.sorted())
    }
}
