import Foundation
import ReaderDocument

// reader-fetch: the network half of `reader refresh`. Reads fetch requests as JSON lines on stdin
// and writes each reply (a header line and the document) to stdout, fetching several at once.
// `reader` starts it when feeds are refreshed, so the reader itself never loads URLSession.

/// One URLSession per set of limits, shared by the requests that use them.
final class Fetchers: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: URLSessionFeedFetcher] = [:]

    func fetcher(for request: FeedFetchWire.Request) -> URLSessionFeedFetcher {
        lock.withLock {
            let key = "\(request.timeout) \(request.maximumBytes) \(request.maximumRedirects) \(request.userAgent)"
            if let existing = made[key] { return existing }
            let fetcher = URLSessionFeedFetcher(userAgent: request.userAgent, limits: request.limits)
            made[key] = fetcher
            return fetcher
        }
    }
}

let fetchers = Fetchers()
let writing = NSLock()
let group = DispatchGroup()
let slots = DispatchSemaphore(value: 16)

while let line = readLine(strippingNewline: true) {
    guard let request = FeedFetchWire.request(fromLine: Array(line.utf8)) else { continue }
    slots.wait()
    group.enter()
    // A thread of its own, not a dispatch queue: each fetch blocks until URLSession's callbacks,
    // which run on dispatch's threads, finish it; blocked dispatch workers would starve them.
    Thread {
        let reply = FeedFetchWire.reply(id: request.id, result: fetchers.fetcher(for: request).fetch(request.feedRequest))
        writing.withLock { FileHandle.standardOutput.write(Data(reply)) }
        slots.signal()
        group.leave()
    }.start()
}
group.wait()
