import Foundation
import Testing
@testable import ReaderDocument

/// feedparser's own test suite as the yardstick of the feed parser: each shared test's
/// `Expect:` line is evaluated over what Reader reads (see `FeedparserComparison` for how values
/// compare). Prints the pass rate per folder and the expectation kinds not mapped; holds the
/// targets. `FEEDPARSER_DETAIL=1` also prints every failure, `FEEDPARSER_ONLY=PATH-PREFIX` runs
/// a part. `Scripts/feedparser-rates.sh` runs it.
@Suite struct FeedparserSuiteTests {
    static let available = FeedparserCase.available

    struct Tally {
        var total = 0, mapped = 0, passed = 0
        var rate: Double { mapped == 0 ? 1 : Double(passed) / Double(mapped) }
        var line: String { String(format: "%5.1f%%  %4d/%-4d mapped passed  (%d files)", rate * 100, passed, mapped, total) }
    }

    @Test(.enabled(if: available, "../shared/feeds/feedparser-tests is not beside the repository: feedparser suite skipped"))
    func passRatesPerFolder() throws {
        let environment = ProcessInfo.processInfo.environment
        let detail = environment["FEEDPARSER_DETAIL"] != nil
        let only = environment["FEEDPARSER_ONLY"]
        var folders: [String: Tally] = [:]
        var subfolders: [String: Tally] = [:]
        var unmapped: [String: Int] = [:]
        var failures: [String] = []
        for test in FeedparserCase.all() where only.map(test.path.hasPrefix) ?? true {
            let subfolder = test.path.split(separator: "/").dropLast().joined(separator: "/")
            folders[test.folder, default: Tally()].total += 1
            subfolders[subfolder, default: Tally()].total += 1
            switch test.run() {
            case .passed:
                folders[test.folder]!.mapped += 1
                folders[test.folder]!.passed += 1
                subfolders[subfolder]!.mapped += 1
                subfolders[subfolder]!.passed += 1
            case .failed(let why):
                folders[test.folder]!.mapped += 1
                subfolders[subfolder]!.mapped += 1
                failures.append("\(test.path)\n  Expect: \(test.expectation ?? "")\n  \(why.replacingOccurrences(of: "\n", with: "\n  "))")
            case .unmapped(let kind):
                unmapped[Self.group(kind), default: 0] += 1
            case .noExpectation:
                unmapped["(no Expect: line)", default: 0] += 1
            }
        }
        var lines = ["feedparser suite, per folder (mapped expectations that pass):"]
        for (name, tally) in folders.sorted(by: { $0.key < $1.key }) { lines.append("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(tally.line)") }
        lines.append("per subfolder:")
        for (name, tally) in subfolders.sorted(by: { $0.key < $1.key }) { lines.append("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(tally.line)") }
        lines.append("unmapped expectation kinds (files):")
        for (kind, count) in unmapped.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            lines.append("  \(String(count).padding(toLength: 5, withPad: " ", startingAt: 0)) \(kind)")
        }
        print(lines.joined(separator: "\n"))
        if detail { print("failures:\n" + failures.joined(separator: "\n")) }
        guard only == nil else { return }
        #expect((folders["wellformed"]?.rate ?? 0) >= 0.95, "wellformed: \(folders["wellformed"]?.line ?? "")")
        #expect((folders["encoding"]?.rate ?? 0) >= 0.95, "encoding: \(folders["encoding"]?.line ?? "")")
        #expect((folders["entities"]?.rate ?? 0) >= 0.90, "entities: \(folders["entities"]?.line ?? "")")
    }

    /// Every ill-formed document is read (or refused with a reason) without a crash, and what
    /// is read of it is marked recovered.
    @Test(.enabled(if: available, "../shared/feeds/feedparser-tests is not beside the repository: feedparser suite skipped"))
    func illformedDocumentsAreReadWithoutACrash() {
        for test in FeedparserCase.all() where test.folder == "illformed" {
            switch test.parse() {
            case .success(let feed):
                _ = FeedReport(feed).json()
                for item in feed.items { _ = FeedItemArticle.article(item, feedId: 1) }
            case .failure(let error):
                #expect(!error.reason.isEmpty, "\(test.path)")
            }
        }
    }

    /// Unmapped kinds grouped by why Reader has no answer for them.
    static func group(_ kind: String) -> String {
        let key = kind.split(separator: "'").dropFirst().first.map(String.init) ?? kind
        if kind.hasPrefix("detail[") || kind.hasPrefix("content[") {
            return "\(kind): a text's type, language or xml:base (Reader keeps the text, resolved)"
        }
        if kind.hasPrefix("result[") {
            return "\(kind): parser or HTTP metadata (version, namespaces, headers, status), not part of what Reader reads"
        }
        if ["published", "updated", "modified", "issued", "created", "expired", "date"].contains(key) {
            return "\(kind): a date as written (Reader keeps the date, mapped as *_parsed)"
        }
        if key.hasSuffix("_parsed") { return "\(kind): a date Reader does not keep (created, expired, validity)" }
        if ["links", "tags", "category", "contributors", "authors", "enclosure"].contains(key) || kind.hasPrefix("enclosure[") {
            return "\(kind): lists Reader does not keep (link lists, categories, contributors)"
        }
        if kind.hasPrefix("feed[") { return "\(kind): feed metadata besides title, link, updated and author" }
        if kind.hasPrefix("entry[") { return "\(kind): item field Reader does not keep" }
        if kind.hasPrefix("author_detail[") { return "\(kind): an author's URL (Reader keeps name and email)" }
        return "\(kind): Python beyond the evaluator (isinstance, datetime, locals, dict comparisons)"
    }
}
