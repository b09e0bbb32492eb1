import ArgumentParser
import Foundation
import ReaderLibrary

/// An article named on the command line: an id from `reader list`, or a source path.
struct ArticleReference {
    let text: String

    /// The library row it names, or a usage error that says why not.
    func row(in store: LibraryStore) throws -> Int64 {
        if let id = Int64(text), (try? store.article(id)) != nil { return id }
        if let row = store.rowID(filePath: text) { return row }
        Diagnostics.error("no article \(text) in the library (an id from 'reader list' or an imported file's path)")
        throw ExitCode(ExitStatus.noInput)
    }
}

extension ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
}
