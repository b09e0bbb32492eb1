import CLibXML2

/// Why a document could not be parsed.
public struct MarkupError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int?

    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}

/// Parses XML (feeds, OPML) with libxml2 into `MarkupNode` trees; HTML has its own parser, `HTMLParser`.
///
/// Hostile input is bounded: the network is never used (NONET), external entities and DTDs are
/// never loaded and entities are never substituted (no NOENT, no DTDLOAD), libxml2's own limits
/// stay on (no HUGE), and trees deeper than `maximumDepth` are cut there.
public enum MarkupParser {
    /// Elements nested deeper than this are dropped, content and all, here and in HTML trees: no
    /// real document nests so deep, and it keeps recursion over a tree far from the stack's end.
    public static let maximumDepth = 256

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initialises libxml2 once, and keeps it from printing errors on this thread.
    static func prepareLibXML() {
        _ = initialised
        reader_xml_silence_errors()
    }

    /// Parses an XML document strictly: a document that is not well-formed is an error.
    public static func parseXML(_ bytes: [UInt8], encoding: String = "UTF-8") -> Result<MarkupNode, MarkupError> {
        prepareLibXML()
        guard !bytes.isEmpty else { return .failure(MarkupError(message: "empty document", line: nil)) }
        guard let context = xmlNewParserCtxt() else { return .failure(MarkupError(message: "out of memory", line: nil)) }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            return .failure(lastError(context))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(MarkupError(message: "no root element", line: nil))
        }
        return .success(convert(root, depth: 0))
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> MarkupError {
        guard let error = xmlCtxtGetLastError(context) else {
            return MarkupError(message: "not well-formed XML", line: nil)
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
        let line = Int(error.pointee.line)
        return MarkupError(message: message.trimmingWhitespace(), line: line > 0 ? line : nil)
    }

    private static func convert(_ node: xmlNodePtr, depth: Int) -> MarkupNode {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var element = MarkupNode.element(name)
        if let namespace = node.pointee.ns?.pointee.href { element.namespace = String(cString: namespace) }
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                element.attributes[String(cString: attributeName)] = value
            }
            attribute = current.pointee.next
        }
        guard depth < maximumDepth else { return element }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(convert(current, depth: depth + 1))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    element.children.append(.text(String(cString: content)))
                }
            default:
                // Entity references are never expanded (no billion laughs); comments and
                // processing instructions are not text.
                break
            }
            child = current.pointee.next
        }
        return element
    }
}
