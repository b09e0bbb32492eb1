import Foundation
import Testing
@testable import ReaderDocument

/// `reader show --json`, run as a script runs it: one JSON object per article.
@Suite struct ShowJSONCommandTests {
    let sandbox = CommandSandbox(named: "reader-show-json")

    @Test func aPageIsOneObjectWithItsMetadataAndPlainBody() throws {
        defer { try? FileManager.default.removeItem(at: sandbox.folder) }
        try FileManager.default.createDirectory(at: sandbox.folder, withIntermediateDirectories: true)
        let page = sandbox.folder.appendingPathComponent("story.html")
        let paragraph = "The harbour council met on Tuesday, and the ferry timetable changes next month for every route."
        try """
            <html lang="en"><head><title>Ferry timetable changes | Coastal Gazette</title>
            <link rel="canonical" href="https://gazette.example/ferry"><meta property="og:site_name" content="Coastal Gazette">
            <meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Ferry timetable changes</h1>
            <p class="byline">By Ida Berg</p><p>\(paragraph) See <a href="/t">the table</a>.</p><p>\(paragraph)</p><p>\(paragraph)</p>
            <p>\(paragraph)</p><p>\(paragraph)</p></article></body></html>
            """.write(to: page, atomically: true, encoding: .utf8)
        let result = try sandbox.reader(["show", "--json", page.path])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Ferry timetable changes")
        #expect(object["byline"] as? String == "By Ida Berg")
        #expect(object["date"] as? String == "2024-03-05T09:30:00Z")
        #expect(object["site"] as? String == "Coastal Gazette")
        #expect(object["language"] as? String == "en")
        #expect(object["url"] as? String == "https://gazette.example/ferry")
        let body = try #require(object["body"] as? String)
        #expect(body.hasPrefix(paragraph + " See the table."))
        #expect(body.components(separatedBy: "\n\n").count == 5)
        #expect(!body.contains("Home") && !body.contains("[1]") && !body.contains("By Ida Berg"))

        let missing = try sandbox.reader(["show", "--json", sandbox.folder.appendingPathComponent("gone.html").path])
        #expect(missing.status == 66)
    }
}
