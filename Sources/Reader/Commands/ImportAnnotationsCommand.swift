import ArgumentParser
import Foundation
import ReaderDocument
import ReaderLibrary

/// `reader import-annotations FILE.json`: reads W3C Web Annotations back into the library.
struct ImportAnnotationsCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "import-annotations",
        abstract: "Read W3C Web Annotations (as 'reader export --format w3c' writes them) into the library.")

    @Argument(help: "A JSON file: an AnnotationCollection, an Annotation or an array of them.") var file: String
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Diagnostics.error("\(file): cannot read")
            throw ExitCode(ExitStatus.noInput)
        }
        let parsed: W3CAnnotations.Parsed
        do {
            parsed = try W3CAnnotations.parseAll(data)
        } catch .invalidJSON(let syntax) {
            // FILE:LINE:COLUMN, as compilers say it, so editors can jump there.
            Diagnostics.error("\(file):\(syntax.line):\(syntax.column): not JSON: \(syntax.expected)")
            throw ExitCode(ExitStatus.dataError)
        } catch {
            Diagnostics.error("\(file): \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        let store = try library.open()
        var report: AnnotationImportReport
        do {
            report = try store.importAnnotations(parsed.annotations)
            let pages = try store.importPageNotes(parsed.pageNotes)
            report.attached += pages.attached
            report.alreadyThere += pages.alreadyThere
            report.orphaned += pages.orphaned
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        report.skipped += parsed.skipped
        for reason in report.skipped { Diagnostics.error("skipped \(reason)") }
        print(report.summary)
    }
}
