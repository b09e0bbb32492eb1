/// How a feed's bytes are read: a byte-order mark, else the first bytes of `<?xml` in UTF-16 or
/// UTF-32, else as `DocumentCharset` reads pages (the HTTP charset, the XML declaration, then
/// UTF-8 or Windows-1252); bytes that are not the UTF-8 declared are read as Windows-1252. It also says when the document was not in the charset it declared.
enum FeedCharset {
    struct Prepared {
        var bytes: [UInt8]
        /// What libxml2 is told the bytes are in.
        var encoding: String
        /// The charset the document turned out to be in, as a user would name it.
        var charset: String
        /// The declared charset was unknown, or the bytes were not valid in it.
        var mismatched: Bool
    }

    static func prepare(_ bytes: [UInt8], httpCharset: String?) throws(TextDecodingError) -> Prepared {
        if let wide = wideUnicode(bytes) {
            let (scalars, valid) = decode(bytes.dropFirst(wide.bomLength), width: wide.width, bigEndian: wide.bigEndian)
            let name = "utf-\(wide.width * 8)\(wide.bigEndian ? "be" : "le")"
            return Prepared(bytes: scalars, encoding: "UTF-8", charset: name, mismatched: !valid)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if body.prefix(TextDecoding.binarySniffLength).contains(0) { throw .binary }
        let declared = httpCharset.flatMap(DocumentCharset.normalised) ?? DocumentCharset.declaredCharset(in: body, markup: .xml)
        let validUTF8 = String(validating: body, as: UTF8.self) != nil
        if hasBOM {
            return Prepared(bytes: Array(String(decoding: body, as: UTF8.self).utf8), encoding: "UTF-8", charset: "utf-8", mismatched: !validUTF8)
        }
        if !validUTF8, declared.map(DocumentCharset.isUTF8) ?? true {
            // Not the UTF-8 it claims (or is taken for): Windows-1252, feedparser's fallback, which
            // reads every byte. Text that was UTF-8 after all is undoubled per text by the parser.
            let text = TextDecoding.decodeWindows1252(body[...])
            return Prepared(bytes: Array(text.utf8), encoding: "UTF-8", charset: "windows-1252", mismatched: true)
        }
        let prepared = try DocumentCharset.prepare(body, httpCharset: httpCharset, markup: .xml)
        var mismatched = false
        if let declared {
            if DocumentCharset.isUTF8(declared) {
                mismatched = !validUTF8
            } else if !DocumentCharset.knownToParser(declared) {
                mismatched = true
            }
        } else {
            mismatched = !validUTF8
        }
        let charset = prepared.encoding == "UTF-8" ? (validUTF8 ? "utf-8" : "windows-1252") : prepared.encoding
        return Prepared(bytes: prepared.bytes, encoding: prepared.encoding, charset: charset, mismatched: mismatched)
    }

    private static func wideUnicode(_ bytes: [UInt8]) -> (width: Int, bigEndian: Bool, bomLength: Int)? {
        let head = Array(bytes.prefix(4))
        guard head.count == 4 else { return nil }
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return (4, true, 4)
        case (0xFF, 0xFE, 0x00, 0x00): return (4, false, 4)
        case (0xFE, 0xFF, _, _): return (2, true, 2)
        case (0xFF, 0xFE, _, _): return (2, false, 2)
        case (0x00, 0x00, 0x00, 0x3C): return (4, true, 0)
        case (0x3C, 0x00, 0x00, 0x00): return (4, false, 0)
        case (0x00, 0x3C, 0x00, 0x3F), (0x00, 0x3C, 0x00, 0x21): return (2, true, 0)
        case (0x3C, 0x00, 0x3F, 0x00), (0x3C, 0x00, 0x21, 0x00): return (2, false, 0)
        default: return nil
        }
    }

    /// UTF-16 or UTF-32 as UTF-8, bad units replaced; whether all of it was valid.
    private static func decode(_ bytes: ArraySlice<UInt8>, width: Int, bigEndian: Bool) -> ([UInt8], Bool) {
        if width == 2 {
            let text = TextDecoding.decodeUTF16(bytes, bigEndian: bigEndian)
            return (Array(text.utf8), !text.contains("\u{FFFD}"))
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4)
        var valid = bytes.count % 4 == 0
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let units = (0..<4).map { UInt32(bytes[index + $0]) }
            let value = bigEndian ? units[0] << 24 | units[1] << 16 | units[2] << 8 | units[3]
                : units[3] << 24 | units[2] << 16 | units[1] << 8 | units[0]
            if let scalar = Unicode.Scalar(value) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                valid = false
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
            index += 4
        }
        return (output, valid)
    }
}
