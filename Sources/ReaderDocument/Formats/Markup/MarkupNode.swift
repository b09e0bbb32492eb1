import ReaderEntities

/// An element or text of a parsed HTML or XML document, as plain Swift values.
///
/// Built once from libxml2's tree, so the extraction code is pure and never touches C pointers.
public struct MarkupNode: Sendable {
    public enum Kind: Sendable { case element, text }

    public var kind: Kind
    /// Lower-case tag name for HTML; the local name (without prefix) for XML. Empty for text.
    public var name: String
    /// The namespace URI of an XML element, if any.
    public var namespace: String?
    public var attributes: [String: String]
    public var children: [MarkupNode]
    /// The text of a text node.
    public var text: String
    /// The line an element starts on in its document (0 where unknown).
    public var line = 0
    /// The prefix of an XML element whose namespace prefix was never declared.
    public var prefix: String?

    public static func element(_ name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [MarkupNode] = []) -> MarkupNode {
        MarkupNode(kind: .element, name: name, namespace: namespace, attributes: attributes, children: children, text: "")
    }

    public static func text(_ text: String) -> MarkupNode {
        MarkupNode(kind: .text, name: "", namespace: nil, attributes: [:], children: [], text: text)
    }

    public var isElement: Bool { kind == .element }

    public subscript(_ name: String) -> String? { attributes[name] }

    /// Child elements, optionally only those with a name.
    public func elements(named name: String? = nil) -> [MarkupNode] {
        children.filter { $0.kind == .element && (name == nil || $0.name == name) }
    }

    public func firstElement(named name: String) -> MarkupNode? {
        children.first { $0.kind == .element && $0.name == name }
    }

    /// All text below this node, concatenated.
    public var textContent: String {
        if kind == .text { return text }
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            if child.kind == .text { result += child.text } else { child.appendText(to: &result) }
        }
    }

    /// Visits this node and its descendants depth first; `body` returns false to skip a subtree.
    public func walk(_ body: (MarkupNode) -> Bool) {
        guard body(self) else { return }
        for child in children { child.walk(body) }
    }
}
