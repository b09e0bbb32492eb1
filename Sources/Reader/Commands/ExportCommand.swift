import ArgumentParser
import Foundation
import ReaderDocument

/// `reader export --format markdown|w3c|obsidian`: highlights and notes for other tools.
struct ExportCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export highlights, notes and tags as Markdown, W3C Web Annotations (JSON-LD) or an Obsidian folder.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, w3c, obsidian }

    @Option(help: "Only this article (an id from 'reader list' or a path).") var article: String?
    @Option(help: "markdown, w3c or obsidian (one file per article in the --output folder).") var format: Format
    @Option(help: "Write to this file (obsidian: this folder) instead of standard output.") var output: String?
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if format == .obsidian && output == nil { throw ValidationError("--format obsidian needs --output DIR, the vault folder to write into") }
    }

    func run() throws {
        let store = try library.open()
        let row = try article.map { try ArticleReference(text: $0).row(in: store) }
        if format == .obsidian, let output {
            return try exportVault(try store.annotatedArticles(article: row), to: output)
        }
        let highlights = try store.allHighlights(article: row)
        let articles = try store.annotatedArticles(article: row)
        let data: Data
        switch format {
        case .markdown, .obsidian:
            data = Data(MarkdownExport.render(articles).utf8)
        case .w3c:
            // The same library (and article) exports under the same collection id.
            let name = "reader-library:" + store.path + (row.map { "#article-\($0)" } ?? "")
            let agents = W3CAnnotations.Agents(creatorNickname: NSUserName().isEmpty ? nil : NSUserName(), generatorName: "Reader \(ReaderVersion.current)")
            data = try W3CAnnotations.data(highlights, articles: articles, collectionID: W3CAnnotations.collectionID(naming: name), agents: agents)
                + Data("\n".utf8)
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

    func exportVault(_ articles: [AnnotatedArticle], to folder: String) throws {
        let report: ObsidianVault.Report
        do {
            report = try ObsidianVault.export(articles, into: DirectoryVaultFiles(directory: URL(fileURLWithPath: folder)))
        } catch {
            Diagnostics.error("cannot write into \(folder): \((error as NSError).localizedDescription)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        for reason in report.skipped { Diagnostics.error(reason) }
        FileHandle.standardError.write(Data("\(articles.count) article\(articles.count == 1 ? "" : "s") in \(folder): \(report.summary)\n".utf8))
    }
}
