/// A parsed HTML document as flat arrays: nodes in document order, all text in one UTF-8 buffer.
///
/// A megabyte page has tens of thousands of nodes; as flat values they cost a few allocations in
/// all instead of a few per node, and a node's subtree is the run of nodes from it to its
/// `subtreeEnd`, so "the first such element below" is a loop, not a recursion.
public struct HTMLTree: Sendable {
    public typealias NodeIndex = Int

    /// 24 bytes: a megabyte page has some 60,000 nodes. Indices and offsets fit 32 bits because
    /// libxml2 takes at most 2 GB of input and the builder stops adding nodes before that.
    public struct Node: Sendable {
        public var tag: HTMLTag
        var firstChildIndex: Int32 = -1
        var nextSiblingIndex: Int32 = -1
        /// One past the last node below this one.
        var subtreeEndIndex: Int32 = 0
        /// A text node's bytes in `utf8`, or an element's attributes in `attributes`.
        var contentStart: Int32
        var contentEnd: Int32

        public var firstChild: NodeIndex? { firstChildIndex < 0 ? nil : Int(firstChildIndex) }
        public var nextSibling: NodeIndex? { nextSiblingIndex < 0 ? nil : Int(nextSiblingIndex) }
        public var subtreeEnd: NodeIndex { Int(subtreeEndIndex) }
        var content: Range<Int> { Int(contentStart)..<Int(contentEnd) }
    }

    public struct Attribute: Sendable {
        public var name: String
        public var value: String
    }

    public internal(set) var nodes: [Node]
    var utf8: [UInt8]
    var attributes: [Attribute]
    /// The text of each `<script type="application/ld+json">`: the page's structured metadata,
    /// kept though scripts are dropped.
    public internal(set) var structuredData: [String] = []

    /// The attributes a parsed page keeps: those the extraction reads. The rest (style, data-*,
    /// src…) are left in libxml2.
    public static let keptAttributes: Set<String> = [
        "href", "class", "id", "role", "hidden", "aria-hidden", "start", "rel",
        "name", "property", "itemprop", "content", "datetime", "alt",
        "lang", "type", "aria-modal", "style", "http-equiv",
        // Tables and Markdown's task lists.
        "colspan", "rowspan", "align", "checked", "disabled",
        // Markdown's footnotes (cmark-gfm).
        "data-footnotes", "data-footnote-ref", "data-footnote-backref",
    ]

    /// The document node, parent of `<html>`.
    public static let root: NodeIndex = 0

    public subscript(_ index: NodeIndex) -> Node { nodes[index] }

    public func tag(_ index: NodeIndex) -> HTMLTag { nodes[index].tag }

    /// The children of a node, in order.
    public func children(of index: NodeIndex) -> Children {
        Children(nodes: nodes, upcoming: nodes[index].firstChild)
    }

    public struct Children: Sequence, IteratorProtocol {
        fileprivate let nodes: [Node]
        fileprivate var upcoming: NodeIndex?

        public mutating func next() -> NodeIndex? {
            guard let current = upcoming else { return nil }
            upcoming = nodes[current].nextSibling
            return current
        }
    }

    /// An attribute's value; names are lower case.
    public func attribute(_ name: String, of index: NodeIndex) -> String? {
        let node = nodes[index]
        guard node.tag != .text else { return nil }
        for position in node.content where attributes[position].name == name {
            return attributes[position].value
        }
        return nil
    }

    /// An element's attributes, in document order.
    public func attributes(of index: NodeIndex) -> ArraySlice<Attribute> {
        let node = nodes[index]
        return node.tag == .text ? [] : attributes[node.content]
    }

    /// A text node's bytes.
    public func textBytes(_ index: NodeIndex) -> ArraySlice<UInt8> {
        let node = nodes[index]
        guard node.tag == .text else { return [] }
        return utf8[node.content]
    }

    /// All text at or below a node, concatenated.
    public func textContent(_ index: NodeIndex) -> String {
        var bytes: [UInt8] = []
        for position in index..<nodes[index].subtreeEnd where nodes[position].tag == .text {
            bytes += utf8[nodes[position].content]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first node at or below `index`, in document order, that satisfies `predicate`.
    public func first(below index: NodeIndex = root, where predicate: (NodeIndex) -> Bool) -> NodeIndex? {
        (index..<nodes[index].subtreeEnd).first(where: predicate)
    }

    /// The first element at or below `index` with this tag.
    public func first(_ tag: HTMLTag, below index: NodeIndex = root) -> NodeIndex? {
        first(below: index) { nodes[$0].tag == tag }
    }

    /// Visits a node and its descendants depth first; `body` returns false to skip a subtree.
    public func walk(from index: NodeIndex = root, _ body: (NodeIndex) -> Bool) {
        var position = index
        let end = nodes[index].subtreeEnd
        while position < end {
            position = body(position) ? position + 1 : nodes[position].subtreeEnd
        }
    }
}
