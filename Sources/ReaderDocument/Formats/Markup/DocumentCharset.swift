import CLibXML2

/// Decides how the bytes of a page or feed are read: the charset from the HTTP header, else from
/// the XML declaration or `<meta charset>`, else detected as for text files (UTF-8, else
/// Windows-1252). The parser then gets bytes and a charset name it knows.
public enum DocumentCharset {
    public enum Markup: Sendable { case html, xml }

    /// Bytes to parse and the charset to parse them in.
    public struct Prepared: Sendable {
        public var bytes: [UInt8]
        public var encoding: String
    }

    public static func prepare(_ bytes: [UInt8], httpCharset: String? = nil, markup: Markup) throws(TextDecodingError) -> Prepared {
        // A byte-order mark says more than any declaration.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Prepared(bytes: Array(try TextDecoding.decode(bytes).text.utf8), encoding: "UTF-8")
        }
        if bytes.prefix(TextDecoding.binarySniffLength).contains(0) { throw .binary }
        let declared = httpCharset.flatMap(normalised) ?? declaredCharset(in: bytes, markup: markup)
        if let declared, !isUTF8(declared), knownToParser(declared) {
            return Prepared(bytes: bytes, encoding: declared)
        }
        if let valid = String(validating: bytes, as: UTF8.self) {
            return Prepared(bytes: Array(valid.utf8), encoding: "UTF-8")
        }
        if let declared, isUTF8(declared) {
            // Declared UTF-8 but damaged: repair the bad sequences rather than guess again.
            return Prepared(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "UTF-8")
        }
        return Prepared(bytes: Array(try TextDecoding.decode(bytes).text.utf8), encoding: "UTF-8")
    }

    /// The charset parameter of a Content-Type header value.
    public static func charset(fromContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingWhitespace().lowercased() == "charset" else { continue }
            return normalised(String(parts[1]))
        }
        return nil
    }

    /// The charset a document names in its first bytes: `<?xml … encoding="…"?>`, `<meta charset>`
    /// or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    static func declaredCharset(in bytes: [UInt8], markup: Markup) -> String? {
        let head = String(decoding: bytes.prefix(markup == .xml ? 512 : 4096), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            let declaration = head[..<end.lowerBound]
            if let found = value(after: "encoding", in: declaration) { return normalised(found) }
        }
        guard markup == .html else { return nil }
        var searchFrom = head.startIndex
        while let meta = head.range(of: "<meta", range: searchFrom..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let found = value(after: "charset", in: tag) { return normalised(found) }
            searchFrom = tagEnd
        }
        return nil
    }

    /// The value after `name=` (quoted or not) in a tag or declaration.
    private static func value(after name: String, in text: Substring) -> String? {
        guard let found = text.range(of: name + "=") ?? text.range(of: name + " =") else { return nil }
        var rest = text[found.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        rest = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == ":" })
        return rest.isEmpty ? nil : String(rest)
    }

    static func normalised(_ name: String) -> String? {
        let trimmed = name.trimmingWhitespace().trimmingCharacters(in: ["\"", "'"]).lowercased()
        guard !trimmed.isEmpty, trimmed.count <= 40, trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }) else {
            return nil
        }
        // Browsers read Latin-1 labels as Windows-1252, and so do pages that say Latin-1.
        if ["iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"].contains(trimmed) { return "windows-1252" }
        return trimmed
    }

    static func isUTF8(_ name: String) -> Bool { name == "utf-8" || name == "utf8" }

    static func knownToParser(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}
