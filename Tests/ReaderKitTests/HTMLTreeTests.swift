import Testing
@testable import ReaderDocument

@Suite struct HTMLTreeTests {
    private func parse(_ html: String) throws -> HTMLTree {
        try #require(HTMLParser.parse(Array(html.utf8)))
    }

    /// The tree as nested text, e.g. `body(p("a" em("b")))`, to compare structure at a glance.
    private func outline(_ tree: HTMLTree, _ node: HTMLTree.NodeIndex) -> String {
        if tree.tag(node) == .text { return "\"" + tree.textContent(node) + "\"" }
        let inner = tree.children(of: node).map { outline(tree, $0) }.joined(separator: " ")
        return "\(tree.tag(node))(\(inner))"
    }

    @Test func elementsTextAndAttributesInDocumentOrder() throws {
        let tree = try parse("<HTML><Body><P Class='Lead' ID=x Style='color: red' data-track=1>One <EM>two</EM>&amp; three</P><p>four</body>")
        let body = try #require(tree.first(.body))
        #expect(outline(tree, body) == "body(p(\"One \" em(\"two\") \"& three\") p(\"four\"))")
        let paragraph = try #require(tree.first(.p))
        #expect(tree.attribute("class", of: paragraph) == "Lead")
        #expect(tree.attribute("id", of: paragraph) == "x")
        // Attributes the extraction never reads are not kept.
        #expect(tree.attribute("style", of: paragraph) == nil)
        #expect(tree.attributes(of: paragraph).map(\.name) == ["class", "id"])
        #expect(tree.textContent(HTMLTree.root) == "One two& threefour")
        // A node's subtree is the run of nodes up to its end, so the paragraph holds exactly its descendants.
        #expect((paragraph..<tree[paragraph].subtreeEnd).map { tree.tag($0) } == [.p, .text, .em, .text, .text])
    }

    @Test func scriptsStylesAndCommentsAreDroppedWithTheirContent() throws {
        let tree = try parse("""
            <html><head><style>p { color: red }</style><script>document.write("<p>x</p>")</script></head>
            <body><p>kept<!-- a comment --> text</p><noscript><p>no script</p></noscript><svg><text>drawn</text></svg></body></html>
            """)
        #expect(tree.textContent(HTMLTree.root).trimmingWhitespace() == "kept text")
        #expect(tree.first(.script) == nil)
        #expect(tree.first(.style) == nil)
    }

    @Test func nestingBeyondTheLimitIsCutNotFollowed() throws {
        let depth = HTMLTreeBuilder.maximumDepth + 100
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "<p>after</p>"
        let tree = try parse(html)
        var deepest = 0
        func measure(_ node: HTMLTree.NodeIndex, _ level: Int) {
            deepest = max(deepest, level)
            for child in tree.children(of: node) { measure(child, level + 1) }
        }
        measure(HTMLTree.root, 0)
        #expect(deepest <= HTMLTreeBuilder.maximumDepth + 1)
        #expect(!tree.textContent(HTMLTree.root).contains("deep"))
        #expect(tree.textContent(HTMLTree.root).contains("after"))
    }

    @Test func unclosedElementsAreClosedAtTheEnd() throws {
        let tree = try parse("<div><p>open <b>bold")
        let division = try #require(tree.first(.div))
        #expect(tree[division].subtreeEnd == tree.nodes.count)
        #expect(tree[HTMLTree.root].subtreeEnd == tree.nodes.count)
        #expect(tree.textContent(division) == "open bold")
    }

    @Test func nothingToParseIsNil() {
        #expect(HTMLParser.parse([]) == nil)
    }

    @Test func builderAssemblesDocumentsFromSwiftAndMarkup() {
        var builder = HTMLTreeBuilder()
        builder.startElement(.div)
        builder.text("one ")
        builder.text("two")
        builder.append(.element("P", attributes: ["HREF": "x"], children: [.text("xhtml")]))
        builder.startElement(.script)
        builder.text("dropped")
        builder.endElement()
        let tree = builder.finish()
        let division = tree.first(.div)!
        #expect(outline(tree, division) == "div(\"one two\" p(\"xhtml\"))")
        #expect(tree.attribute("href", of: tree.first(.p)!) == "x")
    }

    @Test func tagsAreKnownByNameWhateverTheirAddress() throws {
        // Many names, repeated, so the parser's name cache sees collisions and reuse.
        var html = "<body>"
        for index in 0..<200 {
            html += ["<p>p\(index)</p>", "<h2>h\(index)</h2>", "<blockquote>q</blockquote>", "<custom-\(index)>c</custom-\(index)>"][index % 4]
        }
        let tree = try parse(html)
        let tags = tree.nodes.map(\.tag)
        #expect(tags.count { $0 == .p } == 50)
        #expect(tags.count { $0 == .h2 } == 50)
        #expect(tags.count { $0 == .blockquote } == 50)
        #expect(tags.count { $0 == .other } == 50)
    }
}
