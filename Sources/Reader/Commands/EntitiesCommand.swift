import ArgumentParser
import Foundation
import ReaderText
import ReaderEntities
import ReaderDocument
import ReaderLibrary

/// `reader entities`: named entities as JSON lines (a stable contract) or as a table per article.
struct EntitiesCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the named entities of articles, or of JSON lines on stdin.")

    @Flag(help: "Read {\"doc\", \"text\"} JSON lines on stdin; write one {\"doc\",\"start\",\"end\",\"label\",\"text\"} line per entity.")
    var jsonl = false

    @Argument(help: "Article files or directories, or http and https addresses (fetched, not added to the library).")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "List the most mentioned entities across the library (the default library when no path follows).",
        valueName: "path"))
    var library: String?

    @Option(help: "With --library: how many entities.")
    var top = 20

    @Flag(help: "With --library: one JSON array.")
    var json = false

    @Option(help: .hidden)
    var model: String?

    @Option(help: .hidden)
    var gazetteer: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if library != nil { return }
        if jsonl && !paths.isEmpty { throw ValidationError("--jsonl reads stdin; give no paths with it") }
        if !jsonl && paths.isEmpty { throw ValidationError("give article paths, --jsonl to read JSON lines on stdin, or --library") }
        for path in paths {
            if let problem = WebAddress.problem(path) { throw ValidationError("\(path): \(problem)") }
        }
    }

    func run() throws {
        if let library {
            try LibraryEntities(path: library, top: top, json: json).run()
            return
        }
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
            let urls = paths.filter(WebPage.isWebAddress)
            let files = paths.filter { !WebPage.isWebAddress($0) }
            var articles: [Article] = []
            var failed = false
            if !files.isEmpty {
                do {
                    articles = try ArticleSet.load(paths: files).articles
                } catch {
                    // Named on stderr already; the pages are still read.
                    guard !urls.isEmpty else { throw error }
                    failed = true
                }
            }
            let pages = WebPageFetcher(fetcher: FeedRefreshing.fetcher())
            for url in urls {
                switch pages.article(at: url) {
                case .success(let page): articles.append(page.article)
                case .failure(let error):
                    Diagnostics.error(error.description)
                    failed = true
                }
            }
            for article in articles {
                print(EntityTable.render(article: article, spans: recognizer.recognize(article.plainText)))
            }
            if failed { throw ExitCode(ExitStatus.noInput) }
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

/// `reader entities --library`: the entities mentioned in the most articles.
struct LibraryEntities {
    let path: String
    let top: Int
    let json: Bool

    func run() throws {
        let store = try LibraryOptions(path: path).open()
        let entities = try store.topEntities(limit: max(1, top))
        if json {
            let objects = entities.map {
                ["name": $0.name, "label": $0.label.rawValue, "articles": $0.articles, "mentions": $0.mentions] as [String: Any]
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        if entities.isEmpty { Diagnostics.error("no entities in the library yet (import articles first)") }
        for entity in entities {
            let label = entity.label.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            print("\(label) \(TextSanitizer.sanitize(entity.name, keepNewlines: false))  \(entity.articles) articles, \(entity.mentions) mentions")
        }
    }
}
