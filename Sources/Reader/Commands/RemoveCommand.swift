import ArgumentParser
import Foundation
import ReaderDocument

/// `reader remove ARTICLE`: takes an article out of the library, asking first when it has notes.
struct RemoveCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an article from the library (its highlights are kept unless you say otherwise).")

    @Argument(help: "An article id from 'reader list', or an imported file's path.") var article: String
    @Flag(help: "Keep its highlights, orphaned (listed and exported with their quotes).") var keepHighlights = false
    @Flag(help: "Delete its highlights too.") var deleteHighlights = false
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if keepHighlights && deleteHighlights { throw ValidationError("choose --keep-highlights or --delete-highlights, not both") }
    }

    func run() throws {
        let store = try library.open()
        let row = try ArticleReference(text: article).row(in: store)
        let highlights = RemovedHighlights(
            count: try store.highlights(article: row).count, owner: "the article has", export: "reader export --article \(row) --format w3c")
        guard let delete = try highlights.shouldDelete(keep: keepHighlights, delete: deleteHighlights) else { return }
        do {
            try store.removeArticle(row, deleteHighlights: delete)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        print("Removed article \(row)" + highlights.outcome(deleted: delete))
    }
}
