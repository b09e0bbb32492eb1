import CCmarkGFM

/// cmark-gfm's parser with GitHub's extensions: tables, strikethrough, autolinks and task lists,
/// and footnotes. Its parse is linear in the input.
enum MarkdownSyntax {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the extensions once (cmark-gfm keeps them in an unguarded global list).
    // Pointers to registered, never-changed extension objects: safe to share between threads.
    nonisolated(unsafe) static let extensions: [String: OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        var found: [String: OpaquePointer] = [:]
        for name in extensionNames { found[name] = cmark_find_syntax_extension(name) }
        return found
    }()

    /// The extension that marks task list items.
    static var taskList: OpaquePointer? { extensions["tasklist"] }

    static let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8


    /// What of GitHub's syntax a parse reads. Autolinks and footnotes each cost cmark-gfm walks of
    /// the whole tree (and autolinks a stop at every "w" and ":"), a third of its time on prose:
    /// they are left out where they cannot occur. (cmark-gfm's arena allocator was tried too: it
    /// made the parse slower, 37 ms against 28 for the benchmark's text.)
    struct Features {
        var autolinks = true
        var footnotes = true
        static let all = Features()
    }

    /// Parses `markdown` and hands its document node and parser to `body`; both are freed after.
    static func withDocument<Result>(
        _ markdown: String, features: Features = .all, _ body: (_ document: OpaquePointer, _ parser: OpaquePointer) -> Result
    ) -> Result? {
        let extensions = Self.extensions
        let options = features.footnotes ? Self.options : Self.options & ~CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames where features.autolinks || name != "autolink" {
            if let syntax = extensions[name] { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(document, parser)
    }

    /// Whether the text has "[^" (every footnote reference and definition starts so).
    static func mayHoldFootnotes(_ markdown: inout String) -> Bool {
        markdown.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for index in 0..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "[") && bytes[index + 1] == UInt8(ascii: "^") {
                return true
            }
            return false
        }
    }

    /// Whether a text node read without the autolink extension holds what it would link: "www."
    /// (any case), "://" or "@" (an e-mail address).
    static func mayHoldAutolink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            switch bytes[index] {
            case UInt8(ascii: "@"):
                return true
            case UInt8(ascii: ":"):
                if index + 2 < count, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") { return true }
            case UInt8(ascii: "."):
                if index >= 3, bytes[index - 1] | 0x20 == UInt8(ascii: "w"), bytes[index - 2] | 0x20 == UInt8(ascii: "w"),
                   bytes[index - 3] | 0x20 == UInt8(ascii: "w") {
                    return true
                }
            default:
                break
            }
            index += 1
        }
        return false
    }
}
