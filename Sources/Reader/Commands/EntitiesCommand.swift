import ArgumentParser
import Foundation
import ReaderKit

/// `reader entities`: named entities as JSON lines (a stable contract) or as a table per article.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the named entities of articles, or of JSON lines on stdin.")

    @Flag(help: "Read {\"doc\", \"text\"} JSON lines on stdin; write one {\"doc\",\"start\",\"end\",\"label\",\"text\"} line per entity.")
    var jsonl = false

    @Argument(help: "Article files or directories.")
    var paths: [String] = []

    @Option(help: .hidden)
    var model: String?

    @Option(help: .hidden)
    var gazetteer: String?

    func validate() throws {
        if jsonl && !paths.isEmpty { throw ValidationError("--jsonl reads stdin; give no paths with it") }
        if !jsonl && paths.isEmpty { throw ValidationError("give article paths, or --jsonl to read JSON lines on stdin") }
    }

    func run() throws {
        let recognizer: EntityRecognizer
        do {
            recognizer = try EntityResources.recognizer(modelPath: model, gazetteerPath: gazetteer)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.software)
        }
        if jsonl {
            JSONLinesEntities(recognizer: recognizer).run()
        } else {
            let loaded = try ArticleSet.load(paths: paths)
            for article in loaded.articles {
                print(EntityTable.render(article: article, spans: recognizer.recognize(article.plainText)))
            }
        }
    }
}

/// Streams JSON lines from stdin to stdout; a bad line is reported with its number and skipped.
struct JSONLinesEntities {
    let recognizer: EntityRecognizer

    func run() {
        var output = ""
        output.reserveCapacity(1 << 16)
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let document: EntityJSONL.Document
            do {
                document = try EntityJSONL.document(fromLine: line[...])
            } catch {
                Diagnostics.error("stdin line \(lineNumber): \(error); skipped")
                continue
            }
            for span in recognizer.recognize(document.text) {
                output += EntityJSONL.line(docJSON: document.idJSON, span: span)
                output += "\n"
            }
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// A readable table of an article's entities: one row per alias group with its label, name,
/// mention count and the other names it goes by.
enum EntityTable {
    static func render(article: Article, spans: [EntitySpan]) -> String {
        var lines = [TextSanitizer.sanitize(article.title, keepNewlines: false)]
        let groups = EntityGroups.group(spans).sorted {
            ($0.label.rawValue, -$0.mentions.count, $0.name) < ($1.label.rawValue, -$1.mentions.count, $1.name)
        }
        for group in groups {
            let label = group.label.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            var row = "  \(label) \(group.name)  ×\(group.mentions.count)"
            var aliases: [String] = []
            for mention in group.mentions where mention.text != group.name && !aliases.contains(mention.text) {
                aliases.append(mention.text)
            }
            if !aliases.isEmpty { row += "  (also " + aliases.joined(separator: ", ") + ")" }
            lines.append(TextSanitizer.sanitize(row, keepNewlines: false))
        }
        if groups.isEmpty { lines.append("  (no entities)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
