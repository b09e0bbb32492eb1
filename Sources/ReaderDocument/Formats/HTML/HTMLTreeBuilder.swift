/// Builds an `HTMLTree` from start, text and end events: libxml2's SAX callbacks, or Swift code
/// assembling a document (a feed item's parts).
///
/// Script, style and the like are dropped with their content, and elements nested deeper than
/// `maximumDepth` are dropped the same way: no real page nests so deep.
public struct HTMLTreeBuilder {
    public static let maximumDepth = MarkupParser.maximumDepth

    /// Beyond this many nodes or text bytes nothing more is added; 32-bit indices stay valid.
    static let capacityLimit = Int(Int32.max) - 1

    private var nodes = [HTMLTree.Node(tag: .document, subtreeEndIndex: 1, contentStart: 0, contentEnd: 0)]
    private var utf8: [UInt8] = []
    private var attributes: [HTMLTree.Attribute] = []
    private struct OpenElement {
        var element: HTMLTree.NodeIndex
        var lastChild: HTMLTree.NodeIndex?
    }

    /// Open elements, innermost last.
    private var open = [OpenElement(element: HTMLTree.root)]
    /// How many dropped elements enclose the current position.
    private var droppedDepth = 0
    /// The text of the JSON-LD script being read, while in one.
    private var structuredText: [UInt8]?
    private var structuredData: [String] = []

    public init() {}

    /// Room for a document of about `bytes` bytes, so a large page is not copied as its arrays grow.
    public mutating func reserveCapacity(forDocumentOf bytes: Int) {
        nodes.reserveCapacity(min(bytes / 12, 1 << 24))
        utf8.reserveCapacity(min(bytes, 1 << 30))
    }

    public mutating func startElement(_ tag: HTMLTag, attributes: [HTMLTree.Attribute] = []) {
        let attributeStart = self.attributes.count
        if droppedDepth == 0 { self.attributes += attributes }
        openElement(tag, attributesFrom: attributeStart)
    }

    /// Inside a dropped element: whatever comes is not kept.
    var isDropping: Bool { droppedDepth > 0 }

    /// Where the attributes of an element about to be opened start.
    var attributeMark: Int { attributes.count }

    /// Opens an element whose attributes were appended with `addAttribute` since `attributeStart`.
    mutating func openElement(_ tag: HTMLTag, attributesFrom attributeStart: Int) {
        if droppedDepth > 0 || tag.isDropped || open.count > Self.maximumDepth || nodes.count >= Self.capacityLimit {
            if droppedDepth == 0, tag == .script, attributes[attributeStart...].contains(where: Self.isStructuredDataType) {
                structuredText = []
            }
            droppedDepth += 1
            attributes.removeSubrange(attributeStart...)
            return
        }
        let index = append(HTMLTree.Node(tag: tag, contentStart: Int32(attributeStart), contentEnd: Int32(attributes.count)))
        open.append(OpenElement(element: index))
    }

    mutating func addAttribute(name: String, value: String) {
        guard droppedDepth == 0 else { return }
        attributes.append(HTMLTree.Attribute(name: name, value: value))
    }

    static func isStructuredDataType(_ attribute: HTMLTree.Attribute) -> Bool {
        attribute.name == "type" && attribute.value.trimmingWhitespace().lowercased() == "application/ld+json"
    }

    public mutating func endElement() {
        if droppedDepth > 0 {
            if droppedDepth == 1, let text = structuredText {
                structuredData.append(String(decoding: text, as: UTF8.self))
                structuredText = nil
            }
            droppedDepth -= 1
            return
        }
        guard open.count > 1 else { return }
        close(open.removeLast().element)
    }

    public mutating func text(_ string: String) {
        var string = string
        string.withUTF8 { text($0) }
    }

    /// Text bytes (UTF-8); text right after text joins it.
    public mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if droppedDepth == 1, structuredText != nil, structuredText!.count + bytes.count < 4_000_000 {
            structuredText!.append(contentsOf: bytes)
            return
        }
        guard droppedDepth == 0, !bytes.isEmpty, utf8.count + bytes.count < Self.capacityLimit else { return }
        if let last = open[open.count - 1].lastChild, nodes[last].tag == .text, nodes[last].contentEnd == utf8.count {
            utf8.append(contentsOf: bytes)
            nodes[last].contentEnd = Int32(utf8.count)
            return
        }
        guard nodes.count < Self.capacityLimit else { return }
        let start = Int32(utf8.count)
        utf8.append(contentsOf: bytes)
        let index = append(HTMLTree.Node(tag: .text, contentStart: start, contentEnd: Int32(utf8.count)))
        close(index)
    }

    /// An XML tree (an Atom entry's XHTML content) as HTML elements.
    public mutating func append(_ markup: MarkupNode) {
        switch markup.kind {
        case .text:
            text(markup.text)
        case .element:
            startElement(HTMLTag(name: markup.name.lowercased()), attributes: markup.attributes.map {
                HTMLTree.Attribute(name: $0.key.lowercased(), value: $0.value)
            })
            for child in markup.children { append(child) }
            endElement()
        }
    }

    /// The tree so far, with every open element closed.
    public mutating func finish() -> HTMLTree {
        while open.count > 1 { endElement() }
        nodes[HTMLTree.root].subtreeEndIndex = Int32(nodes.count)
        var tree = HTMLTree(nodes: nodes, utf8: utf8, attributes: attributes)
        tree.structuredData = structuredData
        return tree
    }

    private mutating func append(_ node: HTMLTree.Node) -> HTMLTree.NodeIndex {
        let index = nodes.count
        nodes.append(node)
        let parent = open.count - 1
        if let previous = open[parent].lastChild {
            nodes[previous].nextSiblingIndex = Int32(index)
        } else {
            nodes[open[parent].element].firstChildIndex = Int32(index)
        }
        open[parent].lastChild = index
        return index
    }

    private mutating func close(_ index: HTMLTree.NodeIndex) {
        nodes[index].subtreeEndIndex = Int32(nodes.count)
    }
}
