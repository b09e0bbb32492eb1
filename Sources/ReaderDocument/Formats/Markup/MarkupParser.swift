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
        parseXML(bytes, encoding: encoding, recovering: false).map(\.root)
    }

    /// A document read in libxml2's recovery mode, with the lines where it was not well-formed.
    public struct RecoveredXML: Sendable {
        public var root: MarkupNode
        /// Lines of the errors libxml2 recovered from (at most 64); empty when the document was
        /// well-formed.
        public var errorLines: [Int]
        /// Whether namespaces were used as declared (an undeclared prefix is a namespace error only).
        public var namespacesWellFormed: Bool
    }

    /// Parses an XML document; with `recovering`, what libxml2's recovery mode can read of a
    /// document that is not well-formed, else an error.
    public static func parseXML(_ bytes: [UInt8], encoding: String, recovering: Bool) -> Result<RecoveredXML, MarkupError> {
        prepareLibXML()
        guard !bytes.isEmpty else { return .failure(MarkupError(message: "empty document", line: nil)) }
        guard let context = xmlNewParserCtxt() else { return .failure(MarkupError(message: "out of memory", line: nil)) }
        defer { xmlFreeParserCtxt(context) }
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue
        if recovering { options |= XML_PARSE_RECOVER.rawValue }
        let errors = ErrorLines()
        let document = withExtendedLifetime(errors) {
            if recovering {
                xmlSetStructuredErrorFunc(Unmanaged.passUnretained(errors).toOpaque(), { context, error in
                    guard let context, let error else { return }
                    let lines = Unmanaged<ErrorLines>.fromOpaque(context).takeUnretainedValue()
                    if error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, lines.lines.count < 64 {
                        lines.lines.append(Int(error.pointee.line))
                    }
                })
            }
            defer { if recovering { reader_xml_silence_errors() } }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, encoding, Int32(options))
                }
            }
        }
        guard let document, recovering || context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            return .failure(lastError(context))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(recovering && context.pointee.wellFormed == 0 ? lastError(context) : MarkupError(message: "no root element", line: nil))
        }
        var lines = errors.lines
        if context.pointee.wellFormed == 0, lines.isEmpty { lines = [Int(context.pointee.lastError.line)] }
        return .success(RecoveredXML(
            root: convert(root, depth: 0), errorLines: context.pointee.wellFormed == 0 ? lines : [],
            namespacesWellFormed: context.pointee.nsWellFormed != 0))
    }

    private final class ErrorLines {
        var lines: [Int] = []
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> MarkupError {
        guard let error = xmlCtxtGetLastError(context) else {
            return MarkupError(message: "not well-formed XML", line: nil)
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
        let line = Int(error.pointee.line)
        return MarkupError(message: message.trimmingWhitespace(), line: line > 0 ? line : nil)
    }

    /// The text of a reference to an entity the document declares itself, where that text is
    /// plain and short: no references or markup in it, so nothing can expand further.
    private static func internalEntityText(_ node: xmlNodePtr) -> String? {
        guard let name = node.pointee.name, let entity = xmlGetDocEntity(node.pointee.doc, name),
              entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content,
              entity.pointee.length <= 1024 else { return nil }
        let text = String(cString: content)
        return text.contains("&") || text.contains("<") ? nil : text
    }

    /// C1 control characters as Windows-1252 reads their bytes: documents that have them meant
    /// curly quotes and dashes (written as `&#146;` or as Latin-1 bytes read as Unicode).
    static func windows1252Controls(_ text: String) -> String {
        guard text.utf8.contains(0xC2), text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x80...0x9F).contains(scalar.value), let mapped = Unicode.Scalar(UInt32(TextDecoding.windows1252C1[Int(scalar.value - 0x80)])) {
                scalars.append(mapped)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// UTF-8 that was read as Windows-1252 and encoded again ("donâ€™t"), read once more as
    /// UTF-8 ("don’t"), where the whole text is such UTF-8 and nothing else: a lone "é" is left.
    static func undoublingUTF8(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0xC2 || $0 == 0xC3 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var sawHighByte = false
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if scalar.value <= 0xFF, !(0x80...0x9F).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
                sawHighByte = true
            } else if let index = TextDecoding.windows1252C1.firstIndex(of: UInt16(truncatingIfNeeded: scalar.value)), scalar.value <= 0xFFFF {
                bytes.append(UInt8(0x80 + index))
                sawHighByte = true
            } else {
                return text
            }
        }
        guard sawHighByte, let decoded = String(validating: bytes, as: UTF8.self) else { return text }
        return decoded
    }

    private static func convert(_ node: xmlNodePtr, depth: Int) -> MarkupNode {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var element = MarkupNode.element(name)
        element.line = Int(xmlGetLineNo(node))
        if let namespace = node.pointee.ns?.pointee.href {
            element.namespace = String(cString: namespace)
        } else if let colon = name.firstIndex(of: ":") {
            // An undeclared prefix: libxml2 keeps the whole name.
            element.prefix = String(name[..<colon])
            element.name = String(name[name.index(after: colon)...])
        }
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
                    element.children.append(.text(undoublingUTF8(windows1252Controls(String(cString: content)))))
                }
            case XML_ENTITY_REF_NODE:
                if let text = internalEntityText(current) { element.children.append(.text(text)) }
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
