import Foundation

/// A request for a feed, with the validators of the last response for a conditional GET.
public struct FeedRequest: Sendable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    /// A web page rather than a feed: asked for as HTML.
    public var page = false

    public init(url: String, etag: String? = nil, lastModified: String? = nil, page: Bool = false) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.page = page
    }
}

/// A fetched feed document.
public struct FetchedDocument: Sendable {
    public var bytes: [UInt8]
    /// The charset from the Content-Type header, if any.
    public var charset: String?
    public var etag: String?
    public var lastModified: String?
    /// The Content-Type header's media type, lower-cased ("text/html"), if any.
    public var contentType: String?
    /// The address the document came from after redirects, if it differs from the one asked for.
    public var finalURL: String?

    public init(
        bytes: [UInt8], charset: String? = nil, etag: String? = nil, lastModified: String? = nil,
        contentType: String? = nil, finalURL: String? = nil
    ) {
        self.bytes = bytes
        self.charset = charset
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.finalURL = finalURL
    }

    /// The media type of a Content-Type header: "Text/HTML; charset=utf-8" → "text/html".
    public static func mediaType(fromContentType header: String) -> String? {
        let type = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }
}

public enum FetchOutcome: Sendable {
    case fetched(FetchedDocument)
    /// 304: the feed has not changed since the validators were given.
    case notModified
}

/// Gets feed documents. Called from several threads at once; each call blocks until it is done.
public protocol FeedFetcher: Sendable {
    func fetch(_ request: FeedRequest) -> Result<FetchOutcome, FeedError>
}

/// The limits every fetch keeps.
public struct FetchLimits: Sendable {
    public var timeout: TimeInterval = 10
    public var maximumBytes = 20 * 1024 * 1024
    public var maximumRedirects = 5

    public init() {}

    /// Why a document over `maximumBytes` was refused: "larger than 20 MB" (or "than 100 KB").
    public var tooLargeReason: String {
        maximumBytes >= 1_048_576 ? "larger than \(maximumBytes / 1_048_576) MB" : "larger than \(max(1, maximumBytes / 1024)) KB"
    }
}

/// Reads file: URLs from disk and hands http and https to another fetcher.
public struct StandardFeedFetcher: FeedFetcher {
    public var web: FeedFetcher
    public var limits: FetchLimits

    public init(web: FeedFetcher, limits: FetchLimits = FetchLimits()) {
        self.web = web
        self.limits = limits
    }

    public func fetch(_ request: FeedRequest) -> Result<FetchOutcome, FeedError> {
        switch LinkPolicy.scheme(of: request.url) {
        case "http", "https":
            return web.fetch(request)
        case "file":
            guard let url = URL(string: request.url), url.isFileURL else {
                return .failure(FeedError(feed: request.url, reason: "malformed file URL"))
            }
            return Self.readFile(url.path, name: request.url, limits: limits)
        default:
            return .failure(FeedError(feed: request.url, reason: "only http, https and file feeds can be fetched"))
        }
    }

    static func readFile(_ path: String, name: String, limits: FetchLimits) -> Result<FetchOutcome, FeedError> {
        let limit = limits.maximumBytes
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(FeedError(feed: name, reason: FileManager.default.fileExists(atPath: path) ? "cannot read" : "no such file"))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else { return .failure(FeedError(feed: name, reason: limits.tooLargeReason)) }
        let contentType = ArticleFormat(path: path) == .html ? "text/html" : nil
        return .success(.fetched(FetchedDocument(bytes: [UInt8](data), contentType: contentType)))
    }
}
