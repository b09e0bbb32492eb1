import Foundation

/// How `reader` and its fetch helper, `reader-fetch`, talk over pipes. The helper holds the
/// network code (URLSession), so `reader` itself starts without loading it.
///
/// Requests are JSON lines on the helper's stdin. Each reply on its stdout is a JSON header line
/// followed by exactly `length` bytes of feed document.
public enum FeedFetchWire {
    public struct Request: Codable, Sendable, Equatable {
        public var id: Int
        public var url: String
        public var etag: String?
        public var lastModified: String?
        public var timeout: Double
        public var maximumBytes: Int
        public var maximumRedirects: Int
        public var userAgent: String
        /// A web page rather than a feed (absent from older requests: a feed).
        public var page: Bool?

        public init(id: Int, request: FeedRequest, limits: FetchLimits, userAgent: String) {
            self.id = id
            url = request.url
            etag = request.etag
            lastModified = request.lastModified
            page = request.page ? true : nil
            timeout = limits.timeout
            maximumBytes = limits.maximumBytes
            maximumRedirects = limits.maximumRedirects
            self.userAgent = userAgent
        }

        public var feedRequest: FeedRequest { FeedRequest(url: url, etag: etag, lastModified: lastModified, page: page ?? false) }

        public var limits: FetchLimits {
            var limits = FetchLimits()
            limits.timeout = timeout
            limits.maximumBytes = maximumBytes
            limits.maximumRedirects = maximumRedirects
            return limits
        }
    }

    /// The header line of a reply.
    public struct Header: Codable, Sendable, Equatable {
        public enum Outcome: String, Codable, Sendable { case fetched, notModified, failed }
        public var id: Int
        public var outcome: Outcome
        public var length: Int
        public var charset: String?
        public var etag: String?
        public var lastModified: String?
        public var reason: String?
        public var contentType: String?
        public var finalURL: String?
    }

    public static func line(_ request: Request) -> [UInt8] {
        Array((try? JSONEncoder().encode(request)) ?? Data()) + [0x0A]
    }

    public static func request(fromLine line: [UInt8]) -> Request? {
        try? JSONDecoder().decode(Request.self, from: Data(line))
    }

    /// The reply to a request: header line, then the document's bytes.
    public static func reply(id: Int, result: Result<FetchOutcome, FeedError>) -> [UInt8] {
        var header = Header(id: id, outcome: .failed, length: 0)
        var body: [UInt8] = []
        switch result {
        case .success(.fetched(let document)):
            header.outcome = .fetched
            header.length = document.bytes.count
            header.charset = document.charset
            header.etag = document.etag
            header.lastModified = document.lastModified
            header.contentType = document.contentType
            header.finalURL = document.finalURL
            body = document.bytes
        case .success(.notModified):
            header.outcome = .notModified
        case .failure(let error):
            header.reason = error.reason
        }
        return Array((try? JSONEncoder().encode(header)) ?? Data()) + [0x0A] + body
    }

    /// Turns a header and its bytes back into what the fetch returns.
    public static func result(_ header: Header, body: [UInt8], url: String) -> Result<FetchOutcome, FeedError> {
        switch header.outcome {
        case .fetched:
            return .success(.fetched(FetchedDocument(
                bytes: body, charset: header.charset, etag: header.etag, lastModified: header.lastModified,
                contentType: header.contentType, finalURL: header.finalURL)))
        case .notModified:
            return .success(.notModified)
        case .failed:
            return .failure(FeedError(feed: url, reason: header.reason ?? "failed"))
        }
    }

    /// Collects replies from a byte stream that arrives in pieces.
    public struct ReplyReader: Sendable {
        private var buffer: [UInt8] = []
        private var pending: Header?

        public init() {}

        /// Adds bytes; returns every reply completed by them.
        public mutating func add(_ bytes: [UInt8]) -> [(Header, [UInt8])] {
            buffer += bytes
            var replies: [(Header, [UInt8])] = []
            while true {
                if pending == nil {
                    guard let newline = buffer.firstIndex(of: 0x0A) else { break }
                    pending = try? JSONDecoder().decode(Header.self, from: Data(buffer[..<newline]))
                    buffer.removeSubrange(...newline)
                    if pending == nil { continue }
                }
                guard let header = pending, buffer.count >= header.length else { break }
                replies.append((header, Array(buffer[..<header.length])))
                buffer.removeSubrange(..<header.length)
                pending = nil
            }
            return replies
        }
    }
}
