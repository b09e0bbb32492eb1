import Foundation
import Testing
@testable import ReaderDocument

/// The walk of cmark-gfm's syntax tree gives the blocks, styles and links that cmark-gfm's HTML
/// read by the HTML path gave (the route Markdown took before), on every CommonMark example and
/// on documents written like real ones.
@Suite struct MarkdownRouteEquivalenceTests {
    static let spec = Fixtures.sharedFolder.appendingPathComponent("markdown/commonmark-spec.txt")
    static let specAvailable = FileManager.default.fileExists(atPath: spec.path)

    /// The spec's examples, tabs written as the spec shows them ("→") put back.
    static func specExamples() throws -> [String] {
        let text = try String(contentsOf: spec, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence + " example") {
                current = []
            } else if current != nil, line == "." {
                examples.append(current!.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n")
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return examples
    }

    static func bothRoutes(_ markdown: String) -> (walk: [BodyBlock], html: [BodyBlock], walkLinks: [ArticleLink], htmlLinks: [ArticleLink]) {
        let base = URL(string: "https://example.org/notes/")
        let walk = MarkdownBodyConverter.convert(markdown, base: base)
        let html = CommonMarkHTML.body(from: markdown, base: base)
        return (walk.body, html.body, walk.links, html.links)
    }

    @Test(.enabled(if: specAvailable, "../shared/markdown is not beside the repository"))
    func everySpecExampleGivesTheSameBlocks() throws {
        let examples = try Self.specExamples()
        #expect(examples.count == 655)
        var differing: [Int] = []
        for (index, markdown) in examples.enumerated() {
            let routes = Self.bothRoutes(markdown)
            if routes.walk != routes.html || routes.walkLinks != routes.htmlLinks {
                differing.append(index + 1)
                print("example \(index + 1): \(markdown.debugDescription)\n  walk \(routes.walk)\n  html \(routes.html)")
            }
        }
        print("differing: \(differing)")
        #expect(differing.isEmpty)
    }
}
