import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import ReaderDocument

/// Fetches http and https feeds with URLSession: a timeout, a size cap, gzip (curl decodes it on
/// Linux), at most a few redirects, conditional GET, and a User-Agent naming Reader.
final class URLSessionFeedFetcher: NSObject, FeedFetcher, URLSessionDataDelegate, @unchecked Sendable {
    public let limits: FetchLimits
    public let userAgent: String
    private var session: URLSession!
    private let transfers = Mutex<[Int: Transfer]>([:])

    private final class Transfer: @unchecked Sendable {
        var data: [UInt8] = []
        var redirects = 0
        var failure: String?
        let done = DispatchSemaphore(value: 0)
    }

    public init(userAgent: String, limits: FetchLimits = FetchLimits()) {
        self.limits = limits
        self.userAgent = userAgent
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = max(limits.timeout, 60)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpMaximumConnectionsPerHost = 8
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: queue)
    }

    deinit { session?.invalidateAndCancel() }

    public func fetch(_ request: FeedRequest) -> Result<FetchOutcome, FeedError> {
        guard let url = URL(string: request.url) else { return .failure(FeedError(feed: request.url, reason: "malformed URL")) }
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limits.timeout)
        urlRequest.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        let accept = request.page
            ? "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.5"
            : "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
        urlRequest.setValue(accept, forHTTPHeaderField: "Accept")
        urlRequest.setValue("gzip, deflate", forHTTPHeaderField: "Accept-Encoding")
        if let etag = request.etag { urlRequest.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = request.lastModified { urlRequest.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let task = session.dataTask(with: urlRequest)
        let transfer = Transfer()
        transfers.withLock { $0[task.taskIdentifier] = transfer }
        task.resume()
        transfer.done.wait()
        transfers.withLock { _ = $0.removeValue(forKey: task.taskIdentifier) }

        if let failure = transfer.failure { return .failure(FeedError(feed: request.url, reason: failure)) }
        guard let response = task.response as? HTTPURLResponse else {
            return .failure(FeedError(feed: request.url, reason: "no HTTP response"))
        }
        switch response.statusCode {
        case 304:
            return .success(.notModified)
        case 200..<300:
            let contentType = response.value(forHTTPHeaderField: "Content-Type")
            let finalURL = response.url?.absoluteString
            return .success(.fetched(FetchedDocument(
                bytes: transfer.data, charset: contentType.flatMap(DocumentCharset.charset(fromContentType:)),
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                contentType: contentType.flatMap(FetchedDocument.mediaType(fromContentType:)),
                finalURL: finalURL == request.url ? nil : finalURL)))
        case 300..<400:
            return .failure(FeedError(feed: request.url, reason: "HTTP \(response.statusCode): redirect not followed"))
        default:
            return .failure(FeedError(feed: request.url, reason: "HTTP \(response.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: response.statusCode))"))
        }
    }

    private func transfer(_ task: URLSessionTask) -> Transfer? {
        transfers.withLock { $0[task.taskIdentifier] }
    }

    public func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        if response.expectedContentLength > Int64(limits.maximumBytes), let transfer = transfer(dataTask) {
            transfer.failure = limits.tooLargeReason
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let transfer = transfer(dataTask), transfer.failure == nil else { return }
        transfer.data.append(contentsOf: data)
        if transfer.data.count > limits.maximumBytes {
            transfer.failure = limits.tooLargeReason
            transfer.data = []
            dataTask.cancel()
        }
    }

    public func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        guard let transfer = transfer(task) else { return completionHandler(nil) }
        transfer.redirects += 1
        // Foundation resolves a Location it cannot follow (file:///etc/passwd) against the
        // current server, so the header itself says where the redirect pointed.
        let location = response.value(forHTTPHeaderField: "Location").flatMap(LinkPolicy.scheme(of:))
        let scheme = location ?? request.url?.scheme?.lowercased()
        if transfer.redirects > limits.maximumRedirects {
            transfer.failure = "more than \(limits.maximumRedirects) redirects"
            completionHandler(nil)
        } else if scheme != "http" && scheme != "https" {
            transfer.failure = "redirected to a non-web address"
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = transfer(task) else { return }
        if let error, transfer.failure == nil {
            let nsError = error as NSError
            transfer.failure = nsError.code == NSURLErrorTimedOut ? "timed out after \(Int(limits.timeout)) s" : nsError.localizedDescription
        }
        transfer.done.signal()
    }
}
