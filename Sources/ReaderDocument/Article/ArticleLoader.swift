import Foundation
import ReaderText

/// Why a path could not be opened as an article.
public enum ArticleLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case binary(path: String)
    case unreadable(path: String, reason: String)
    /// No text at all: nothing but white space, or no bytes.
    case empty(path: String)
    /// A symlink whose target is gone.
    case brokenLink(path: String)

    public var path: String {
        switch self {
        case .missing(let path), .binary(let path), .unreadable(let path, _), .empty(let path), .brokenLink(let path):
            return path
        }
    }

    public var description: String {
        let shown = TextSanitizer.sanitize(path, keepNewlines: false)
        switch self {
        case .missing: return "\(shown): no such file or directory"
        case .binary: return "\(shown): binary file"
        case .empty: return "\(shown): empty file"
        case .brokenLink: return "\(shown): broken link (its target is gone)"
        case .unreadable(_, let reason): return "\(shown): \(reason)"
        }
    }
}

/// Reads article files from disk: decoding, binary detection and parsing.
public struct ArticleLoader: Sendable {
    public var parser: ArticleParser

    public init(parser: ArticleParser = ArticleParser()) {
        self.parser = parser
    }

    /// Loads one file.
    public func load(path: String) -> Result<Article, ArticleLoadError> {
        let url = URL(fileURLWithPath: path)
        let standardised = url.standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: standardised) else {
            return .failure(.missing(path: path))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: url.path)
        } catch {
            return .failure(.unreadable(path: path, reason: "cannot read (\(error.reason))"))
        }
        return parse(bytes: consume bytes, path: path, standardised: standardised)
    }

    /// Parses bytes as if read from `path`: HTML and Markdown by their extension, else plain text.
    /// The bytes are dropped once decoded, so a long file is not held twice while it is parsed.
    /// The beginning of a file (`isBeginning`) leaves a Markdown file's list of links to the rest.
    public func parse(bytes: consuming [UInt8], path: String, standardised: String? = nil, isBeginning: Bool = false) -> Result<Article, ArticleLoadError> {
        if Self.isBlank(bytes) { return .failure(.empty(path: path)) }
        let format = ArticleFormat(path: path)
        let base = URL(fileURLWithPath: standardised ?? path)
        if format == .html {
            return HTMLPage.article(bytes: bytes, id: ArticleID(standardised ?? path), sourcePath: standardised ?? path, base: base)
        }
        let text: String
        do {
            text = try TextDecoding.decode(bytes).text
            _ = consume bytes
        } catch {
            return .failure(.binary(path: path))
        }
        let id = ArticleID(standardised ?? path)
        if format == .markdown {
            return .success(MarkdownDocument.article(text: text, id: id, sourcePath: standardised ?? path, base: base, listingLinks: !isBeginning))
        }
        return .success(parser.parse(text, id: id, sourcePath: standardised ?? path))
    }

    /// Bytes read of each file for the list: enough for the NUL check, title, byline and dateline.
    static let summaryPrefixBytes = 8192

    /// The list entries of every article under the given paths, reading only the start of each
    /// file, so a directory of thousands of articles lists at once. Bodies are read on open.
    public func loadSummaries(paths: [String]) -> (summaries: [ArticleSummary], failures: [ArticleLoadError]) {
        loadEach(paths: paths, summary(path:))
    }

    /// The list entry of one file, from its first few kilobytes.
    public func summary(path: String) -> Result<ArticleSummary, ArticleLoadError> {
        // Pages and Markdown need the whole document for their title and header.
        if ArticleFormat(path: path) != .plainText { return load(path: path).map(ArticleSummary.init) }
        let standardised = URL(fileURLWithPath: path).standardizedFileURL.path
        // Plain POSIX reads: FileHandle costs more than the parsing for thousands of small files.
        let descriptor = open(standardised, O_RDONLY)
        guard descriptor >= 0 else {
            return errno == ENOENT ? .failure(.missing(path: path)) : .failure(.unreadable(path: path, reason: "cannot read"))
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: Self.summaryPrefixBytes)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count <= 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        if filled < Self.summaryPrefixBytes, Self.isBlank(bytes) { return .failure(.empty(path: path)) }
        if bytes.count == Self.summaryPrefixBytes {
            // Never split a multi-byte character: that would look like Latin-1 to the decoder.
            if let lastNewline = bytes.lastIndex(of: 0x0A) {
                bytes.removeSubrange((lastNewline + 1)...)
            } else {
                while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
                if let last = bytes.last, last & 0xC0 == 0xC0 { bytes.removeLast() }
            }
        }
        let text: String
        do {
            text = try TextDecoding.decode(bytes).text
        } catch {
            return .failure(.binary(path: path))
        }
        // Title, byline and dateline are in the first lines; parsing only those keeps listing fast.
        var header = text
        var newlines = 0
        if let cut = text.utf8.firstIndex(where: { byte in
            if byte == 0x0A { newlines += 1 }
            return newlines == Self.summaryHeaderLines
        }) {
            header = String(text[..<cut])
        }
        let article = parser.parse(header, id: ArticleID(standardised), sourcePath: standardised)
        return .success(ArticleSummary(article))
    }

    /// Lines parsed for a list entry: the title and the header lines that may follow it.
    static let summaryHeaderLines = 16

    /// Loads every article under the given paths: files as named, directories scanned for .txt and
    /// .md files. Articles keep the order of the paths (directories sorted); failures are collected.
    public func loadAll(paths: [String]) -> (articles: [Article], failures: [ArticleLoadError]) {
        let result = loadEach(paths: paths, load(path:))
        return (result.0, result.1)
    }

    /// Runs `body` on every file the paths stand for, on all cores, keeping the files' order.
    private func loadEach<Value: Sendable>(
        paths: [String], _ body: @Sendable (String) -> Result<Value, ArticleLoadError>
    ) -> ([Value], [ArticleLoadError]) {
        var found: [String] = []
        var failures: [ArticleLoadError] = []
        for path in paths {
            let scan = ArticleFileScanner.scan(path)
            found += scan.files
            failures += scan.problems
        }
        let files = ArticleFileScanner.distinctFiles(found)
        var results = [Result<Value, ArticleLoadError>?](repeating: nil, count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                slots.buffer[index] = body(files[index])
            }
        }
        var values: [Value] = []
        values.reserveCapacity(files.count)
        for result in results {
            switch result {
            case .success(let value): values.append(value)
            case .failure(let error): failures.append(error)
            case nil: break
            }
        }
        return (values, failures)
    }

    /// No bytes, or only ASCII white space: a file with no text to read.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}

/// Each concurrent iteration writes only its own slot.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
