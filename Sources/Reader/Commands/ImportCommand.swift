import ArgumentParser
import Foundation
import ReaderEntities
import ReaderDocument
import ReaderLibrary

/// `reader import PATH...`: adds files and directories to the library.
struct ImportCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add article files and directories to the library (unchanged files are skipped).")

    @Argument(help: "Article files or directories (.txt, .md and .html are taken from directories).")
    var paths: [String]

    @Flag(help: ArgumentHelp(
        "Import quickly: do not find entities or index for search now.",
        discussion: "Entities are found when an article is first opened; the search index catches up before the next search."))
    var noEntities = false

    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let config = global.loadConfigReportingProblems()
        // A path that does not exist is named and makes the exit status 66, as for `reader PATH`;
        // the others are still imported.
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        for path in missing { Diagnostics.error(ArticleLoadError.missing(path: path).description) }
        let existing = paths.filter { !missing.contains($0) }
        guard !existing.isEmpty else { throw ExitCode(ExitStatus.noInput) }
        let store = try library.open()
        var recognizer: EntityRecognizer?
        if !noEntities {
            do {
                recognizer = try EntityResources.recognizer()
            } catch {
                // The import goes on: entities are then found when an article is first opened.
                Diagnostics.error("entities are not found now (\(error)); they will be when an article is opened")
            }
        }
        let bar = ProgressBar(label: "Importing")
        let report: ImportReport
        do {
            report = try store.importPaths(existing, recognizer: recognizer, deferSearchIndex: noEntities, loader: config.articleLoader) {
                bar.update(done: $0, total: $1)
            }
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        ReaderLog.logger.info("import finished: \(report.summary)", metadata: ["paths": "\(paths.count)"])
        for problem in report.skipped { Diagnostics.error("skipped \(problem.description)") }
        print(report.summary)
        if !missing.isEmpty || (report.added + report.updated + report.unchanged == 0 && !report.skipped.isEmpty) {
            throw ExitCode(ExitStatus.noInput)
        }
    }
}
