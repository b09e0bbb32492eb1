import ArgumentParser
import Foundation
import ReaderLibrary

/// A feed named on the command line: its number, its URL (or the path `reader feed add` was
/// given), or its name, which must name one feed only.
struct FeedReference {
    let text: String

    /// The feed it names, or an error on stderr and the exit status: 66 for none, 65 when
    /// several feeds share the name.
    func feed(in store: LibraryStore) throws -> StoredFeed {
        var matches = try store.feeds(matching: text)
        if matches.isEmpty, let url = try? FeedAddress.normalised(text, existing: false) {
            matches = try store.feeds(matching: url)
        }
        guard let first = matches.first else {
            Diagnostics.error("no feed \(text) (reader feed list shows them)")
            throw ExitCode(ExitStatus.noInput)
        }
        guard matches.count == 1 else {
            let numbers = matches.map { String($0.id) }.joined(separator: ", ")
            Diagnostics.error("\(matches.count) feeds are called \(first.name): \(numbers); give the number or URL")
            throw ExitCode(ExitStatus.dataError)
        }
        return first
    }
}
