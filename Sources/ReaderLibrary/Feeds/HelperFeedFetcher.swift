import Foundation
import ReaderDocument

/// Fetches http and https feeds through `reader-fetch`, the helper built beside this executable,
/// which holds the network code: loading URLSession costs every start of `reader` about 10 ms, so
/// only a refresh pays it. One helper serves a whole refresh, fetching several feeds at once.
public final class HelperFeedFetcher: FeedFetcher, @unchecked Sendable {
    private let limits: FetchLimits
    private let userAgent: String
    private let helperPath: String
    private let lock = NSLock()
    private var process: Process?
    private var requests: FileHandle?
    private var nextID = 0
    private var waiting: [Int: Waiter] = [:]
    private var stopped: String?

    private final class Waiter: @unchecked Sendable {
        let url: String
        let done = DispatchSemaphore(value: 0)
        var result: Result<FetchOutcome, FeedError>?

        init(url: String) {
            self.url = url
        }
    }

    public init(userAgent: String, limits: FetchLimits = FetchLimits(), helperPath: String = HelperFeedFetcher.defaultHelperPath) {
        self.userAgent = userAgent
        self.limits = limits
        self.helperPath = helperPath
    }

    deinit {
        try? requests?.close()
    }

    /// `reader-fetch` in the folder of the running executable.
    public static var defaultHelperPath: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("reader-fetch").path
    }

    public func fetch(_ request: FeedRequest) -> Result<FetchOutcome, FeedError> {
        let waiter = Waiter(url: request.url)
        lock.lock()
        if let stopped {
            lock.unlock()
            return .failure(FeedError(feed: request.url, reason: stopped))
        }
        if process == nil, let problem = start() {
            stopped = problem
            lock.unlock()
            return .failure(FeedError(feed: request.url, reason: problem))
        }
        nextID += 1
        let id = nextID
        waiting[id] = waiter
        let line = FeedFetchWire.line(FeedFetchWire.Request(id: id, request: request, limits: limits, userAgent: userAgent))
        do {
            try requests?.write(contentsOf: Data(line))
        } catch {
            waiting[id] = nil
            lock.unlock()
            return .failure(FeedError(feed: request.url, reason: "reader-fetch stopped"))
        }
        lock.unlock()
        waiter.done.wait()
        return waiter.result ?? .failure(FeedError(feed: request.url, reason: "no reply from reader-fetch"))
    }

    /// Starts the helper and the thread that hands its replies to the waiting fetches; a message
    /// when it cannot start. Called with the lock held.
    private func start() -> String? {
        guard FileManager.default.isExecutableFile(atPath: helperPath) else {
            return "cannot fetch: \(helperPath) is missing (it is built with reader: swift build)"
        }
        let helper = Process()
        helper.executableURL = URL(fileURLWithPath: helperPath)
        let input = Pipe()
        let output = Pipe()
        helper.standardInput = input
        helper.standardOutput = output
        helper.standardError = FileHandle.nullDevice
        do {
            try helper.run()
        } catch {
            return "cannot run \(helperPath): \((error as NSError).localizedDescription)"
        }
        process = helper
        requests = input.fileHandleForWriting
        let replies = output.fileHandleForReading
        Thread { [weak self] in
            var reader = FeedFetchWire.ReplyReader()
            while true {
                let data = replies.availableData
                guard let self else { return }
                if data.isEmpty {
                    self.failAll("reader-fetch stopped")
                    return
                }
                for (header, body) in reader.add([UInt8](data)) { self.deliver(header, body) }
            }
        }.start()
        return nil
    }

    private func deliver(_ header: FeedFetchWire.Header, _ body: [UInt8]) {
        lock.lock()
        let waiter = waiting.removeValue(forKey: header.id)
        lock.unlock()
        guard let waiter else { return }
        waiter.result = FeedFetchWire.result(header, body: body, url: waiter.url)
        waiter.done.signal()
    }

    private func failAll(_ reason: String) {
        lock.lock()
        stopped = reason
        let all = waiting
        waiting = [:]
        lock.unlock()
        for waiter in all.values {
            waiter.result = .failure(FeedError(feed: waiter.url, reason: reason))
            waiter.done.signal()
        }
    }
}
