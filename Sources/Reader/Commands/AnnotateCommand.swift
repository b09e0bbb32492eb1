import ArgumentParser
import Foundation
import ReaderDocument

/// `reader annotate ARTICLE --quote TEXT`: highlights a passage from a script.
struct AnnotateCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "annotate", abstract: "Highlight a passage of an article, with an optional note.")

    @Argument(help: "An article id from 'reader list', or an imported file's path.") var article: String
    @Option(help: "The exact text to highlight.") var quote: String
    @Option(help: "Which occurrence of the quote, from 1, when it occurs more than once.") var occurrence: Int?
    @Option(help: "A note to attach.") var note: String?
    @Option(name: .customLong("tag"), help: "A tag for the highlight (repeatable; #tag words in the note are tags too).") var tags: [String] = []
    @Option(help: "yellow (the default), green, blue or pink; again on a highlighted passage, its new colour.") var color: String?
    @OptionGroup var library: LibraryOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if quote.isEmpty { throw ValidationError("--quote is empty") }
        if let color, HighlightColor(rawValue: color) == nil {
            throw ValidationError("unknown colour \(color); use \(HighlightColor.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let occurrence, occurrence < 1 { throw ValidationError("--occurrence counts from 1") }
        if let bad = tags.first(where: { Tags.normalized($0) == nil }) {
            throw ValidationError("\(bad) is not a tag: letters, digits, _ - and /, not only digits, at most \(Tags.maxLength) characters")
        }
    }

    func run() throws {
        let store = try library.open()
        let row = try ArticleReference(text: article).row(in: store)
        guard let found = try store.article(row) else { throw ExitCode(ExitStatus.noInput) }
        let scalars = Array(found.plainText.unicodeScalars)
        let starts = TextAnchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars)
        let start: Int
        let count = starts.count
        if count == 0 {
            Diagnostics.error("the quote does not occur in \"\(found.title)\"")
            throw ExitCode(ExitStatus.dataError)
        }
        if let chosen = occurrence {
            guard chosen <= count else {
                Diagnostics.error("the quote occurs only \(count) time\(count == 1 ? "" : "s"); --occurrence \(chosen) is past the last")
                throw ExitCode(ExitStatus.dataError)
            }
            start = starts[chosen - 1]
        } else if count == 1 {
            start = starts[0]
        } else {
            Diagnostics.error("the quote occurs \(count) times in \"\(found.title)\"; choose one with --occurrence 1…\(count)")
            throw ExitCode(ExitStatus.dataError)
        }
        let range = start..<(start + quote.unicodeScalars.count)
        let colour = color.flatMap(HighlightColor.init(rawValue:))
        let noteText = note.flatMap { $0.isEmpty ? nil : $0 }
        var highlight = found.highlight(range, color: colour ?? .yellow, note: noteText, stamper: .system, scalars: scalars)
        // The same passage again updates its highlight (a script run twice), rather than adding a
        // second one: what the options give changes, the rest stays.
        if var existing = try store.highlights(article: row).first(where: { !$0.isOrphaned && $0.start == range.lowerBound && $0.end == range.upperBound }) {
            if let colour { existing.color = colour }
            if let noteText { existing.note = noteText }
            existing.modified = highlight.modified
            highlight = existing
        }
        highlight.tags = Tags.canonical(highlight.tags + tags.compactMap(Tags.normalized) + Tags.hashtags(in: noteText ?? ""))
        do {
            try store.saveHighlight(highlight, rowID: row, articleTitle: found.title)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.cannotOpenLibrary)
        }
        print(highlight.id)
    }
}
