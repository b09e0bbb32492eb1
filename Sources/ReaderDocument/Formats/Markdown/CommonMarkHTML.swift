import CCmarkGFM
import Foundation

/// Markdown to HTML with cmark-gfm: CommonMark with GitHub's tables, strikethrough, autolinks and
/// task lists, and footnotes. Raw HTML is passed through: the HTML path that reads it is the one
/// that reads hostile web pages. cmark-gfm's parse is linear in the input.
enum CommonMarkHTML {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the extensions once (cmark-gfm keeps them in an unguarded global list).
    // Pointers to registered, never-changed extension objects: safe to share between threads.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    static let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8

    static func html(from markdown: String) -> String {
        let extensions = Self.extensions
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        var markdown = markdown
        // A walk of the whole tree costs as much as a tenth of the parse: only where "![" occurs.
        let mayHoldImages = markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            return zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "!") && $1 == UInt8(ascii: "[") }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        if mayHoldImages { replaceImagesWithTheirText(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// An image's description (its children) stands in its place: the reader shows no images, and
    /// the alternative text is what the author wrote for readers who cannot see them.
    private static func replaceImagesWithTheirText(_ document: OpaquePointer) {
        var images: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_IMAGE {
                images.append(node)
            }
        }
        cmark_iter_free(iterator)
        for image in images {
            while let child = cmark_node_first_child(image) { cmark_node_insert_before(image, child) }
            cmark_node_free(image)
        }
    }
}
