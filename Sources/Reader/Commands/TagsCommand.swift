import ArgumentParser
import Foundation

/// `reader tags`: every tag in the library with how many highlights and articles carry it.
struct TagsCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List the tags of highlights and articles, with their counts.")

    @Flag(help: "One JSON array.") var json = false
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let counts = try library.open().tagCounts()
        if json {
            let objects = counts.map { ["tag": $0.tag, "highlights": $0.highlights, "articles": $0.articles] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        if counts.isEmpty { Diagnostics.error("no tags yet", log: false) }
        for count in counts {
            print("\(count.tag)\t\(count.highlights) highlight\(count.highlights == 1 ? "" : "s")\t\(count.articles) article\(count.articles == 1 ? "" : "s")")
        }
    }
}
