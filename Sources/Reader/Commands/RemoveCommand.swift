import ArgumentParser
import Foundation
import ReaderKit

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
        let count = try store.highlights(article: row).count
        var delete = deleteHighlights
        if count > 0 && !keepHighlights && !deleteHighlights {
            guard isatty(STDIN_FILENO) == 1 else {
                Diagnostics.error("the article has \(count) highlight\(count == 1 ? "" : "s"); export them first ('reader export --article \(row) --format w3c'), then rerun with --keep-highlights or --delete-highlights")
                throw ExitCode(ExitStatus.usage)
            }
            FileHandle.standardError.write(Data("The article has \(count) highlight\(count == 1 ? "" : "s"). [k]eep them orphaned, [d]elete them, or [c]ancel? ".utf8))
            switch readLine()?.lowercased().first {
            case "k": delete = false
            case "d": delete = true
            default:
                FileHandle.standardError.write(Data("Nothing removed.\n".utf8))
                return
            }
        }
        do {
            try store.removeArticle(row, deleteHighlights: delete)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        let highlights = "\(count) highlight\(count == 1 ? "" : "s")"
        print("Removed article \(row)" + (count > 0 ? (delete ? "; \(highlights) deleted" : "; \(highlights) kept") : ""))
    }
}
