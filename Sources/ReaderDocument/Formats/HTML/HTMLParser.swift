import CLibXML2

/// Parses HTML with libxml2's tolerant HTML parser, straight into an `HTMLTree`.
///
/// libxml2 reports elements and text through SAX callbacks and builds no tree of its own, which
/// halves the cost of a large page. Broken markup is repaired as libxml2 repairs it; the network
/// is never used, and nothing outside the bytes given is ever loaded.
public enum HTMLParser {
    /// libxml2's options: repair broken markup silently, never touch the network, and read the
    /// bytes in the charset given rather than one the page declares.
    public static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses a document given as bytes in `encoding` (a charset name libxml2 knows). Nil when
    /// the bytes hold no element or text at all.
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8") -> HTMLTree? {
        var builder = HTMLTreeBuilder()
        builder.reserveCapacity(forDocumentOf: bytes.count)
        parse(bytes, encoding: encoding, into: &builder)
        let tree = builder.finish()
        return tree.nodes.count > 1 ? tree : nil
    }

    /// Parses a document into `builder`, below its current element.
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8", into builder: inout HTMLTreeBuilder) {
        guard !bytes.isEmpty else { return }
        MarkupParser.prepareLibXML()
        let context = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCreateMemoryParserCtxt($0, Int32(clamping: buffer.count))
            }
        }
        guard let context else { return }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee = makeHandler()
        var target = SAXTarget(builder: builder)
        builder = HTMLTreeBuilder()
        defer { builder = target.builder }
        withUnsafeMutablePointer(to: &target) { target in
            context.pointee.userData = UnsafeMutableRawPointer(target)
            htmlCtxtUseOptions(context, options)
            // The charset given wins over anything the page declares (IGNORE_ENC). UTF-8 is
            // libxml2's own: it is declared, not converted, which would copy the input once more.
            if encoding.uppercased() == "UTF-8" {
                xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            } else if let encoder = xmlFindCharEncodingHandler(encoding) {
                xmlSwitchToEncoding(context, encoder)
            }
            htmlParseDocument(context)
        }
    }

    /// What libxml2's callbacks write to, reached through a pointer: no reference counting or
    /// exclusivity checks on the tens of thousands of calls a large page makes.
    private struct SAXTarget {
        var builder: HTMLTreeBuilder
        var tags = InternedNames<HTMLTag> { HTMLTag(name: $0) }
        /// An attribute's name when the tree keeps it: values of attributes nobody reads (style,
        /// data-*, src…) are never copied out of libxml2.
        var keptAttributeNames = InternedNames<String?> { HTMLTree.keptAttributes.contains($0) ? $0 : nil }
    }

    /// What each name libxml2 reports stands for, remembered by the name's address: libxml2
    /// interns names in its dictionary for the whole parse, so one address is always one name.
    private struct InternedNames<Value> {
        private var addresses = [UnsafeRawPointer?](repeating: nil, count: 64)
        private var values: [Value?] = Array(repeating: nil, count: 64)
        private let meaning: (String) -> Value

        init(_ meaning: @escaping (String) -> Value) {
            self.meaning = meaning
        }

        mutating func value(of name: UnsafePointer<xmlChar>) -> Value {
            let address = UnsafeRawPointer(name)
            let slot = Int(truncatingIfNeeded: (UInt(bitPattern: Int(bitPattern: address)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
            if addresses[slot] == address, let known = values[slot] { return known }
            let value = meaning(String(cString: name))
            addresses[slot] = address
            values[slot] = value
            return value
        }
    }

    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            let target = HTMLParser.target(context)
            let start = target.pointee.builder.attributeMark
            if let attributes, !target.pointee.builder.isDropping {
                var position = 0
                while let attributeName = attributes[position] {
                    if let name = target.pointee.keptAttributeNames.value(of: attributeName),
                       name != "style" || attributes[position + 1].map(HTMLParser.mayHide) == true {
                        let value = attributes[position + 1].map { String(cString: $0) } ?? ""
                        target.pointee.builder.addAttribute(name: name, value: value)
                    }
                    position += 2
                }
            }
            let tag = name.map { target.pointee.tags.value(of: $0) } ?? .other
            target.pointee.builder.openElement(tag, attributesFrom: start)
            // <embed> is void, but libxml2 keeps what follows it inside until the parent ends:
            // it is closed at once, and libxml2's own end for it is ignored below.
            if tag == .embed { target.pointee.builder.endElement() }
        }
        handler.endElement = { context, name in
            let target = HTMLParser.target(context)
            if let name, target.pointee.tags.value(of: name) == .embed { return }
            target.pointee.builder.endElement()
        }
        let characters: charactersSAXFunc = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            HTMLParser.target(context).pointee.builder.text(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        handler.characters = characters
        // Script and style content arrives as CDATA; the builder drops it with its element.
        handler.cdataBlock = characters
        // White space libxml2 calls ignorable (between head elements) is not kept, as in its own trees.
        return handler
    }

    /// Whether a style attribute may hide its element (display: none, visibility: hidden): only
    /// those are kept, for the extraction to leave hidden content out.
    static func mayHide(_ style: UnsafePointer<xmlChar>) -> Bool {
        var position = 0
        while style[position] != 0 {
            switch style[position] | 0x20 {
            case UInt8(ascii: "n"): if matches(style, at: position, "none") { return true }
            case UInt8(ascii: "h"): if matches(style, at: position, "hidden") { return true }
            default: break
            }
            position += 1
        }
        return false
    }

    private static func matches(_ text: UnsafePointer<xmlChar>, at position: Int, _ word: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (offset, byte) in bytes.enumerated() where text[position + offset] | 0x20 != byte {
            return false
        }
        return true
    }

    private static func target(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTarget> {
        context!.assumingMemoryBound(to: SAXTarget.self)
    }
}
