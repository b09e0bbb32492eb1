import Foundation
@testable import ReaderDocument

/// How Reader's values compare with the ones feedparser's expectations write.
///
/// - Text Reader shows (titles, names, summaries, content) is compared as text: where the
///   expected value is HTML (feedparser returns sanitised HTML), it is first converted by the
///   same function Reader converts its own HTML with; whitespace runs count as one space.
///   Reader does not tell an empty text from an absent one, so None and '' match either. As
///   feedparser's value is plain where the feed said text/plain, Reader's text may also match
///   the expected value as written.
/// - Links and ids are compared exactly.
/// - A charset matches another when both read the document's bytes to the same text.
enum FeedparserComparison {
    static func equal(_ left: FeedparserValue, _ right: FeedparserValue, document: [UInt8]) throws -> Bool {
        switch (left, right) {
        case (.string(let a, let kindA), .string(let b, let kindB)):
            return kindA == .raw ? text(ours: b, kindB, theirs: a) : text(ours: a, kindA, theirs: b)
        case (.none, .none): return true
        case (.none, .string(let text, _)), (.string(let text, _), .none):
            // Absent text reads as empty: feedparser's HTML may convert to nothing.
            return text.isEmpty || (FeedTextConstruct.looksLikeHTML(text) && collapsed(FeedPlainText.body(.html(text), base: nil)).isEmpty)
        case (.bool(let a), .bool(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.integer(let a), .real(let b)), (.real(let b), .integer(let a)): return Double(a) == b
        case (.real(let a), .real(let b)): return a == b
        case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)), (.tuple(let a), .list(let b)), (.list(let a), .tuple(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where !(try equal(x, y, document: document)) { return false }
            return true
        case (.encoding(let ours), .string(let theirs, _)), (.string(let theirs, _), .encoding(let ours)):
            return sameText(document, ours, theirs)
        case (.object(_, let fields, _), .pythonDict(let pairs)), (.pythonDict(let pairs), .object(_, let fields, _)):
            guard fields.count == pairs.count else { return false }
            for (key, value) in pairs {
                guard case .string(let name, _) = key, let ours = fields[name], try equal(ours, value, document: document) else { return false }
            }
            return true
        case (.pythonDict, _), (_, .pythonDict):
            throw FeedparserEvaluator.Unmapped(kind: "dict comparison")
        default:
            return false
        }
    }

    /// `ours` is what Reader gave (of `kind`); `theirs` what the expectation writes.
    private static func text(ours: String, _ kind: FeedparserValue.TextKind, theirs: String) -> Bool {
        switch kind {
        case .raw, .url:
            return ours.trimmingWhitespace() == theirs.trimmingWhitespace()
        // feedparser's value is HTML unless the feed said text/plain, and the expectation does
        // not say which: Reader's text matches it as written or as converted.
        case .line:
            let expected = FeedTextConstruct.looksLikeHTML(theirs) ? FeedPlainText.line(.html(theirs)) ?? "" : theirs
            return collapsed(ours) == collapsed(expected) || collapsed(ours) == collapsed(theirs)
        case .body:
            let expected = FeedTextConstruct.looksLikeHTML(theirs) ? FeedPlainText.body(.html(theirs), base: nil) : theirs
            return collapsed(ours) == collapsed(expected) || collapsed(ours) == collapsed(theirs)
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether two charsets read these bytes to the same text (both must read them).
    static func sameText(_ bytes: [UInt8], _ first: String, _ second: String) -> Bool {
        if first.lowercased() == second.lowercased() { return true }
        guard let a = Iconv.decode(bytes, from: first), let b = Iconv.decode(bytes, from: second) else { return false }
        return a == b
    }
}

/// glibc's iconv, to read bytes in a named charset independently of the parser under test.
enum Iconv {
    static func decode(_ bytes: [UInt8], from charset: String) -> String? {
        let descriptor = iconv_open("UTF-8", charset)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let outputCapacity = output.count
        var inputLeft = input.count
        var outputLeft = outputCapacity
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
                var outputPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress
                return iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard result != -1 else { return nil }
        let produced = output[0..<(outputCapacity - outputLeft)].map { UInt8(bitPattern: $0) }
        return String(decoding: produced, as: UTF8.self)
    }
}
