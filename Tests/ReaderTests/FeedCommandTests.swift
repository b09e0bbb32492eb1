import Foundation
import LoopbackHTTPServer
import Synchronization
import Testing
@testable import Reader
@testable import ReaderDocument
@testable import ReaderLibrary

/// `reader feed …` and `reader refresh` against feeds served from 127.0.0.1 by the test itself.
@Suite struct FeedCommandTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-feeds")

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Loopback Gazette</title>
        <item><guid>g1</guid><title>First light</title><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
        <description>&lt;p&gt;Dawn over the &lt;em&gt;harbour&lt;/em&gt;.&lt;/p&gt;</description></item>
        <item><guid>g2</guid><title>Second tide</title><description>Water rises.</description></item>
        </channel></rss>
        """

    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    @Test func addRefreshConditionalGetRedirectsAndFailures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let compressed = try Self.gzip(Array(Self.feed.utf8))
        let seen = Mutex<[LoopbackHTTPServer.Request]>([])
        let server = try LoopbackHTTPServer { request in
            seen.withLock { $0.append(request) }
            switch request.path {
            case "/feed.xml":
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                return .init(headers: ["Content-Type": "application/rss+xml; charset=utf-8", "Content-Encoding": "gzip", "ETag": "\"v1\""],
                             body: compressed)
            case "/moved":
                return .init(status: 301, headers: ["Location": "/feed.xml"])
            case let path where path.hasPrefix("/hop/"):
                let next = (Int(path.dropFirst(5)) ?? 0) + 1
                return .init(status: 302, headers: ["Location": "/hop/\(next)"])
            default:
                return .init(status: 404, text: "no")
            }
        }
        defer { server.stop() }

        var result = try reader("feed", "add", "\(server.baseURL)/feed.xml", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        result = try reader("refresh", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Loopback Gazette: 2 new, 0 updated, 0 unchanged"))
        let userAgents = seen.withLock { $0.compactMap { $0.headers["user-agent"] } }
        #expect(userAgents.first?.hasPrefix("Reader/") == true)

        result = try reader("list", "--library", library)
        #expect(result.output.contains("First light\tLoopback Gazette"))
        result = try reader("refresh", "--library", library)
        #expect(result.output.contains("Loopback Gazette: not modified"), "\(result.output)")

        // One redirect is followed; a chain longer than five is not; a 404 fails; the good feed still refreshes.
        _ = try reader("feed", "add", "\(server.baseURL)/moved", "--library", library)
        _ = try reader("feed", "add", "\(server.baseURL)/hop/0", "--library", library)
        _ = try reader("feed", "add", "\(server.baseURL)/missing.xml", "--library", library)
        result = try reader("refresh", "--library", library)
        #expect(result.status == 1)
        #expect(result.output.contains("Loopback Gazette: not modified"))
        // The moved feed is a feed of its own: its items are its own.
        #expect(result.output.contains("Loopback Gazette: 2 new, 0 updated, 0 unchanged"), "\(result.output)")
        #expect(result.error.contains("/hop/0: more than 5 redirects"), "\(result.error)")
        #expect(result.error.contains("/missing.xml: HTTP 404"), "\(result.error)")
        #expect(seen.withLock { $0.filter { $0.path.hasPrefix("/hop/") }.count } == 6)

        result = try reader("feed", "list", "--library", library)
        #expect(result.output.contains("error: HTTP 404"))
        let opml = folder.appendingPathComponent("out.opml").path
        #expect(try reader("feed", "export", opml, "--library", library).status == 0)
        #expect(try String(contentsOfFile: opml, encoding: .utf8).contains("xmlUrl=\"\(server.baseURL)/feed.xml\""))
        result = try reader("feed", "remove", "1", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        #expect(try reader("list", "--library", library).output.split(separator: "\n").count == 2)
        // Only the removed feed is new again; the others are still followed.
        result = try reader("feed", "import", opml, "--library", library)
        #expect(result.output.contains("1 feed imported, 3 already followed"), "\(result.output)")
        result = try reader("feed", "import", opml, "--library", library)
        #expect(result.output.contains("0 feeds imported, 4 already followed"), "\(result.output)")
        #expect(try reader("feed", "list", "--library", library).output.split(separator: "\n").count == 4)
    }

    @Test func refreshCountsUpdatedItems() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let served = Mutex(Self.feed)
        let server = try LoopbackHTTPServer { _ in .init(text: served.withLock { $0 }) }
        defer { server.stop() }
        _ = try reader("feed", "add", "\(server.baseURL)/feed.xml", "--library", library)
        var result = try reader("refresh", "--library", library)
        #expect(result.output.hasSuffix("Refreshed 1 feed: 2 new, 0 updated\n"), "\(result.output)")
        served.withLock {
            $0 = $0.replacingOccurrences(of: "Water rises.", with: "Water rises fast.")
                .replacingOccurrences(of: "</channel>", with: "<item><guid>g3</guid><title>Third</title><description>Ebb.</description></item></channel>")
        }
        result = try reader("refresh", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Loopback Gazette: 1 new, 1 updated, 1 unchanged"), "\(result.output)")
        #expect(result.output.hasSuffix("Refreshed 1 feed: 1 new, 1 updated\n"), "\(result.output)")
    }

    @Test func feedAddRefusesOtherSchemes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try reader("feed", "add", "javascript:alert(1)", "--library", library)
        #expect(result.status != 0)
        #expect(result.error.contains("javascript: feeds are not supported"))
    }

    /// The fetch helper built beside the reader under test, as `reader refresh` runs it.
    static func helperFetcher(_ limits: FetchLimits) throws -> HelperFeedFetcher {
        let folder = URL(fileURLWithPath: try ReaderUnderTest.binary()).deletingLastPathComponent()
        return HelperFeedFetcher(userAgent: "Reader/test", limits: limits, helperPath: folder.appendingPathComponent("reader-fetch").path)
    }

    @Test func timeoutIsReported() throws {
        let server = try LoopbackHTTPServer { _ in
            Thread.sleep(forTimeInterval: 3)
            return .init(text: "late")
        }
        defer { server.stop() }
        var limits = FetchLimits()
        limits.timeout = 1
        let fetcher = try Self.helperFetcher(limits)
        let start = Date()
        let result = fetcher.fetch(FeedRequest(url: "\(server.baseURL)/slow.xml"))
        #expect(Date().timeIntervalSince(start) < 2.9)
        guard case .failure(let error) = result else { Issue.record("a slow feed did not time out"); return }
        #expect(error.reason.contains("timed out"), "\(error.reason)")
    }

    @Test func sizeCapStopsLargeFeeds() throws {
        let big = [UInt8](repeating: 0x61, count: 300_000)
        let server = try LoopbackHTTPServer { _ in .init(body: big) }
        defer { server.stop() }
        var limits = FetchLimits()
        limits.maximumBytes = 100_000
        let result = try Self.helperFetcher(limits).fetch(FeedRequest(url: "\(server.baseURL)/big.xml"))
        guard case .failure(let error) = result else { Issue.record("a large feed was not stopped"); return }
        #expect(error.reason.hasPrefix("larger than"))
    }

    /// `reader feed parse` reads a file without following it, on refresh's path; a damaged feed
    /// is read as far as it can be, and `feed list` marks it recovered after a refresh.
    @Test func feedParsePrintsWhatReaderReadsAndListMarksRecoveredFeeds() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let damaged = folder.appendingPathComponent("damaged.xml")
        try Data("""
            <rss version="2.0"><channel><title>Caf&eacute; news</title><link>https://cafe.example/</link>
            <item><guid>1</guid><title>Open &amp; busy</title><link>/open</link><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
            <item><guid>2</guid><title>Cut off
            """.utf8).write(to: damaged)
        var result = try reader("feed", "parse", damaged.path, "--json")
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["recovered"] as? Bool == true)
        #expect((object["feed"] as? [String: Any])?["title"] as? String == "Café news")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == ["Open & busy"])
        #expect(items[0]["link"] as? String == "https://cafe.example/open")
        #expect(items[0]["published"] as? String == "2003-06-10T04:00:00Z")
        result = try reader("feed", "parse", damaged.path)
        #expect(result.output.hasPrefix("Café news (recovered)\nhttps://cafe.example/\n1 item"))
        result = try reader("feed", "list", "--library", library)
        #expect(result.output.isEmpty, "parse follows nothing")

        result = try reader("feed", "add", damaged.path, "--library", library)
        #expect(result.status == 0)
        result = try reader("refresh", "--library", library)
        #expect(result.status == 0, "\(result.error)")
        result = try reader("feed", "list", "--library", library)
        #expect(result.output.contains("\t1 item\t"))
        #expect(result.output.hasSuffix("\trecovered\n"))

        let text = folder.appendingPathComponent("page.txt")
        try Data("Service unavailable".utf8).write(to: text)
        result = try reader("feed", "parse", text.path)
        #expect(result.status == 65)
        #expect(result.error.contains("not well-formed XML"))
    }
}

@Suite struct ExternalProgramTests {
    @Test func browserCommandSplitsIntoArgumentsWithoutAShell() {
        #expect(BrowserCommand.argumentVector(browser: "w3m", url: "https://a.example/?q=1;rm -rf") == ["w3m", "https://a.example/?q=1;rm -rf"])
        #expect(BrowserCommand.argumentVector(browser: "firefox --new-tab %s --x", url: "https://a.example")
                == ["firefox", "--new-tab", "https://a.example", "--x"])
        #expect(BrowserCommand.argumentVector(browser: "  ", url: "https://a.example") == nil)
    }

    @Test func runPassesArgumentsVerbatimAndReportsStatus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("args").path
        let script = folder.appendingPathComponent("record.sh").path
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > \(out)\nexit 3\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let tricky = "https://a.example/$(touch \(folder.path)/pwned);`id`"
        #expect(ExternalProgram.run(executable: script, arguments: ["one two", tricky]) == .success(3))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "one two\n\(tricky)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pwned").path))
        guard case .failure = ExternalProgram.run(executable: "/nonexistent/browser", arguments: []) else {
            Issue.record("a missing program ran")
            return
        }
    }
}
