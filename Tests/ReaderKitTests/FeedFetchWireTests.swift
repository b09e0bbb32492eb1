import Foundation
import Testing
@testable import ReaderDocument
@testable import ReaderLibrary

/// The pipe protocol between `reader` and `reader-fetch`, and a helper that is missing.
@Suite struct FeedFetchWireTests {
    @Test func requestsRoundTripAsJSONLines() throws {
        var limits = FetchLimits()
        limits.timeout = 3
        let request = FeedFetchWire.Request(id: 7, request: FeedRequest(url: "http://x/feed", etag: "\"abc\"", lastModified: nil), limits: limits, userAgent: "UA")
        let line = FeedFetchWire.line(request)
        #expect(line.last == 0x0A && line.dropLast().allSatisfy { $0 != 0x0A })
        #expect(FeedFetchWire.request(fromLine: Array(line.dropLast())) == request)
    }

    @Test func repliesSplitAnywhereAreReassembled() throws {
        let body = Array("<rss>\n\n<channel/></rss>".utf8)
        let document = FetchedDocument(bytes: body, charset: "utf-8", etag: "e1", lastModified: "Mon")
        let stream = FeedFetchWire.reply(id: 1, result: .success(.fetched(document)))
            + FeedFetchWire.reply(id: 2, result: .success(.notModified))
            + FeedFetchWire.reply(id: 3, result: .failure(FeedError(feed: "x", reason: "HTTP 404 not found")))
        for split in [1, 3, 17, stream.count] {
            var reader = FeedFetchWire.ReplyReader()
            var replies: [(FeedFetchWire.Header, [UInt8])] = []
            for start in stride(from: 0, to: stream.count, by: split) {
                replies += reader.add(Array(stream[start..<min(stream.count, start + split)]))
            }
            #expect(replies.map(\.0.id) == [1, 2, 3])
            guard replies.count == 3 else { continue }
            guard case .success(.fetched(let back)) = FeedFetchWire.result(replies[0].0, body: replies[0].1, url: "u") else {
                Issue.record("not fetched")
                continue
            }
            #expect(back.bytes == body && back.etag == "e1" && back.charset == "utf-8" && back.lastModified == "Mon")
            guard case .success(.notModified) = FeedFetchWire.result(replies[1].0, body: replies[1].1, url: "u") else {
                Issue.record("not 304")
                continue
            }
            guard case .failure(let error) = FeedFetchWire.result(replies[2].0, body: [], url: "u") else {
                Issue.record("not a failure")
                continue
            }
            #expect(error == FeedError(feed: "u", reason: "HTTP 404 not found"))
        }
    }

    @Test func aMissingHelperIsAClearFailureForEveryFeed() {
        let fetcher = HelperFeedFetcher(userAgent: "UA", helperPath: "/nonexistent/reader-fetch")
        for url in ["http://a/", "http://b/"] {
            guard case .failure(let error) = fetcher.fetch(FeedRequest(url: url)) else {
                Issue.record("fetched without a helper")
                continue
            }
            #expect(error.feed == url && error.reason.contains("/nonexistent/reader-fetch is missing"))
        }
    }
}
