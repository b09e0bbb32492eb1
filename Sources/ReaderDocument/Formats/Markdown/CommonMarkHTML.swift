import CCmarkGFM
import Foundation

/// Markdown as cmark-gfm's HTML, raw HTML passed through. Articles do not take this route (the
/// syntax tree is walked straight into blocks: `MarkdownBodyConverter`); it is the reference that
/// walk is compared with, through the HTML path, in the tests.
enum CommonMarkHTML {
    static func html(from markdown: String) -> String {
        MarkdownSyntax.withDocument(markdown) { document, parser in
            replaceImagesWithTheirText(document)
            // The tree may be in cmark's arena; the HTML is allocated where `free` can release it.
            guard let html = cmark_render_html_with_mem(
                document, MarkdownSyntax.options, cmark_parser_get_syntax_extensions(parser), cmark_get_default_mem_allocator())
            else {
                return ""
            }
            defer { free(html) }
            return String(cString: html)
        } ?? ""
    }

    /// An image's description (its children) stands in its place, as in the syntax tree's walk.
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

    /// The HTML route in full: cmark-gfm's HTML read by the HTML path.
    static func body(from markdown: String, base: URL?) -> (body: [BodyBlock], links: [ArticleLink]) {
        guard let tree = HTMLParser.parse(Array(("<html><body>" + html(from: markdown) + "</body></html>").utf8)) else { return ([], []) }
        return HTMLBodyConverter.convert(tree, base: base)
    }
}
