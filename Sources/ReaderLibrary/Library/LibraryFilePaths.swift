import Foundation
import GRDB
import ReaderDocument
import ReaderCore

extension LibraryStore {
    /// The library row of the file at `path` however it is named: as stored, standardised, or
    /// through a symlink on either side (imported through a link and named by its target, or the
    /// reverse).
    public func rowID(filePath path: String) -> Int64? {
        let standardised = URL(fileURLWithPath: path).standardizedFileURL.path
        if let row = rowID(sourcePath: standardised) ?? rowID(sourcePath: path) { return row }
        guard let resolved = ArticleFileScanner.realPath(standardised) else { return nil }
        if let row = rowID(sourcePath: resolved) { return row }
        // Stored by another name of the same file: articles with its file name first, then all.
        let name = (resolved as NSString).lastPathComponent
        let rows = (try? read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, sourcePath FROM article WHERE feedId IS NULL ORDER BY sourcePath LIKE ? ESCAPE '\\' DESC",
                arguments: ["%/" + Self.escapeLike(name)])
        }) ?? []
        return rows.first { ArticleFileScanner.realPath($0["sourcePath"]) == resolved }?["id"]
    }
}
