import CCmarkGFM

extension MarkdownDocument {
    /// The nodes of cmark-gfm's syntax tree for `markdown`: its parse alone, for benchmarks to
    /// tell it from the walk into blocks.
    public static func syntaxTreeNodeCount(_ markdown: String) -> Int {
        MarkdownSyntax.withDocument(markdown) { document, _ in
            guard let iterator = cmark_iter_new(document) else { return 0 }
            defer { cmark_iter_free(iterator) }
            var count = 0
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                if event == CMARK_EVENT_ENTER { count += 1 }
            }
            return count
        } ?? 0
    }
}

extension MarkdownDocument {
    /// The blocks of `markdown` by the route Markdown took before the syntax tree walk (cmark-gfm's
    /// HTML read by the HTML path), for benchmarks to compare the two in one run.
    public static func htmlRouteBlockCount(_ markdown: String) -> Int {
        CommonMarkHTML.body(from: markdown, base: nil).body.count
    }

    /// The blocks of `markdown` by the syntax tree walk, without the article around them.
    public static func walkBlockCount(_ markdown: String) -> Int {
        MarkdownBodyConverter.convert(markdown, base: nil).body.count
    }
}
