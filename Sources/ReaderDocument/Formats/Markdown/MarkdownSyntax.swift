import CCmarkGFM

/// cmark-gfm's parser with GitHub's extensions: tables, strikethrough, autolinks and task lists,
/// and footnotes. Its parse is linear in the input.
enum MarkdownSyntax {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the extensions once (cmark-gfm keeps them in an unguarded global list).
    // Pointers to registered, never-changed extension objects: safe to share between threads.
    nonisolated(unsafe) static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// The extension that marks task list items.
    nonisolated(unsafe) static let taskList: OpaquePointer? = {
        _ = extensions
        return cmark_find_syntax_extension("tasklist")
    }()

    static let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8

    /// Parses `markdown` and hands its document node and parser to `body`; both are freed after.
    static func withDocument<Result>(_ markdown: String, _ body: (_ document: OpaquePointer, _ parser: OpaquePointer) -> Result) -> Result? {
        let extensions = Self.extensions
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(document, parser)
    }
}
