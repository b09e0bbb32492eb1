import CLibXML2
import ReaderDocument

/// libxml2's HTML parser on its own, with callbacks that do nothing: the floor under the reader's
/// HTML parse, measured in the same run so the host's speed of the moment cancels out.
enum LibXML2Floor {
    static func parse(_ bytes: [UInt8]) {
        let context = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCreateMemoryParserCtxt($0, Int32(buffer.count))
            }
        }
        guard let context else { return }
        defer { htmlFreeParserCtxt(context) }
        var handler = htmlSAXHandler()
        handler.startElement = { _, _, _ in }
        handler.endElement = { _, _ in }
        handler.characters = { _, _, _ in }
        context.pointee.sax.pointee = handler
        htmlCtxtUseOptions(context, HTMLParser.options)
        htmlParseDocument(context)
    }
}
