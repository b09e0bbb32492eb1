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
