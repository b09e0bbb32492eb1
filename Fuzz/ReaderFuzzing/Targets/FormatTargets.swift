import Foundation
import ReaderDocument
import ReaderCore

extension FuzzTarget {
    /// Page bytes through libxml2's HTML parser and the article extraction.
    public static let html = FuzzTarget(
        name: "html",
        summary: "page bytes → HTMLPage (libxml2, extraction, links): articles well formed"
    ) { bytes in
        articleViolations(ArticleLoader().parse(bytes: bytes, path: "/fuzz/page.html"))
    }

    /// Markdown text through cmark-gfm and the walk of its syntax tree (raw HTML through the HTML path).
    public static let markdown = FuzzTarget(
        name: "markdown",
        summary: "Markdown bytes → cmark-gfm → syntax tree walk: no trap, no endless loop, articles well formed"
    ) { bytes in
        articleViolations(ArticleLoader().parse(bytes: bytes, path: "/fuzz/notes.md"))
    }

    /// Feed bytes through the RSS/Atom parser and each item into an article.
    public static let feed = FuzzTarget(
        name: "feed",
        summary: "feed bytes → FeedParser (RSS, Atom, CDF; mended or recovered) → articles and the parse report: errors named, items well formed"
    ) { bytes in
        var violations = Violations()
        switch FeedParser.parse(bytes, name: "fuzz.xml") {
        case .failure(let error):
            violations.expect(!"\(error)".isEmpty, "a failure without a message")
        case .success(let feed):
            _ = FeedReport(feed).json()
            for (index, item) in feed.items.prefix(50).enumerated() {
                let article = FeedItemArticle.article(item, feedId: 1)
                violations.append(ArticleInvariants.check(article), context: "item \(index)")
            }
        }
        _ = OPML.parse(bytes, name: "fuzz.opml")
        return violations.messages
    }

    /// Config text: parsing never traps, and every problem names the file and a line in it.
    public static let config = FuzzTarget(
        name: "config",
        summary: "config.toml text → ConfigParser: problems name the file and a line that exists"
    ) { bytes in
        var violations = Violations()
        let text = String(decoding: bytes, as: UTF8.self)
        // Lines as TOML counts them: by LF scalars ("\r\n" is one Character in a Swift string).
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        let outcome = ConfigParser.parse(text, file: "fuzz.toml")
        for problem in outcome.problems {
            violations.expect(problem.file == "fuzz.toml", "a problem without the file: \(problem)")
            if let line = problem.line { violations.expect(line >= 1 && line <= max(1, lines), "line \(line) of \(lines): \(problem)") }
        }
        return violations.messages
    }

    /// W3C annotation JSON: parsing never traps; what it accepts has a quote and a sane position.
    public static let w3c = FuzzTarget(
        name: "w3c",
        summary: "annotation JSON → W3CAnnotations.parse: quotes non-empty, positions ordered"
    ) { bytes in
        var violations = Violations()
        guard case .success(let parsed) = Result(catching: { try W3CAnnotations.parse(Data(bytes)) }) else { return [] }
        for annotation in parsed.annotations {
            violations.expect(!annotation.quote.exact.isEmpty, "an annotation with an empty quote")
            if let position = annotation.position {
                violations.expect(position.lowerBound >= 0 && position.lowerBound <= position.upperBound, "position \(position)")
            }
        }
        return violations.messages
    }

    static func articleViolations(_ result: Result<Article, ArticleLoadError>) -> [String] {
        guard case .success(let article) = result else { return [] }
        return ArticleInvariants.check(article)
    }
}
