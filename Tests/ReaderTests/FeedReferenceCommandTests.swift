import Foundation
import Testing
@testable import Reader
@testable import ReaderDocument

/// How `reader feed …` and `reader refresh` name feeds, and what they refuse (newcomer 22).
@Suite struct FeedReferenceCommandTests: CommandSandboxSuite {
    let sandbox = CommandSandbox(named: "reader-feed-refs")
    var commonArguments: [String] { ["--library", library] }

    static let podcast = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>The Pod</title><link>http://pod.example/</link><description>d</description>
        <item><title>Episode 2</title><enclosure url="http://pod.example/ep2.mp3" length="12582912" type="audio/mpeg"/>
        <guid isPermaLink="false">ep2-guid</guid><description>Ep 2 notes</description></item>
        </channel></rss>
        """

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func aNameTwoFeedsShareIsAnErrorListingTheirNumbers() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let first = try write("pod.xml", Self.podcast)
        let second = try write("pod-copy.xml", Self.podcast)
        _ = try reader("feed", "add", first)
        _ = try reader("feed", "add", second)
        #expect(try reader("refresh").status == 0)
        var result = try reader("feed", "remove", "the pod")
        #expect(result.status == 65)
        #expect(result.error.contains("2 feeds are called The Pod: 1, 2; give the number or URL"), "\(result.error)")
        #expect(try reader("refresh", "The Pod").status == 65)
        #expect(try reader("feed", "list").output.split(separator: "\n").count == 2, "nothing was removed")
        // The path `feed add` was given names the feed again.
        result = try reader("refresh", second)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasSuffix("Refreshed 1 feed: 0 new, 0 updated\n"), "\(result.output)")
        result = try reader("feed", "remove", second)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "removed The Pod and its 1 item\n")
        #expect(try reader("feed", "list").output == "1\tThe Pod\t1 item\tfile://\(first)\n")
    }

    @Test func addSaysWhenAFeedIsFollowedAlreadyAndRefusesMissingFiles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try write("pod.xml", Self.podcast)
        #expect(try reader("feed", "add", path).output.hasPrefix("feed 1: "))
        var result = try reader("feed", "add", "file://" + path)
        #expect(result.status == 0)
        #expect(result.output == "already followed as feed 1: file://\(path)\n", "\(result.output)")
        result = try reader("feed", "add", folder.appendingPathComponent("missing.xml").path)
        #expect(result.status == 66)
        #expect(result.error.contains("missing.xml: no such file"))
        #expect(!result.error.contains("Usage"), "\(result.error)")
        result = try reader("feed", "add", "file:///nonexistent/feed.xml")
        #expect(result.status == 66)
        result = try sandbox.reader(["feed", "parse", "ftp://example.org/feed.xml"])
        #expect(result.status == 64)
        #expect(!result.error.contains("Usage"), "\(result.error)")
        #expect(try reader("feed", "list").output.split(separator: "\n").count == 1)
    }

    @Test func removingAFeedWithHighlightsAsksOrTakesAFlag() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try write("pod.xml", Self.podcast)
        _ = try reader("feed", "add", path)
        _ = try reader("refresh")
        var result = try reader("annotate", "1", "--quote", "notes", "--note", "my note")
        #expect(result.status == 0, "\(result.error)")
        // In a pipe (stdin is /dev/null here) it explains the flags and removes nothing.
        result = try reader("feed", "remove", "The Pod")
        #expect(result.status == 64)
        #expect(result.error.contains("1 highlight;") && result.error.contains("--keep-highlights or --delete-highlights"), "\(result.error)")
        #expect(try reader("list").output.contains("Episode 2"))
        #expect(try reader("feed", "remove", "1", "--keep-highlights", "--delete-highlights").status == 64)
        result = try reader("feed", "remove", "The Pod", "--keep-highlights")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "removed The Pod and its 1 item; 1 highlight kept\n")
        let export = try reader("export", "--format", "markdown").output
        #expect(export.contains("my note") && export.contains("not found"), "\(export)")
    }

    @Test func exportToStandardOutputWithSiteLinks() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try write("pod.xml", Self.podcast)
        _ = try reader("feed", "add", path)
        try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent("broken.xml").path)
        _ = try reader("feed", "add", folder.appendingPathComponent("broken.xml").path)
        try Data("not a feed".utf8).write(to: folder.appendingPathComponent("broken.xml"))
        let refreshed = try reader("refresh")
        #expect(refreshed.status == 1)
        #expect(refreshed.output.hasSuffix("Refreshed 1 of 2 feeds: 1 new, 0 updated, 1 failed\n"), "\(refreshed.output)")
        let result = try reader("feed", "export", "-")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("<?xml"))
        #expect(result.output.contains("xmlUrl=\"file://\(path)\" htmlUrl=\"http://pod.example/\""), "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }
}
