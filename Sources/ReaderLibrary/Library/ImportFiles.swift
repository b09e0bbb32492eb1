/// An article already in the library, as an import sees it.
struct KnownArticle: Sendable {
    let id: Int64
    let hash: String
    let sourcePath: String
}

/// One file an import reads: where it is read from, the source path its article is stored under,
/// and the article it already is, if any.
struct ImportFile: Sendable {
    let path: String
    let sourcePath: String
    let existing: KnownArticle?
}

/// The files an import reads, each file once however many names it has: a symlink to a file also
/// named in the import, or already in the library under another name, is the same article.
enum ImportFiles {
    /// `named` in order, a file named twice (through symlinks) kept once: under the library's name
    /// when the library has it, else under its own name when it is named so, else its first name.
    static func resolve(
        _ named: [String], known: [String: KnownArticle], realPath: (String) -> String?
    ) -> [ImportFile] {
        var knownByFile: [String: KnownArticle] = [:]
        for article in known.values where article.sourcePath.hasPrefix("/") {
            let file = realPath(article.sourcePath) ?? article.sourcePath
            // A library holding one file twice (imported through a link before): its own name wins.
            if knownByFile[file] == nil || article.sourcePath == file { knownByFile[file] = article }
        }
        var files: [ImportFile] = []
        var indexByFile: [String: Int] = [:]
        for path in named {
            let file = realPath(path) ?? path
            if let index = indexByFile[file] {
                if files[index].existing == nil, path == file {
                    files[index] = ImportFile(path: path, sourcePath: path, existing: nil)
                }
                continue
            }
            indexByFile[file] = files.count
            if let article = known[path] ?? knownByFile[file] {
                files.append(ImportFile(path: path, sourcePath: article.sourcePath, existing: article))
            } else {
                files.append(ImportFile(path: path, sourcePath: path, existing: nil))
            }
        }
        return files
    }
}
