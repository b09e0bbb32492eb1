import ArgumentParser
import Foundation
import ReaderText
import ReaderDocument
import ReaderLibrary

/// `reader feed parse FILE|URL [--json]`: what Reader reads of a feed, without following it.
/// The same fetch and parse as `reader refresh`.
struct FeedParseCommand: ParsableCommand, HasGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Print what Reader reads of a feed, without following it.")

    @Argument(help: "An http or https URL, a file: URL or a path to a feed file.") var source: String
    @Flag(help: "Print JSON: feed, recovered, encoding and items.") var json = false
    @Option(help: "Seconds before a fetch gives up.") var timeout: Double = 10
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let url = try FeedAddress.checked(source)
        let refresher = FeedRefreshing.refresher(timeout: timeout, concurrency: 1)
        let parsed: Feed
        switch refresher.fetcher.fetch(FeedRequest(url: url)) {
        case .failure(let error):
            Diagnostics.error(error.description)
            throw ExitCode(ExitStatus.noInput)
        case .success(.notModified):
            Diagnostics.error("\(url): not modified")
            throw ExitCode(1)
        case .success(.fetched(let document)):
            switch FeedRefresher.parse(document, url: url) {
            case .failure(let error):
                Diagnostics.error(error.description)
                throw ExitCode(ExitStatus.dataError)
            case .success(let feed):
                parsed = feed
            }
        }
        let report = FeedReport(parsed)
        if json {
            print(report.json())
        } else {
            print(Self.text(report))
        }
    }

    /// The report as lines for a person: the feed, then each item with its date and link.
    static func text(_ report: FeedReport) -> String {
        func clean(_ text: String?) -> String { TextSanitizer.sanitize(text ?? "", keepNewlines: false) }
        var lines = ["\(clean(report.feed.title ?? "(untitled feed)"))\(report.recovered ? " (recovered)" : "")"]
        if let link = report.feed.link { lines.append(clean(link)) }
        lines.append("\(report.items.count) item\(report.items.count == 1 ? "" : "s"), read as \(report.encoding)")
        for item in report.items {
            lines.append("")
            lines.append(clean(item.title ?? "(untitled)"))
            let details = [item.published ?? item.updated, item.author, item.link].compactMap { $0 }.map(clean).filter { !$0.isEmpty }
            if !details.isEmpty { lines.append("  " + details.joined(separator: "  ")) }
            for enclosure in item.enclosures { lines.append("  enclosure: \(clean(enclosure.url))") }
        }
        return lines.joined(separator: "\n")
    }
}
