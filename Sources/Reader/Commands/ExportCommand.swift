import ArgumentParser
import Foundation
import ReaderDocument

/// `reader export --format markdown|w3c`: highlights and notes for other tools.
struct ExportCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export highlights and notes as Markdown or W3C Web Annotations (JSON-LD).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, w3c }

    @Option(help: "Only this article (an id from 'reader list' or a path).") var article: String?
    @Option(help: "markdown or w3c.") var format: Format
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try library.open()
        let row = try article.map { try ArticleReference(text: $0).row(in: store) }
        let highlights = try store.allHighlights(article: row)
        let data: Data
        switch format {
        case .markdown:
            data = Data(MarkdownExport.render(highlights).utf8)
        case .w3c:
            // The same library (and article) exports under the same collection id.
            let name = "reader-library:" + store.path + (row.map { "#article-\($0)" } ?? "")
            data = try W3CAnnotations.data(highlights, collectionID: W3CAnnotations.collectionID(naming: name)) + Data("\n".utf8)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Diagnostics.error("cannot write \(output): \((error as NSError).localizedDescription)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        FileHandle.standardError.write(Data("Exported \(highlights.count) highlight\(highlights.count == 1 ? "" : "s") to \(output)\n".utf8))
    }
}
