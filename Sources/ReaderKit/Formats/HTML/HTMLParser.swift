import CLibXML2

/// Parses HTML with libxml2's tolerant HTML parser, straight into an `HTMLTree`.
///
/// libxml2 reports elements and text through SAX callbacks and builds no tree of its own, which
/// halves the cost of a large page. Broken markup is repaired as libxml2 repairs it; the network
/// is never used, and nothing outside the bytes given is ever loaded.
public enum HTMLParser {
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
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            htmlCtxtUseOptions(context, Int32(options))
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
        /// Tags of the element names seen, by address: libxml2 interns names in its dictionary
        /// for the whole parse, so one address is always one name.
        var tagAddresses = [UnsafeRawPointer?](repeating: nil, count: 64)
        var tags = [HTMLTag](repeating: .other, count: 64)
        /// Attribute names the same way: the name as a string when the reader reads it, else nil.
        var attributeAddresses = [UnsafeRawPointer?](repeating: nil, count: 64)
        var attributeNames = [String?](repeating: nil, count: 64)

        mutating func tag(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
            let address = UnsafeRawPointer(name)
            let slot = Self.slot(address)
            if tagAddresses[slot] == address { return tags[slot] }
            let tag = HTMLTag(name: String(cString: name))
            tagAddresses[slot] = address
            tags[slot] = tag
            return tag
        }

        /// The attribute's name if the tree keeps it: values of attributes nobody reads (style,
        /// data-*, src…) are never copied out of libxml2.
        mutating func keptAttributeName(_ name: UnsafePointer<xmlChar>) -> String? {
            let address = UnsafeRawPointer(name)
            let slot = Self.slot(address)
            if attributeAddresses[slot] == address { return attributeNames[slot] }
            let string = String(cString: name)
            let kept = HTMLTree.keptAttributes.contains(string) ? string : nil
            attributeAddresses[slot] = address
            attributeNames[slot] = kept
            return kept
        }

        private static func slot(_ address: UnsafeRawPointer) -> Int {
            Int(truncatingIfNeeded: (UInt(bitPattern: Int(bitPattern: address)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
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
                    if let name = target.pointee.keptAttributeName(attributeName) {
                        let value = attributes[position + 1].map { String(cString: $0) } ?? ""
                        target.pointee.builder.addAttribute(name: name, value: value)
                    }
                    position += 2
                }
            }
            let tag = name.map { target.pointee.tag($0) } ?? .other
            target.pointee.builder.openElement(tag, attributesFrom: start)
        }
        handler.endElement = { context, _ in HTMLParser.target(context).pointee.builder.endElement() }
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

    private static func target(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTarget> {
        context!.assumingMemoryBound(to: SAXTarget.self)
    }
}
