import ArgumentParser
import Foundation
import ReaderKit

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
        let store = try library.open()
        let recognizer = noEntities ? nil : try? EntityResources.recognizer()
        let bar = ProgressBar(label: "Importing")
        let report: ImportReport
        do {
            report = try store.importPaths(paths, recognizer: recognizer, deferSearchIndex: noEntities, loader: config.articleLoader) {
                bar.update(done: $0, total: $1)
            }
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        ReaderLog.logger.info("import finished: \(report.summary)", metadata: ["paths": "\(paths.count)"])
        for problem in report.skipped { Diagnostics.error("skipped \(problem.description)") }
        print(report.summary)
        if report.added + report.updated + report.unchanged == 0 && !report.skipped.isEmpty {
            throw ExitCode(ExitStatus.noInput)
        }
    }
}
