import Foundation
@testable import ReaderDocument
@testable import ReaderCore

/// feedparser's test feeds in ../shared/feeds/feedparser-tests, each with the `Expect:` line and
/// the HTTP headers its opening comment gives.
struct FeedparserCase {
    var folder: String
    /// The path below the suite's root, e.g. "wellformed/atom/entry_title.xml".
    var path: String
    var bytes: [UInt8]
    var expectation: String?
    var headers: [String: String]

    /// Where feedparser's own test server would serve the file.
    var documentURL: String { "http://127.0.0.1:8097/tests/" + path }

    static let root = Fixtures.sharedFolder.appendingPathComponent("feeds/feedparser-tests")
    static var available: Bool { FileManager.default.fileExists(atPath: root.path) }

    static func all() -> [FeedparserCase] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var cases: [FeedparserCase] = []
        for case let url as URL in walker where url.pathExtension == "xml" {
            let path = String(url.path.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            cases.append(FeedparserCase(path: path, bytes: [UInt8](data)))
        }
        return cases.sorted { $0.path < $1.path }
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        folder = String(path.prefix { $0 != "/" })
        // The comment is ASCII in every charset the suite uses once UTF-16/32's zero bytes go.
        let head = String(decoding: bytes.prefix(4096).filter { $0 != 0 }, as: UTF8.self)
        var headers: [String: String] = [:]
        for line in head.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("Expect:"), expectation == nil {
                expectation = String(trimmed.dropFirst(7)).trimmingWhitespace()
            } else if trimmed.hasPrefix("Header:") {
                let header = trimmed.dropFirst(7).trimmingWhitespace()
                if let colon = header.firstIndex(of: ":") {
                    headers[header[..<colon].lowercased()] = header[header.index(after: colon)...].trimmingWhitespace()
                }
            }
            if trimmed.hasPrefix("-->") { break }
        }
        self.headers = headers
    }

    /// The document as `reader feed parse` reads it, given the case's HTTP headers.
    func parse() -> Result<Feed, FeedError> {
        let charset = headers["content-type"].flatMap(DocumentCharset.charset(fromContentType:))
        var base = documentURL
        if let location = headers["content-location"] { base = FeedURL.resolve(location, against: documentURL) }
        return FeedParser.parse(bytes, httpCharset: charset, base: base, name: path)
    }

    enum Outcome {
        case passed, failed(String), unmapped(String), noExpectation
    }

    func run() -> Outcome {
        guard let expectation, !expectation.isEmpty else { return .noExpectation }
        let expression: PythonExpression
        do {
            expression = try PythonExpression.parse(expectation)
        } catch {
            return .unmapped("syntax: \(error)")
        }
        let report: FeedReport
        switch parse() {
        case .success(let feed): report = FeedReport(feed)
        case .failure(let error):
            // feedparser reads every document (bozo set); Reader refusing one fails it.
            return .failed("refused: \(error.reason)")
        }
        let evaluator = FeedparserEvaluator(root: FeedparserResult.root(report), document: bytes)
        do {
            let value = try evaluator.evaluate(expression)
            return value.isTruthy ? .passed : .failed(report.json())
        } catch let unmapped as FeedparserEvaluator.Unmapped {
            return .unmapped(unmapped.kind)
        } catch let failure as FeedparserEvaluator.Failure {
            return .failed("\(failure.reason)\n\(report.json())")
        } catch {
            return .failed("\(error)")
        }
    }
}
