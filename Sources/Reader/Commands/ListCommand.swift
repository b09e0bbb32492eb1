import ArgumentParser
import Foundation
import ReaderText
import ReaderCore
import ReaderDocument

/// `reader list`: the library's articles, for scripts.
struct ListCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the library's articles.")

    @Flag(help: "One JSON array.") var json = false
    @Flag(help: "Only unread articles.") var unread = false
    @Flag(help: "Only starred articles.") var starred = false
    @Option(help: "Sort by date or title.") var sort: String = "date"
    @Option(help: "Only articles with this tag (on the article or one of its highlights).") var tag: String?
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if unread && starred { throw ValidationError("choose --unread or --starred, not both") }
        if LibraryListQuery.Sort(rawValue: sort) == nil { throw ValidationError("--sort takes date or title") }
        if let tag, Tags.normalized(tag) == nil { throw ValidationError("\(tag) is not a tag") }
    }

    func run() throws {
        let store = try library.open()
        let query = LibraryListQuery(filter: unread ? .unread : starred ? .starred : .all, sort: LibraryListQuery.Sort(rawValue: sort) ?? .date)
        var entries = try store.entries(query)
        if let tag {
            let rows = try store.articleRows(taggedWith: tag)
            entries = entries.filter { rows.contains($0.id) }
        }
        if json {
            let objects: [[String: Any]] = entries.map { entry in
                var object: [String: Any] = [
                    "id": entry.id, "title": entry.summary.title, "source": entry.summary.sourceName ?? entry.summary.sourcePath,
                    "read": entry.isRead, "starred": entry.isStarred,
                ]
                if let date = entry.summary.dateline?.date { object["date"] = ISO8601DateFormatter().string(from: date) }
                return object
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        for entry in entries {
            let date = entry.summary.dateline?.date.map { ISO8601DateFormatter().string(from: $0).prefix(10) } ?? "          "
            let marks = (entry.isRead ? " " : "●") + (entry.isStarred ? "★" : " ")
            let title = TextSanitizer.sanitize(entry.summary.title, keepNewlines: false)
            let source = TextSanitizer.sanitize(entry.summary.sourceName ?? entry.summary.sourcePath, keepNewlines: false)
            print("\(entry.id)\t\(marks)\t\(date)\t\(title)\t\(source)")
        }
    }
}

/// `reader search QUERY`: full-text search of the library.
struct SearchCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the library's titles, bylines and text.")

    @Argument(help: "Words to find (the last may be the start of a word).") var query: [String]
    @Flag(help: "One JSON array.") var json = false
    @Option(help: "At most this many results.") var limit = 20
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let words = query.joined(separator: " ")
        guard SearchQuery.isSearchable(words) else {
            Diagnostics.error(SearchQuery.notSearchableMessage(words))
            throw ExitCode(ExitStatus.dataError)
        }
        let store = try library.open()
        let hits = try store.search(words, limit: max(1, limit))
        if json {
            let objects = hits.map { ["id": $0.id, "title": $0.title, "snippet": $0.snippet] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        if hits.isEmpty { Diagnostics.error("no matches") }
        for hit in hits {
            print("\(hit.id)\t\(TextSanitizer.sanitize(hit.title, keepNewlines: false))")
            print("\t\(TextSanitizer.sanitize(hit.snippet, keepNewlines: false))")
        }
        // Cut short by --limit: said on stderr, so the list stays as it was for scripts.
        if hits.count == max(1, limit), let total = try? store.searchCount(words), total > hits.count {
            Diagnostics.error("\(hits.count) of \(total) matches shown; --limit \(total) shows them all", log: false)
        }
    }
}
